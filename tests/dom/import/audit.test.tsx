import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditExport, type AuditReport } from '../../../src/core/audit.js';
import { chooseFiles, FakeWorker, sampleZip, text, until, useEnglish } from './helpers.js';

const worker = vi.hoisted(() => ({ current: null as null | { ask: (type: string, payload: Record<string, unknown>) => Promise<unknown> } }));
vi.mock('../../../src/platform/index.js', () => ({ getMessage: () => '', browser: {} }));
vi.mock('../../../src/client.js', () => ({
  ask: (type: string, payload: Record<string, unknown>) => worker.current!.ask(type, payload),
}));

const HOSTILE = '<img src=x onerror="window.__pwned=1">&amp;<script>window.__pwned=2</script>';

let root: HTMLElement;
beforeEach(async () => {
  vi.resetModules();
  await useEnglish();
  worker.current = new FakeWorker();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => render(null, root));

const auditState = (): string | null => root.querySelector('[data-audit-state]')?.getAttribute('data-audit-state') ?? null;

async function expected(): Promise<AuditReport> {
  return (await auditExport([{ name: 'sample.zip', data: new Uint8Array(await sampleZip().arrayBuffer()) }], Date.now())).report;
}

describe('AuditPanel', () => {
  it('audits a chosen export in the page: the numbers, three charts, the caveat, and the HTML download', async () => {
    const { AuditPanel } = await import('../../../src/options/audit/AuditPanel.js');
    render(<AuditPanel />, root);
    chooseFiles(root, [sampleZip()]);
    await until(() => auditState() === 'done', 'the audit');
    const want = await expected();
    const report = root.querySelector('[data-audit-report]')!;
    expect(text(report, '[data-first-share]')).toBe(
      `${Math.round(want.firstMessages.share! * 100)}%${want.firstMessages.pitches} of the ${want.firstMessages.total} contacts you messaged got a pitch first.`,
    );
    const rate = (what: string): string[] => [...report.querySelectorAll(`[data-rate="${what}"] td`)].map((td) => td.textContent ?? '');
    expect(rate('cold')).toEqual([`${Math.round(want.replyRates.coldPitch.rate! * 100)}%`, `${want.replyRates.coldPitch.replied} of ${want.replyRates.coldPitch.contacts} replied`]);
    expect(rate('warm')[1]).toBe(`${want.replyRates.warmPitch.replied} of ${want.replyRates.warmPitch.contacts} replied`);
    expect(report.querySelector('[data-caveat]') !== null).toBe(want.replyRates.caveat !== undefined);
    expect(text(report, '[data-notes]')).toContain(`${want.invitations.sent} invitations sent, ${want.invitations.withNote} with a note; ${want.invitations.notePitches} of the notes`);

    const charts = [...report.querySelectorAll('svg[data-chart]')];
    expect(charts.map((c) => c.querySelector('title')?.textContent)).toEqual(['First pitch soon after connecting', 'Days from connecting to the first pitch', 'Reply rate']);
    const timing = charts[1]!;
    expect(timing.querySelectorAll('rect')).toHaveLength(want.daysToFirstPitch.length);
    expect(timing.getAttribute('aria-label')).toContain(`same day ${want.daysToFirstPitch[1]!.count}`);
    const openers = [...report.querySelectorAll('[data-openers] tbody td:first-child')].map((td) => td.textContent);
    expect(openers).toEqual(want.openers.messages.map((o) => `${o.opener}…`).concat(want.openers.notes.map((o) => `${o.opener}…`)));

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:report';
    });
    root.querySelector<HTMLButtonElement>('[data-audit-download]')!.click();
    expect(blobs[0]!.type).toBe('text/html;charset=utf-8');
    const html = await blobs[0]!.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`${want.firstMessages.pitches} of ${want.firstMessages.total} contacts you messaged got a pitch first`);
  });

  it('offers the files of the last import, read again without asking', async () => {
    const { ImportPanel } = await import('../../../src/options/import/ImportPanel.js');
    const { AuditPanel } = await import('../../../src/options/audit/AuditPanel.js');
    render(<ImportPanel />, root);
    chooseFiles(root, [sampleZip()]);
    await until(() => root.querySelector('[data-import-state="finished"]') !== null, 'the import');
    render(<AuditPanel />, root);
    const again = root.querySelector<HTMLButtonElement>('[data-audit-last]')!;
    expect(again.textContent).toBe('Audit the files you just imported (Basic_LinkedInDataExport_01-15-2026.zip)');
    again.click();
    await until(() => auditState() === 'done', 'the audit');
    expect(root.querySelectorAll('svg[data-chart]')).toHaveLength(3);
  });

  it('shows export-derived text (names, openers) as text, never as markup', async () => {
    const { AuditReportView } = await import('../../../src/options/audit/AuditReportView.js');
    const real = await expected();
    const report: AuditReport = {
      ...real,
      owner: { aliases: ['slug:x'], name: HOSTILE, source: 'invitations' },
      openers: { messages: [{ opener: HOSTILE, count: 3 }], notes: [{ opener: `${HOSTILE} note`, count: 2 }] },
    };
    render(<AuditReportView report={report} />, root);
    expect(root.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(root.textContent).toContain(`Account: ${HOSTILE}`);
    expect([...root.querySelectorAll('[data-openers] td:first-child')].map((td) => td.textContent)).toEqual([`${HOSTILE}…`, `${HOSTILE} note…`]);
  });

  it('draws chart labels as SVG text nodes', async () => {
    const { BarChart } = await import('../../../src/options/audit/BarChart.js');
    render(<BarChart title={HOSTILE} bars={[{ label: HOSTILE, value: 2, note: HOSTILE }, { label: 'b', value: 1 }]} />, root);
    const svg = root.querySelector('svg')!;
    expect(svg.querySelector('img, script, foreignObject')).toBeNull();
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual([HOSTILE, HOSTILE, HOSTILE, 'b', '1']);
    expect(svg.getAttribute('aria-label')).toBe(`${HOSTILE}: ${HOSTILE} ${HOSTILE}; b 1`);
    const widths = [...svg.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).toBe(2 * widths[1]!);
  });
});
