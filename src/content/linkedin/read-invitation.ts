// The Connect click and the invitation modal. Attribution matters: the "People also viewed"
// rail carries Connect entries for other people on the same page.
import { profileAliasFromUrl, type ProfileAlias } from '../../core/profile-url.js';
import { profileAliasOfPage } from './pages.js';
import { titleName, profileTopCard } from './read-profile.js';
import { closestOf, queryAllOf, queryFirst } from './selectors.js';
import { inviteLabelName, isLabel, lineOf, norm, type LabelKey } from './strings.js';

export interface ConnectAction {
  /** The click invites the person whose profile this page is. */
  isOwnProfile: boolean;
  /** Whom the click invites, when readable. */
  alias?: ProfileAlias;
}

/** The person a rail card is about: the first profile link in the nearest card around `el`. */
function aliasNear(el: Element): ProfileAlias | undefined {
  for (let p = el.parentElement; p && p.tagName !== 'BODY'; p = p.parentElement) {
    const a = queryFirst(p, 'profileLink');
    if (a) return profileAliasFromUrl(a.getAttribute('href') ?? '') ?? undefined;
  }
  return undefined;
}

/** Is `target` (a click target) on a Connect entry, and whose? Null when it is not. */
export function findConnectAction(target: Element, doc: Document, url: string = doc.location?.href ?? ''): ConnectAction | null {
  const pageAlias = profileAliasOfPage(url);
  const person = norm(titleName(doc));
  const inRail = !!closestOf(target, 'suggestionRail');
  const inOwnArea = (el: Element): boolean =>
    !inRail && (!!closestOf(el, 'menu') || !!profileTopCard(doc)?.contains(el));
  const names = (label: string | undefined): boolean => !!label && !!person && norm(label) === person;

  // SDUI: <a href="/preload/custom-invite/?vanityName=<slug>">.
  const anchor = closestOf(target, 'connectAnchor');
  if (anchor) {
    let vanity: string | null = null;
    try {
      vanity = new URL(anchor.getAttribute('href') ?? '', 'https://www.linkedin.com').searchParams.get('vanityName');
    } catch {
      // unreadable href: fall back to the label
    }
    const alias = vanity ? profileAliasFromUrl(`/in/${encodeURIComponent(vanity)}/`) : null;
    const labelName = inviteLabelName(anchor.getAttribute('aria-label'));
    // Slugs compare directly; on a /in/ACoAA… page only the label or the position can tell.
    const own = pageAlias !== null && (alias && pageAlias.startsWith('slug:') ? alias === pageAlias : names(labelName) || inOwnArea(anchor));
    return alias ? { isOwnProfile: own, alias } : { isOwnProfile: own };
  }

  // Classic: "Invite Jane Doe to connect" buttons (localised), or a "Connect" item/button.
  const el = closestOf(target, 'action');
  if (!el) return null;
  const labelName = inviteLabelName(el.getAttribute('aria-label'));
  if (labelName === undefined && !isLabel(lineOf(el), 'connect') && !isLabel(el.getAttribute('aria-label'), 'connect')) return null;
  const own = pageAlias !== null && (labelName ? names(labelName) : inOwnArea(el));
  if (own) return { isOwnProfile: true, alias: pageAlias };
  const alias = inRail || labelName ? aliasNear(el) : undefined;
  return alias ? { isOwnProfile: false, alias } : { isOwnProfile: false };
}

export interface InviteModal {
  modal: HTMLElement;
  inviteeName?: string;
  addNoteButton?: HTMLButtonElement;
  sendWithoutNoteButton?: HTMLButtonElement;
  noteBox?: HTMLTextAreaElement;
  sendButton?: HTMLButtonElement;
  cancelNoteButton?: HTMLButtonElement;
  maxLength?: number;
  /** Weekly invitation limit reached, or a free account out of notes sees a Premium upsell. */
  limitReached: boolean;
}

/** aria-label first (the steadier of the two), then visible text; exact per language. */
function button(buttons: HTMLButtonElement[], key: LabelKey): HTMLButtonElement | undefined {
  return buttons.find((b) => isLabel(b.getAttribute('aria-label'), key)) ?? buttons.find((b) => isLabel(lineOf(b), key));
}

/** The open invitation modal under `root` (usually `#artdeco-modal-outlet` or the document). */
export function readInviteModal(root: ParentNode): InviteModal | null {
  const limit = queryFirst(root, 'limitModal');
  if (limit) return { modal: limit, limitReached: true };
  const modal = queryFirst(root, 'inviteModal');
  if (!modal) return null;
  const buttons = queryAllOf<HTMLButtonElement>(modal, 'modalButton');
  const noteBox = queryFirst<HTMLTextAreaElement>(modal, 'noteBox') ?? undefined;
  const out: InviteModal = { modal, limitReached: !noteBox && !!queryFirst(modal, 'premiumUpsell') };
  const name = lineOf(queryFirst(modal, 'inviteeName'));
  if (name) out.inviteeName = name;
  const set = <K extends 'addNoteButton' | 'sendWithoutNoteButton' | 'sendButton' | 'cancelNoteButton'>(k: K, key: LabelKey): void => {
    const b = button(buttons, key);
    if (b) out[k] = b;
  };
  set('addNoteButton', 'addNote');
  set('sendWithoutNoteButton', 'sendWithoutNote');
  // Older modals offer "Add a note" + "Send": before a note, that Send sends without one.
  if (!noteBox && !out.sendWithoutNoteButton) set('sendWithoutNoteButton', 'sendInvitation');
  if (noteBox) {
    out.noteBox = noteBox;
    const max = Number(noteBox.getAttribute('maxlength'));
    if (max > 0) out.maxLength = max;
    set('sendButton', 'sendInvitation');
    set('cancelNoteButton', 'cancelNote');
  }
  return out;
}
