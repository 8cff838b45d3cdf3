// Message composers (Messaging page, chat overlays, new message, InMail): where they are, what
// they hold, whom they write to, and which events would send. Read-only: text written into the
// editor by script can leave LinkedIn's Send disabled, so we never write.
import { profileAliasFromUrl, type ProfileAlias } from '../../core/profile-url.js';
import type { ContactRef } from '../../messages.js';
import { isComposeUrl, isNewMessagePage, profileAliasOfPage, threadIdFromUrl, type UrlLike } from './pages.js';
import { titleName } from './read-profile.js';
import { closestOf, queryAllOf, queryFirst } from './selectors.js';
import { lineOf, norm, startsWithLabel, textOf } from './strings.js';

export type ComposerKind = 'messaging' | 'overlay' | 'new-message' | 'inmail';

export interface Composer {
  /** The overlay bubble, or the form on the Messaging page. */
  root: HTMLElement;
  /** The contenteditable editor. */
  editor: HTMLElement;
  sendButton?: HTMLButtonElement;
  form?: HTMLFormElement;
  kind: ComposerKind;
  /** Whether a plain Enter sends (the "Press Enter to send" option), read at call time. */
  enterSends: () => boolean;
}

function isChecked(el: Element): boolean {
  return (el as HTMLInputElement).checked === true || el.getAttribute('aria-checked') === 'true';
}

/**
 * The send option as the page shows it: a checkbox toggle, an aria-pressed/-checked toggle, or
 * the checked item of the send-options menu. Unknown → true (LinkedIn's default, and the safe
 * side: an Enter wrongly treated as Send only asks; one wrongly ignored would skip the guard).
 */
function readEnterSends(root: HTMLElement): boolean {
  const toggle = queryFirst(root, 'sendToggle');
  const pressed = toggle?.getAttribute('aria-pressed') ?? toggle?.getAttribute('aria-checked');
  if (pressed === 'true' || pressed === 'false') return pressed === 'true';
  for (const o of queryAllOf(root, 'sendOptions')) {
    if (toggle?.contains(o)) return isChecked(o);
    if (isChecked(o)) return startsWithLabel(lineOf(o.closest('label') ?? o.parentElement ?? o) || o.getAttribute('aria-label'), 'enterToSend');
  }
  return true;
}

/** Every composer under `root`, once each. */
export function findComposers(root: ParentNode, url: UrlLike = location.href): Composer[] {
  const out: Composer[] = [];
  for (const editor of queryAllOf(root, 'composerEditor')) {
    const form = editor.closest('form') ?? undefined;
    const bubble = closestOf(editor, 'overlayBubble');
    const host = bubble ?? form ?? editor.parentElement;
    if (!host || out.some((c) => c.editor === editor || c.editor.contains(editor))) continue;
    const pane = bubble ?? closestOf(editor, 'threadPane') ?? host;
    const kind: ComposerKind = queryFirst(pane, 'inmailMarker')
      ? 'inmail'
      : queryFirst(pane, 'newMessageMarker') || (!bubble && isNewMessagePage(url))
        ? 'new-message'
        : bubble
          ? 'overlay'
          : 'messaging';
    const c: Composer = { root: host, editor, kind, enterSends: () => readEnterSends(host) };
    const send = queryFirst<HTMLButtonElement>(host, 'sendButton');
    if (send) c.sendButton = send;
    if (form) c.form = form;
    out.push(c);
  }
  return out;
}

/** The draft as typed: each `<p>` is a line; never HTML. */
export function readComposerText(editor: HTMLElement): string {
  if (editor.tagName === 'TEXTAREA') return (editor as HTMLTextAreaElement).value;
  const ps = [...editor.children].filter((c) => c.tagName === 'P');
  return ps.length > 0 ? ps.map((p) => p.textContent ?? '').join('\n') : textOf(editor);
}

const MEMBER_ID = /\bAC[ow]AA[a-zA-Z0-9_-]{6,}/;

export interface Recipients {
  contacts: ContactRef[];
  threadId?: string;
  group: boolean;
}

/** Whom the composer writes to: header links, then message senders, then pills / compose URL. */
export function resolveRecipients(composer: Composer, doc: Document, url: UrlLike = location.href): Recipients {
  // Contacts keyed by name so "/in/jane" in the header and "/in/ACoAA…" on a row merge.
  const byKey = new Map<string, { aliases: Set<ProfileAlias>; name?: string }>();
  const add = (alias: ProfileAlias | null | undefined, name?: string): void => {
    const key = norm(name) || alias;
    if (!key) return;
    const entry = byKey.get(key) ?? { aliases: new Set<ProfileAlias>() };
    if (alias) entry.aliases.add(alias);
    if (name) entry.name ??= name;
    byKey.set(key, entry);
  };
  const hrefAlias = (a: Element | null): ProfileAlias | null => profileAliasFromUrl(a?.getAttribute('href') ?? '');
  const overlay = closestOf(composer.root, 'overlayBubble') === composer.root;
  const pane: ParentNode = overlay ? composer.root : (closestOf(composer.root, 'threadPane') ?? doc);
  const outsideOverlays = (el: Element): boolean => overlay || !closestOf(el, 'overlayBubble');

  const headerLinks = queryAllOf(pane, 'threadHeaderLink').filter(outsideOverlays);
  const headerName = queryAllOf(pane, 'threadHeaderName').find(outsideOverlays);
  for (const a of headerLinks) add(hrefAlias(a), lineOf(a) || (headerLinks.length === 1 ? lineOf(headerName) : undefined));

  // Other people's message groups name the participants (all of them, in a group).
  const senders = new Set<string>();
  for (const row of queryAllOf(pane, 'threadRow')) {
    if (!outsideOverlays(row) || !queryFirst(row, 'eventOther')) continue;
    const link = queryFirst(row, 'groupSenderLink');
    const name = lineOf(queryFirst(row, 'groupSenderName')) || lineOf(link);
    if (!name && !link) continue;
    senders.add(norm(name) || String(hrefAlias(link)));
    add(hrefAlias(link), name || undefined);
  }

  for (const pill of queryAllOf(pane, 'recipientPill')) {
    const member = [...pill.attributes].map((a) => MEMBER_ID.exec(a.value)?.[0]).find(Boolean);
    add(hrefAlias(queryFirst(pill, 'profileLink')) ?? (member ? `member:${member}` : null), lineOf(pill));
  }
  if (byKey.size === 0 && isComposeUrl(url)) {
    const q = new URL(typeof url === 'string' ? url : url.href, 'https://www.linkedin.com').searchParams;
    const member = MEMBER_ID.exec(`${q.get('recipient') ?? ''} ${q.get('profileUrn') ?? ''}`)?.[0];
    if (member) add(`member:${member}`);
  }
  // An overlay or InMail opened from a profile names that person in its header, maybe without a link.
  const pageAlias = profileAliasOfPage(url);
  const title = titleName(doc);
  if (pageAlias && title && [...byKey.values()].every((e) => e.aliases.size === 0) && norm(lineOf(headerName)) === norm(title)) {
    add(pageAlias, title);
  }

  const contacts: ContactRef[] = [];
  for (const e of byKey.values()) {
    if (e.aliases.size === 0) continue;
    const ref: ContactRef = { aliases: [...e.aliases].slice(0, 10) };
    if (e.name) ref.name = e.name.slice(0, 300);
    contacts.push(ref);
  }
  const out: Recipients = { contacts, group: contacts.length > 1 || senders.size > 1 };
  const threadId = overlay
    ? queryAllOf(composer.root, 'threadLink').map((a) => threadIdFromUrl(a.getAttribute('href') ?? '')).find(Boolean)
    : threadIdFromUrl(url);
  if (threadId) out.threadId = threadId;
  return out;
}

/**
 * Would this event send the composer's draft? Click on (or inside) Send; Enter without
 * Shift/Alt when Enter sends; Ctrl/Cmd+Enter always; submit of the composer's form.
 */
export function isSendTrigger(event: Event, composer: Composer): boolean {
  const t = event.target as Node | null;
  if (!t || !composer.root.contains(t)) return false;
  if (event.type === 'submit') return t === composer.form;
  if (event.type === 'click') {
    const btn = t.nodeType === 1 ? closestOf(t as Element, 'sendButton') : null;
    return !!btn && composer.root.contains(btn);
  }
  if (event.type !== 'keydown') return false;
  const k = event as KeyboardEvent;
  if (k.key !== 'Enter' || k.isComposing || !composer.editor.contains(t)) return false;
  if (k.shiftKey || k.altKey) return false;
  return k.ctrlKey || k.metaKey || composer.enterSends();
}
