// Every LinkedIn DOM target, as a list of alternatives, newest layout first. LinkedIn publishes
// no DOM contract and runs two front-ends at once (classic `artdeco`/`msg-*` classes and the
// 2025+ server-driven UI with hashed classes), so no single selector is trusted. Order of
// preference: ARIA roles/labels → stable BEM classes → data attributes; never hashed classes.
// Visible-text matching lives in strings.ts. Features import targets by name, never spell one.

export const SELECTORS = {
  // ── Profile top card ──
  profileTopCard: [
    '[data-view-name="profile-top-card"]', // SDUI 2025+
    'section[componentkey*="Topcard" i]', // SDUI 2025+ (componentkey variant)
    'section.pv-top-card', // classic
    '.pv-top-card', // classic (older wrapper)
    'main section.artdeco-card', // classic: the first card in main is the top card
  ],
  profileName: [
    '[data-view-name="profile-top-card"] h1', // SDUI 2025+
    'h1.text-heading-xlarge', // classic
    'main h1', // any layout
  ],
  profileHeadline: [
    'div.text-body-medium.break-words', // classic
  ],
  degreeBadge: [
    'span.dist-value', // classic ("1st", "2.", "1er")
  ],
  /** Section headings end the top-card scan (About, Activity…); suggestion rails come after. */
  sectionHeading: [
    'h2', // both layouts
    'h3', // SDUI sub-cards
    '[role="heading"]', // SDUI: headings drawn as styled <p> with a role
  ],
  /** Suggestion rails: their Connect entries belong to other people. */
  suggestionRail: [
    'aside', // classic right rail
    '[data-view-name*="browsemap" i]', // SDUI "People also viewed"
    '[componentkey*="browsemap" i]', // SDUI "People also viewed" (componentkey variant)
    '[data-view-name*="pymk" i]', // SDUI "People you may know"
    'section.pv-browsemap-section', // classic (older)
  ],
  menu: [
    '[role="menu"]', // SDUI + classic "More" menu
    '.artdeco-dropdown__content', // classic dropdown (older, no role)
  ],
  /** Buttons/links whose label decides pending / invited-you / connect (checked by text). */
  action: ['button', '[role="button"]', '[role="menuitem"]', 'a[href]'],
  connectAnchor: [
    'a[href*="/preload/custom-invite/"]', // SDUI 2025+: top card, More menu and rails
  ],
  profileLink: ['a[href*="/in/"]'],

  // ── Invitation modal (classic artdeco in both front-ends) ──
  inviteModal: [
    '[data-test-modal-id="send-invite-modal"]', // classic 2024+
    '.artdeco-modal.send-invite', // classic
    '[role="dialog"][aria-labelledby="send-invite-modal"]', // classic (ARIA)
  ],
  limitModal: [
    '.artdeco-modal.ip-fuse-limit-alert', // weekly invitation limit
    '[data-test-modal-id="fuse-limit-alert"]', // same, data attribute
  ],
  premiumUpsell: [
    '[data-test-modal-id*="upsell" i]', // free account out of notes
    '.premium-upsell-link', // classic upsell link inside the invite modal
    'a[href*="/premium/"]', // any upsell link inside the modal
  ],
  noteBox: [
    'textarea#custom-message[name="message"]', // classic
    'textarea.connect-button-send-invite__custom-message', // classic (class)
    'textarea[name="message"]', // fallback
  ],
  inviteeName: ['strong'],
  modalButton: ['button'],

  // ── Message composers ──
  composerForm: [
    'form.msg-form', // messaging page, overlays, new message
  ],
  composerEditor: [
    'div.msg-form__contenteditable[contenteditable="true"]', // classic + 2026
    '[role="textbox"][contenteditable="true"]', // ARIA fallback
  ],
  sendButton: [
    'button.msg-form__send-btn', // 2026 send button (no aria-label)
    'button.msg-form__send-button[type="submit"]', // classic
    'button.msg-form__send-button', // classic, type omitted
    'form.msg-form button[type="submit"]', // any submit in the composer form
  ],
  sendToggle: [
    '.msg-form__send-toggle', // "Press Enter to send" toggle / options trigger
  ],
  sendOptions: [
    '.msg-form__send-toggle input[type="checkbox"]', // toggle rendered as a checkbox
    '[role="menu"] input[type="radio"]', // send-options menu (radio items)
    '[role="menuitemradio"]', // send-options menu (ARIA items)
  ],
  overlayBubble: [
    '.msg-overlay-conversation-bubble', // chat overlay (classic + SDUI pages)
  ],
  overlayTitle: [
    '.msg-overlay-bubble-header__title', // overlay header
  ],
  overlayHeader: [
    '.msg-overlay-bubble-header', // overlay header (holds the profile link)
  ],
  inmailMarker: [
    '.msg-inmail-credits-display', // InMail composer
    '.msg-form__subject', // InMail subject field
    'input[name="subject"]', // InMail subject field (fallback)
  ],
  newMessageMarker: [
    '.msg-connections-typeahead', // new-message recipient picker
    '.msg-compose-form', // new-message form (older)
  ],
  recipientPill: [
    '.msg-connections-typeahead__added-recipients .artdeco-pill', // new message, classic
    '.msg-connections-typeahead__recipient', // new message (older)
  ],
  threadPane: [
    '.msg-convo-wrapper', // messaging page: header + list + composer
    '.msg-thread', // messaging page (older)
    '.msg-overlay-conversation-bubble', // overlay
  ],
  threadHeaderLink: [
    'a.msg-thread__link-to-profile[href*="/in/"]', // messaging page header
    '.msg-entity-lockup a[href*="/in/"]', // messaging page header (lockup)
    '.msg-overlay-bubble-header a[href*="/in/"]', // overlay header
  ],
  threadHeaderName: [
    '.msg-entity-lockup__entity-title', // messaging page header
    '.msg-overlay-bubble-header__title', // overlay header
  ],
  threadLink: ['a[href*="/messaging/thread/"]'],

  // ── Thread rows ──
  threadRow: ['li.msg-s-message-list__event'],
  dateHeading: ['time.msg-s-message-list__time-heading'],
  groupSenderName: ['.msg-s-message-group__name'],
  groupSenderLink: [
    'a.msg-s-message-group__profile-link[href*="/in/"]',
    '.msg-s-message-group__meta a[href*="/in/"]',
  ],
  groupTime: ['time.msg-s-message-group__timestamp'],
  eventItem: ['.msg-s-event-listitem'],
  eventOther: ['.msg-s-event-listitem--other'],
  eventBody: ['.msg-s-event-listitem__body'],

  // ── Connections list ──
  connectionCard: [
    '[data-testid="lazy-column"] > [data-display-contents="true"]', // SDUI 2025+
    'li.mn-connection-card', // classic
  ],
  connectionName: [
    '.mn-connection-card__name', // classic
  ],
  connectionOccupation: [
    '.mn-connection-card__occupation', // classic
  ],
  connectionTime: [
    'time.time-badge', // classic "Connected 2 weeks ago"
    'p', // SDUI "Connected on March 5, 2026" (checked by text)
  ],

} as const satisfies Record<string, readonly string[]>;

export type Target = keyof typeof SELECTORS;

/** First element matching any alternative, in alternative order (newest layout wins). */
export function queryFirst<E extends Element = HTMLElement>(root: ParentNode, target: Target): E | null {
  for (const sel of SELECTORS[target]) {
    const el = root.querySelector<E>(sel);
    if (el) return el;
  }
  return null;
}

/** One selector list matching any alternative of each target. */
export function anyOf(...targets: Target[]): string {
  return targets.map((t) => SELECTORS[t].join(',')).join(',');
}

/** Every element matching any alternative, in document order, without duplicates. */
export function queryAllOf<E extends Element = HTMLElement>(root: ParentNode, target: Target): E[] {
  return [...root.querySelectorAll<E>(anyOf(target))];
}

export function matchesOf(el: Element, target: Target): boolean {
  return el.matches(anyOf(target));
}

/** Nearest ancestor-or-self matching any alternative. */
export function closestOf<E extends Element = HTMLElement>(el: Element | null, target: Target): E | null {
  return (el?.closest(anyOf(target)) as E | null) ?? null;
}
