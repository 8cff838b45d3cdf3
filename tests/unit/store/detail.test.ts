import { describe, expect, it } from 'vitest';
import { connected, ctx, DAY, fresh, NOW, sent } from './helpers.js';
import { contactDetail, recordEvents } from '../../../src/store/index.js';
import { DEFAULT_SETTINGS } from '../../../src/core/types.js';

describe('contact detail', () => {
  it('lists the newest 200 events, newest first, and counts and summarises all of them', async () => {
    const db = await fresh();
    // Recorded out of time order, so neither key nor insertion order can pass for time order.
    const events = Array.from({ length: 250 }, (_, i) => sent(`m:${(i * 7) % 250}`, NOW - 300 * DAY + ((i * 7) % 250) * DAY));
    const { value } = await recordEvents(db, ctx(), { aliases: ['slug:chatty'] }, [connected(NOW - 301 * DAY), ...events]);
    const detail = await contactDetail(db, value.contactId, NOW, DEFAULT_SETTINGS);
    expect(detail.eventCount).toBe(251);
    expect(detail.summary.warmTouches).toBe(250);
    expect(detail.events.map((e) => e.key)).toEqual(Array.from({ length: 200 }, (_, i) => `m:${249 - i}`));
  });
});
