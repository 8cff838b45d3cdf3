import { describe, expect, it } from 'vitest';
import { parse } from './helpers.js';

const HEADER = 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl';
const ME = 'https://www.linkedin.com/in/owner-person';

describe('Invitations.csv', () => {
  it('reads outgoing and incoming invitations with notes, local times and the owner', async () => {
    const text =
      `\uFEFF${HEADER}\r\n` +
      `Owner Person,Ana Lima,"3/14/25, 2:37 PM","Hi Ana, can I show you a quick demo?",OUTGOING,${ME},https://www.linkedin.com/in/ana-lima\r\n` +
      `Bo Chen,Owner Person,"3/15/25, 9:05 AM",,INCOMING,https://www.linkedin.com/in/bo-chen,${ME}\r\n`;
    const { records, report } = await parse('Invitations.csv', text);
    expect(report.error).toBeUndefined();
    expect(report.owner).toEqual({ aliases: ['slug:owner-person'], name: 'Owner Person', source: 'invitations' });
    expect(records[0]).toMatchObject({
      aliases: ['slug:ana-lima'],
      name: 'Ana Lima',
      pitchOpener: 'can i show you',
      events: [{ kind: 'invited', key: 'i:out', pitch: true, note: 'Hi Ana, can I show you a quick demo?', at: new Date(2025, 2, 14, 14, 37).getTime() }],
    });
    expect(records[1]).toMatchObject({ aliases: ['slug:bo-chen'], name: 'Bo Chen', events: [{ kind: 'invite-received', key: 'i:in', pitch: false }] });
    expect(records[1]!.events[0]!.note).toBeUndefined();
  });

  it('skips rows of the older era (no URL columns) with a reason', async () => {
    const { records, report } = await parse('Invitations.csv', 'From,To,Sent At,Message,Direction\nOwner,Ana,"3/14/25, 2:37 PM",,OUTGOING\n');
    expect(records).toHaveLength(0);
    expect(report.skippedByReason).toEqual({ 'no-profile-url': 1 });
  });

  it('skips unknown directions and bad dates', async () => {
    const text = `${HEADER}\nA,B,"3/14/25, 2:37 PM",,SIDEWAYS,${ME},https://www.linkedin.com/in/b\nA,B,never,,OUTGOING,${ME},https://www.linkedin.com/in/b\n`;
    expect((await parse('Invitations.csv', text)).report.skippedByReason).toEqual({ 'bad-direction': 1, 'bad-date': 1 });
  });
});
