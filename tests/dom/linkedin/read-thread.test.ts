import { describe, expect, it } from 'vitest';
import { messageKey } from '../../../src/core/event-keys.js';
import { hasTwoWayHistory, readThread, threadOf } from '../../../src/content/linkedin/read-thread.js';
import { findComposers } from '../../../src/content/linkedin/read-composer.js';
import { at, load, mutate } from './helpers.js';

describe('readThread', () => {
  it('English: headings, 12h clocks, carried sender/time, year boundary', () => {
    const now = new Date(2026, 0, 8, 12); // Thu 8 Jan 2026: "DEC 30" is last year
    const { doc } = load('messaging-en.html');
    const ms = readThread(doc, now, 'en');
    expect(ms.map((m) => [m.direction, m.senderName, m.at])).toEqual([
      ['sent', 'Alex Seller', at(2025, 12, 30, 23, 58)],
      ['received', 'Jane Doe', at(2026, 1, 5, 9, 5)], // MONDAY
      ['received', 'Jane Doe', at(2026, 1, 5, 9, 5)], // carried down
      ['sent', 'Alex Seller', at(2026, 1, 7, 14, 38)], // YESTERDAY 2:38 PM
      ['received', 'Jane Doe', at(2026, 1, 8, 0, 1)], // TODAY 12:01 AM
    ]);
    expect(ms[2]?.text).toBe('Quick question about <img src=x onerror=alert(1)> your stack');
    expect(ms[3]?.text).toBe('Sure — ask away.\nSecond line.');
    expect(ms[4]?.text).toBe('مرحبا! RTL reply');
    expect(ms[1]?.senderAlias).toBe('member:ACoAABcdEfGhIjKlMnOpQrStUv');
    expect(hasTwoWayHistory(ms)).toBe(true);
  });

  it('German: "3. AUG.", MONTAG, GESTERN, HEUTE, 24h clocks', () => {
    const now = new Date(2026, 7, 12, 18); // Wed 12 Aug 2026
    const ms = readThread(load('messaging-de.html').doc, now, 'de');
    expect(ms.map((m) => m.at)).toEqual([at(2026, 8, 3, 23, 58), at(2026, 8, 10, 8, 15), at(2026, 8, 11, 14, 38), at(2026, 8, 12, 9, 0)]);
    expect(ms.map((m) => m.direction)).toEqual(['sent', 'received', 'sent', 'received']);
  });

  it('French: explicit year, HIER, AUJOURD’HUI', () => {
    const now = new Date(2026, 7, 12, 18);
    const ms = readThread(load('messaging-fr.html').doc, now, 'fr');
    expect(ms.map((m) => m.at)).toEqual([at(2025, 8, 3, 10, 0), at(2026, 8, 11, 18, 45), at(2026, 8, 12, 7, 30)]);
  });

  it('"AUG 3" seen in January rolls back a year; group senders', () => {
    const ms = readThread(load('messaging-group-en.html').doc, new Date(2026, 0, 8, 12), 'en');
    expect(ms.map((m) => [m.senderName, m.at])).toEqual([
      ['Alex Seller', at(2025, 8, 3, 9, 0)],
      ['Ana Silva', at(2025, 8, 3, 9, 2)],
      ['Ben Okafor', at(2025, 8, 3, 9, 10)],
      ['Chloé Martin', at(2026, 1, 8, 10, 30)],
    ]);
  });

  it('keys are stable for dedupe against imports', () => {
    const now = new Date(2026, 0, 8, 12);
    const a = readThread(load('messaging-en.html').doc, now, 'en');
    const b = readThread(load('messaging-en.html').doc, now, 'en');
    expect(a.map((m) => messageKey(m.direction, m.text, m.at))).toEqual(b.map((m) => messageKey(m.direction, m.text, m.at)));
  });

  it('each overlay reads only its own conversation', () => {
    const { doc, url } = load('overlays-en.html');
    const [a, b] = findComposers(doc, url);
    const now = new Date(2026, 0, 8, 12);
    expect(readThread(threadOf(a?.root as Element) as ParentNode, now).map((m) => m.text)).toEqual(['Thanks for connecting!']);
    const other = readThread(threadOf(b?.root as Element) as ParentNode, now);
    expect(other.map((m) => [m.direction, m.at])).toEqual([['received', at(2026, 1, 7, 8, 30)]]);
    expect(hasTwoWayHistory(other)).toBe(false);
  });

  it('mutated: no headings → nothing dated, no throw; no rows → empty', () => {
    const { doc } = load('messaging-en.html');
    mutate(doc, 'time.msg-s-message-list__time-heading');
    expect(readThread(doc, new Date(2026, 0, 8), 'en')).toEqual([]);
    mutate(doc, 'li');
    expect(readThread(doc, new Date(2026, 0, 8), 'en')).toEqual([]);
  });
});
