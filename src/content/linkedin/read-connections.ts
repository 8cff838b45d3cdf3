// My Network > Connections: each card's person and when the connection was made. Classic
// cards say "Connected 2 weeks ago" (imprecise: keep the precision); SDUI cards say
// "Connected on March 5, 2026".
import { profileAliasFromUrl, type ProfileAlias } from '../../core/profile-url.js';
import { queryAllOf, queryFirst } from './selectors.js';
import { lineOf, parseConnectedText, type Precision } from './strings.js';

const CONNECTED = /connect|verbunden|vernetzt|relation|conectad|conex|contacto/i;

export interface ListedConnection {
  aliases: ProfileAlias[];
  name: string;
  occupation?: string;
  /** Local midnight of the connection day (start of the range when imprecise). */
  connectedOn: number;
  precision: Precision;
}

export function readConnectionsList(root: ParentNode, now: Date, lang?: string): ListedConnection[] {
  const out: ListedConnection[] = [];
  for (const card of queryAllOf(root, 'connectionCard')) {
    const links = queryAllOf(card, 'profileLink');
    const aliases = [...new Set(links.map((a) => profileAliasFromUrl(a.getAttribute('href') ?? '')).filter((a) => a !== null))];
    const link = links.find((a) => lineOf(a));
    const nameEl = queryFirst(card, 'connectionName') ?? link?.querySelector('p') ?? link;
    const name = lineOf(nameEl);
    // The date line: classic time badge, else the first <p> that parses as a connection date.
    let when: ReturnType<typeof parseConnectedText> = null;
    let whenEl: Element | undefined;
    for (const el of queryAllOf(card, 'connectionTime')) {
      const text = lineOf(el);
      // A <p> must say "connected": an occupation like "CEO at Today Inc" is not a date.
      when = el.tagName === 'TIME' || CONNECTED.test(text) ? parseConnectedText(text, now, lang) : null;
      if (when) {
        whenEl = el;
        break;
      }
    }
    if (!name || aliases.length === 0 || !when) continue;
    const item: ListedConnection = { aliases, name, connectedOn: when.at, precision: when.precision };
    const occ =
      queryFirst(card, 'connectionOccupation') ??
      [...card.querySelectorAll('p')].find((p) => p !== whenEl && !link?.contains(p) && lineOf(p));
    if (occ && lineOf(occ)) item.occupation = lineOf(occ);
    out.push(item);
  }
  return out;
}
