// The visible history of a conversation. LinkedIn prints no machine-readable time: a date
// heading sits on a date's first row and sender + clock on a group's first row, so both are
// carried down the rows and combined.
import { profileAliasFromUrl, type ProfileAlias } from '../../core/profile-url.js';
import { closestOf, queryAllOf, queryFirst } from './selectors.js';
import { lineOf, parseClock, parseDayHeading, textOf } from './strings.js';

export interface ThreadMessage {
  direction: 'sent' | 'received';
  senderName?: string;
  senderAlias?: ProfileAlias;
  /** Epoch ms (local date heading + clock; minute precision). */
  at: number;
  text: string;
}

/** The conversation around a composer (its overlay bubble or the Messaging page pane). */
export function threadOf(composerRoot: Element): ParentNode | null {
  return closestOf(composerRoot, 'threadPane');
}

/** Messages in `container`, oldest first. Rows before the first readable date heading are skipped. */
export function readThread(container: ParentNode, now: Date, lang?: string): ThreadMessage[] {
  const out: ThreadMessage[] = [];
  let day: number | null = null;
  let minutes = 0;
  let sender: { name?: string; alias?: ProfileAlias } = {};
  for (const row of queryAllOf(container, 'threadRow')) {
    const heading = queryFirst(row, 'dateHeading');
    if (heading) {
      day = parseDayHeading(lineOf(heading), now, lang);
      minutes = 0;
    }
    const clock = queryFirst(row, 'groupTime');
    const nameEl = queryFirst(row, 'groupSenderName');
    const link = queryFirst(row, 'groupSenderLink');
    if (clock || nameEl || link) {
      minutes = parseClock(lineOf(clock)) ?? minutes;
      sender = {};
      const name = lineOf(nameEl) || lineOf(link);
      const alias = profileAliasFromUrl(link?.getAttribute('href') ?? '');
      if (name) sender.name = name;
      if (alias) sender.alias = alias;
    }
    if (day === null) continue;
    const items = queryAllOf(row, 'eventItem');
    for (const item of items.length > 0 ? items : [row]) {
      const body = queryFirst(item, 'eventBody');
      const text = body ? textOf(body) : '';
      if (!text) continue;
      const d = new Date(day);
      const m: ThreadMessage = {
        direction: closestOf(item, 'eventOther') || queryFirst(item, 'eventOther') ? 'received' : 'sent',
        at: new Date(d.getFullYear(), d.getMonth(), d.getDate(), Math.floor(minutes / 60), minutes % 60).getTime(),
        text,
      };
      if (sender.name) m.senderName = sender.name;
      if (sender.alias) m.senderAlias = sender.alias;
      out.push(m);
    }
  }
  return out;
}

/** Both directions present: the relationship is already a conversation. */
export function hasTwoWayHistory(messages: readonly ThreadMessage[]): boolean {
  return messages.some((m) => m.direction === 'sent') && messages.some((m) => m.direction === 'received');
}
