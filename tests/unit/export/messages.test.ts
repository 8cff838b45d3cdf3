import { describe, expect, it } from 'vitest';
import { messageKey } from '../../../src/core/event-keys.js';
import { detectOwner } from '../../../src/core/linkedin-export/index.js';
import { MESSAGES_HEADER, OWNER_URL, messagesCsv, msg, parse } from './helpers.js';

const OWNER = { aliases: ['slug:owner-person' as const], source: 'given' as const };

describe('messages.csv', () => {
  it('tells direction by sender URL and keys events like the page does', async () => {
    const html = '<p>Hi Ana,</p><p>Can I book a <b>demo</b>?\nThanks</p>';
    const text = messagesCsv([
      msg('2-abc', 'ana', true, '2023-06-11 15:33:58 UTC', html),
      msg('2-abc', 'ana', false, '2023-06-12 08:00:00 UTC', 'Sure, "Tuesday", works'),
    ]);
    const { records, report } = await parse('messages.csv', text, { owner: OWNER });
    expect(report.error).toBeUndefined();
    const at = Date.UTC(2023, 5, 11, 15, 33, 58);
    expect(records[0]).toMatchObject({
      aliases: ['slug:ana'],
      name: 'ana',
      pitchOpener: 'can i book a',
      events: [{ kind: 'message-sent', at, pitch: true, threadId: '2-abc', key: messageKey('sent', html, at), source: 'imported' }],
    });
    expect(records[1]).toMatchObject({ aliases: ['slug:ana'], events: [{ kind: 'message-received', threadId: '2-abc' }] });
  });

  it('skips drafts, sponsored rows (no sender URL) and messages to nobody', async () => {
    const sponsored = msg('2-x', 'ana', false, '2023-06-11 15:33:58 UTC', 'Upgrade now');
    sponsored[3] = '';
    const toSelf = msg('2-y', 'ana', true, '2023-06-11 15:33:58 UTC', 'note to self', { recipients: OWNER_URL });
    const text = messagesCsv([msg('2-d', 'ana', true, '2023-06-11 15:33:58 UTC', 'draft', { draft: true }), sponsored, toSelf]);
    const { records, report } = await parse('messages.csv', text, { owner: OWNER });
    expect(records).toHaveLength(0);
    expect(report.skippedByReason).toEqual({ draft: 1, sponsored: 1, 'no-recipient': 1 });
  });

  it('splits recipients joined by commas or semicolons, one record each', async () => {
    for (const sep of [',', ';', '; ']) {
      const recipients = ['ana', 'bo'].map((s) => `https://www.linkedin.com/in/${s}`).join(sep) + `${sep}${OWNER_URL}`;
      const { records } = await parse('messages.csv', messagesCsv([msg('2-g', 'ana', true, '2023-06-11 15:33:58 UTC', 'hello all', { recipients })]), { owner: OWNER });
      expect(records.map((r) => r.aliases[0])).toEqual(['slug:ana', 'slug:bo']);
      expect(records[0]!.name).toBeUndefined();
    }
  });

  it('reads older files with fewer columns', async () => {
    const header = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'];
    const row = ['2-a', '', 'Ana', 'https://www.linkedin.com/in/ana', 'Owner Person', '2019-01-02 03:04:05 UTC', '', 'hi there', 'INBOX'];
    const { records, report } = await parse('messages.csv', messagesCsv([row], header), { owner: OWNER });
    expect(report.error).toBeUndefined();
    expect(records[0]).toMatchObject({ aliases: ['slug:ana'], events: [{ kind: 'message-received' }] });
  });

  it('finds the owner: the one person in every conversation', async () => {
    const rows = ['ana', 'bo', 'cy', 'dee', 'eve', 'fay'].flatMap((p, i) => [
      msg(`2-${i}`, p, true, '2023-06-11 15:33:58 UTC', 'hello'),
      msg(`2-${i}`, p, false, '2023-06-12 15:33:58 UTC', 'hi back'),
    ]);
    const text = messagesCsv(rows);
    expect(await detectOwner(text)).toMatchObject({ aliases: ['slug:owner-person'], name: 'Owner Person', source: 'messages' });
    const { records, report } = await parse('messages.csv', text);
    expect(report.owner?.aliases).toEqual(['slug:owner-person']);
    expect(records.filter((r) => r.events[0]!.kind === 'message-sent')).toHaveLength(6);
    expect(records.map((r) => r.row)).toEqual([...Array(12).keys()].map((i) => i + 2));
  });

  it('skips every row as owner-unknown when one conversation cannot tell who is who', async () => {
    const text = messagesCsv([msg('2-a', 'ana', true, '2023-06-11 15:33:58 UTC', 'x'), msg('2-a', 'ana', false, '2023-06-11 16:33:58 UTC', 'y')]);
    expect(await detectOwner(text)).toBeNull();
    expect((await parse('messages.csv', text)).report.skippedByReason).toEqual({ 'owner-unknown': 2 });
  });

  it('needs the conversation id, from, date and content columns', async () => {
    const { report } = await parse('messages.csv', messagesCsv([], MESSAGES_HEADER.filter((h) => h !== 'CONTENT')));
    expect(report.error?.code).toBe('missing-header');
  });
});
