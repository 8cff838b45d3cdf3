// Who the profile page shows and how close they are to the viewer, in both layouts. Read-only.
import { profileAliasFromUrl, type ProfileAlias } from '../../core/profile-url.js';
import type { Degree } from '../../messages.js';
import { profileAliasOfPage } from './pages.js';
import { closestOf, matchesOf, queryAllOf, queryFirst } from './selectors.js';
import { degreeNumber, isLabel, isSectionHeading, lineOf, startsWithLabel, type LabelKey } from './strings.js';

export interface ProfileInfo {
  aliases: ProfileAlias[];
  name: string;
  headline?: string;
  degree?: Degree;
  /** The top card was found in the DOM (false: only the URL and title were readable). */
  anchorsFound: boolean;
}

/** "(3) Jane Doe | LinkedIn" → "Jane Doe": the title is the steadiest name source. */
export function titleName(doc: Document): string | undefined {
  const parts = doc.title.replace(/^\(\d+\+?\)\s*/, '').split(/\s+\|\s+/);
  const name = parts[0]?.trim();
  return parts.length > 1 && name ? name : undefined;
}

/** The top card, or (layout unknown) the section around the name, or main. */
export function profileTopCard(doc: Document): Element | null {
  const h1 = queryFirst(doc, 'profileName');
  return queryFirst(doc, 'profileTopCard') ?? h1?.closest('section') ?? doc.querySelector('main');
}

// Member ids the top card leaks in its links: /in/ACoAA…, Message (?recipient=, profileUrn=),
// mutual connections (connectionOf=["ACoAA…"]).
const MEMBER_IN_LINK = /(?:recipient=|fsd_profile:|connectionOf=\W*)(AC[a-zA-Z0-9_-]{10,})/;

function memberAliases(card: Element, nameEl: Element | null): ProfileAlias[] {
  const out: ProfileAlias[] = [];
  for (const a of card.querySelectorAll('a[href]')) {
    let href = a.getAttribute('href') ?? '';
    try {
      href = decodeURIComponent(href);
    } catch {
      // keep raw
    }
    const m = MEMBER_IN_LINK.exec(href)?.[1];
    // A bare /in/ACoAA… link counts only when it is the name link (others may be mutual connections).
    const own = a.contains(nameEl) || nameEl?.contains(a) ? profileAliasFromUrl(href) : null;
    if (m) out.push(`member:${m}`);
    if (own?.startsWith('member:')) out.push(own);
  }
  return out;
}

/** Text of the top card in document order, stopping at the first section heading or rail. */
function topCardText(card: Element): string {
  const doc = card.ownerDocument;
  const walker = doc.createTreeWalker(card, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      out += ` ${n.nodeValue ?? ''}`;
      continue;
    }
    const el = n as Element;
    if (el.tagName === 'ASIDE' || closestOf(el, 'suggestionRail')) break;
    if ((el.childElementCount === 0 || matchesOf(el, 'sectionHeading')) && isSectionHeading(lineOf(el))) break;
  }
  return out.length > 5000 ? out.slice(0, 5000) : out;
}

function headlineOf(card: Element, nameEl: Element | null): string | undefined {
  const classic = queryFirst(card, 'profileHeadline');
  if (classic) return lineOf(classic) || undefined;
  if (!nameEl) return undefined;
  // SDUI: the first text block after the name that is not a degree, pronoun or badge.
  for (const el of card.querySelectorAll('p, div')) {
    if (el.childElementCount > 0 || !(nameEl.compareDocumentPosition(el) & 4) || nameEl.contains(el)) continue;
    const t = lineOf(el);
    if (t.length > 3 && !/^[·•(]/.test(t) && !degreeNumber(t, false)) return t;
  }
  return undefined;
}

function hasAction(scopes: ParentNode[], key: LabelKey): boolean {
  return scopes.some((s) =>
    queryAllOf(s, 'action').some(
      (el) => !closestOf(el, 'suggestionRail') && (isLabel(lineOf(el), key) || startsWithLabel(el.getAttribute('aria-label'), key)),
    ),
  );
}

function degreeOf(card: Element, doc: Document): Degree | undefined {
  const badge = queryFirst(card, 'degreeBadge');
  const n = (badge && degreeNumber(lineOf(badge), false)) || degreeNumber(topCardText(card), true);
  if (n === 1) return '1st';
  const menus = [card, ...queryAllOf(doc, 'menu')];
  if (hasAction([card], 'accept') && hasAction([card], 'ignore')) return 'invited-you';
  if (hasAction([card], 'pending') || hasAction(menus, 'withdraw')) return 'pending';
  return n === 2 ? '2nd' : n === 3 ? '3rd' : undefined;
}

/** The profile on this page, or null when the URL is not a contact's profile. */
export function readProfile(doc: Document, url: string = doc.location?.href ?? ''): ProfileInfo | null {
  const pageAlias = profileAliasOfPage(url);
  if (!pageAlias) return null;
  const nameEl = queryFirst(doc, 'profileName');
  const name = titleName(doc) ?? (nameEl ? lineOf(nameEl) : '');
  if (!name) return null;
  const card = profileTopCard(doc);
  const aliases = new Set<ProfileAlias>([pageAlias]);
  const info: ProfileInfo = { aliases: [], name, anchorsFound: !!(card && nameEl) };
  if (card) {
    for (const a of memberAliases(card, nameEl)) aliases.add(a);
    const headline = headlineOf(card, nameEl);
    if (headline) info.headline = headline;
    const degree = degreeOf(card, doc);
    if (degree) info.degree = degree;
  }
  info.aliases = [...aliases].slice(0, 10);
  return info;
}
