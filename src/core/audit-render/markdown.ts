// The audit as Markdown: the CLI's default output.
import type { AuditReport, ReplyRate } from '../audit.js';
import { escapeMarkdown as md, percent } from './escape.js';

function rate(r: ReplyRate): string {
  return `${percent(r.rate)} (${r.replied} of ${r.contacts})`;
}

export function renderMarkdown(report: AuditReport): string {
  const t = report.totals;
  const lines: string[] = [
    `# LinkedIn etiquette audit`,
    '',
    `As of ${report.asOf}${report.owner?.name ? ` · account: ${md(report.owner.name)}` : ''}.`,
    '',
    `- Contacts: ${t.contacts} (${t.connections} with a connection date)`,
    `- Messages sent: ${t.messagesSent}, of which pitches: ${t.pitchesSent}; received: ${t.messagesReceived}`,
    `- First messages that were pitches: **${percent(report.firstMessages.share)}** (${report.firstMessages.pitches} of ${report.firstMessages.total} contacts messaged)`,
    '',
    '## How soon after connecting',
    '',
    `Of ${report.pitchedAfterConnecting} contacts pitched after connecting (with a known date), the first pitch came:`,
    '',
    '| when | contacts | share |',
    '| --- | ---: | ---: |',
    ...report.pitchedWithin.map(
      (w) => `| ${w.days === 0 ? 'on the day' : `within ${w.days} day${w.days === 1 ? '' : 's'}`} | ${w.count} | ${percent(w.share)} |`,
    ),
    '',
    '| days from connecting to first pitch | contacts |',
    '| --- | ---: |',
    ...report.daysToFirstPitch.map((b) => `| ${b.label} | ${b.count} |`),
    '',
    '## Replies',
    '',
    '| first pitch | reply rate |',
    '| --- | ---: |',
    `| in the first message | ${rate(report.replyRates.coldPitch)} |`,
    `| after warming up | ${rate(report.replyRates.warmPitch)} |`,
    `| never pitched | ${rate(report.replyRates.noPitch)} |`,
    '',
  ];
  if (report.replyRates.caveat) lines.push(`> ${report.replyRates.caveat}`, '');
  const inv = report.invitations;
  lines.push(
    '## Invitation notes',
    '',
    `${inv.sent} invitations sent, ${inv.withNote} with a note; ${inv.notePitches} of the notes were pitches (${percent(inv.share)}).`,
    '',
  );
  const openers = (title: string, list: { opener: string; count: number }[]): void => {
    if (list.length === 0) return;
    lines.push(`## ${title}`, '', '| opener | times |', '| --- | ---: |', ...list.map((o) => `| ${md(o.opener)}… | ${o.count} |`), '');
  };
  openers('Most common pitch openers (messages)', report.openers.messages);
  openers('Most common pitch openers (invitation notes)', report.openers.notes);
  return lines.join('\n');
}
