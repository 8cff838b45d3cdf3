import { describe, expect, it } from 'vitest';
import { auditExport } from '../../../src/core/audit.js';
import { isPitch, messagesCsv, msg } from './helpers.js';

const CONNECTIONS = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ...['ana', 'bo', 'cy', 'dee'].map((p) => `${p},X,https://www.linkedin.com/in/${p},,,,01 Mar 2024`),
  'eve,X,https://www.linkedin.com/in/eve,,,,01 Feb 2024',
].join('\n');

const d = (day: string): string => `${day} 12:00:00 UTC`;
const MESSAGES = messagesCsv([
  msg('2-ana', 'ana', true, d('2024-03-01'), 'Hi ana, can we book a demo call?'),
  msg('2-ana', 'ana', false, d('2024-03-02'), 'Sure'),
  msg('2-bo', 'bo', true, d('2024-03-02'), 'Hello bo! Can we book a demo next week?'),
  msg('2-cy', 'cy', true, d('2024-03-02'), 'Thanks for connecting'),
  msg('2-cy', 'cy', true, d('2024-03-05'), 'Loved your post'),
  msg('2-cy', 'cy', true, d('2024-03-20'), 'Would pricing for our platform help?'),
  msg('2-cy', 'cy', false, d('2024-03-21'), 'Tell me more'),
  msg('2-dee', 'dee', true, d('2024-03-03'), 'Nice to meet you'),
  msg('2-dee', 'dee', false, d('2024-03-04'), 'Likewise'),
  msg('2-eve', 'eve', true, d('2024-04-01'), 'Hi eve, demo time?'),
]);
const INVITATIONS = [
  'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
  'Owner Person,Fay,"3/14/24, 2:37 PM",Fancy a demo call?,OUTGOING,https://www.linkedin.com/in/owner-person,https://www.linkedin.com/in/fay',
  'Owner Person,Gus,"3/14/24, 2:38 PM",Enjoyed your talk,OUTGOING,https://www.linkedin.com/in/owner-person,https://www.linkedin.com/in/gus',
  'Owner Person,Hal,"3/14/24, 2:39 PM",,OUTGOING,https://www.linkedin.com/in/owner-person,https://www.linkedin.com/in/hal',
].join('\n');

describe('audit', () => {
  it('gives the known answers on a small hand-made export', async () => {
    const { report } = await auditExport(
      [
        { name: 'Connections.csv', data: CONNECTIONS },
        { name: 'messages.csv', data: MESSAGES },
        { name: 'Invitations.csv', data: INVITATIONS },
      ],
      new Date(2024, 5, 1).getTime(),
      { isPitch },
    );
    expect(report.asOf).toBe('2024-06-01');
    expect(report.owner?.aliases).toEqual(['slug:owner-person']);
    expect(report.totals).toEqual({ contacts: 8, connections: 5, messagesSent: 7, messagesReceived: 3, pitchesSent: 4, contactsMessaged: 5 });
    expect(report.firstMessages).toEqual({ total: 5, pitches: 3, share: 0.6 });
    expect(report.pitchedAfterConnecting).toBe(4);
    expect(report.pitchedWithin.map((w) => [w.days, w.count])).toEqual([[0, 1], [1, 2], [7, 2], [30, 3]]);
    expect(Object.fromEntries(report.daysToFirstPitch.filter((b) => b.count > 0).map((b) => [b.label, b.count]))).toEqual({
      'same day': 1,
      '1 day': 1,
      '7–29 days': 1,
      '30–89 days': 1,
    });
    expect(report.replyRates.coldPitch).toEqual({ contacts: 3, replied: 1, rate: 1 / 3 });
    expect(report.replyRates.warmPitch).toEqual({ contacts: 1, replied: 1, rate: 1 });
    expect(report.replyRates.noPitch).toEqual({ contacts: 1, replied: 1, rate: 1 });
    expect(report.replyRates.caveat).toMatch(/Only 3 contacts .* and 1 after warming up/);
    expect(report.invitations).toEqual({ sent: 3, withNote: 2, notePitches: 1, share: 0.5 });
    expect(report.openers.messages[0]).toEqual({ opener: 'can we book a', count: 2 });
    expect(report.openers.notes).toEqual([{ opener: 'fancy a demo call', count: 1 }]);
    const cy = report.contacts.find((c) => c.alias === 'slug:cy');
    expect(cy).toMatchObject({ firstSentWasPitch: false, daysToFirstMessage: 1, daysToFirstPitch: 19, repliedAfterPitch: true });
    expect(cy?.firstReplyAt).toBe(Date.UTC(2024, 2, 21, 12));
  });
});
