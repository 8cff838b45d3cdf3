// The audit as one self-contained HTML page: inline CSS and SVG, no scripts, no external assets.
import type { AuditReport } from '../audit.js';
import { pitchedWithinChart, pitchTimingChart, replyRateChart } from './charts.js';
import { escapeHtml as h, percent } from './escape.js';

export function renderHtml(report: AuditReport): string {
  const t = report.totals;
  const inv = report.invitations;
  const openerList = (title: string, list: { opener: string; count: number }[]): string =>
    list.length === 0
      ? ''
      : `<h2>${h(title)}</h2><table><thead><tr><th>opener</th><th>times</th></tr></thead><tbody>` +
        list.map((o) => `<tr><td>${h(o.opener)}…</td><td class="n">${o.count}</td></tr>`).join('') +
        '</tbody></table>';
  const owner = report.owner?.name ? ` · account: ${h(report.owner.name)}` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LinkedIn etiquette audit — ${h(report.asOf)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;color:#1d2226;max-width:760px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem}
.big{font-size:2rem;font-weight:700}.caveat{background:#fff4e5;border-left:4px solid #e59400;padding:.5rem .8rem}
table{border-collapse:collapse}td,th{padding:.2rem .8rem;border-bottom:1px solid #ddd;text-align:left}.n{text-align:right}
svg{display:block;margin:1rem 0;max-width:100%;height:auto}
</style></head><body>
<h1>LinkedIn etiquette audit</h1>
<p>As of ${h(report.asOf)}${owner}. ${t.contacts} contacts, ${t.connections} with a connection date; ${t.messagesSent} messages sent (${t.pitchesSent} pitches), ${t.messagesReceived} received.</p>
<h2>First messages that were pitches</h2>
<p><span class="big">${percent(report.firstMessages.share)}</span> — ${report.firstMessages.pitches} of ${report.firstMessages.total} contacts you messaged got a pitch first.</p>
${pitchedWithinChart(report)}
${pitchTimingChart(report)}
<h2>Replies</h2>
${replyRateChart(report)}
${report.replyRates.caveat ? `<p class="caveat">${h(report.replyRates.caveat)}</p>` : ''}
<h2>Invitation notes</h2>
<p>${inv.sent} invitations sent, ${inv.withNote} with a note; ${inv.notePitches} of the notes were pitches (${percent(inv.share)}).</p>
${openerList('Most common pitch openers (messages)', report.openers.messages)}
${openerList('Most common pitch openers (invitation notes)', report.openers.notes)}
</body></html>
`;
}
