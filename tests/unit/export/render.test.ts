import { describe, expect, it } from 'vitest';
import { AuditCollector } from '../../../src/core/audit.js';
import { barChart, renderHtml, renderJson, renderMarkdown } from '../../../src/core/audit-render/index.js';

const HOSTILE = '<img src=x onerror=alert(1)>"\'&|*';

function hostileReport() {
  const c = new AuditCollector();
  c.add([
    {
      aliases: ['slug:x'],
      name: HOSTILE,
      file: 'messages',
      row: 2,
      pitchOpener: HOSTILE,
      events: [{ kind: 'message-sent', at: Date.UTC(2024, 0, 2), source: 'imported', key: 'k', pitch: true }],
    },
    { aliases: ['slug:x'], file: 'connections', row: 2, events: [{ kind: 'connected', at: new Date(2024, 0, 1).getTime(), source: 'imported', key: 'c' }] },
  ]);
  return c.report(Date.UTC(2024, 5, 1), { aliases: ['slug:me'], name: HOSTILE, source: 'given' });
}

describe('renderers', () => {
  it('HTML escapes every piece of export text and needs nothing external', () => {
    const html = renderHtml(hostileReport());
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).not.toMatch(/<script|src="http|href="http/);
    expect(html).toContain('<svg');
  });

  it('Markdown escapes HTML and table-breaking characters', () => {
    const md = renderMarkdown(hostileReport());
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('\\|\\*');
  });

  it('JSON round-trips the report', () => {
    const report = hostileReport();
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });

  it('bar charts escape labels and scale shares against 1', () => {
    const svg = barChart([{ label: '<b>', value: 0.5, note: '50%' }], { title: 'T&C', shares: true, width: 480 });
    expect(svg).toContain('&lt;b&gt;');
    expect(svg).toContain('T&amp;C');
    expect(svg).toMatch(/width="100"/); // half of 480 - 170 - 110
  });
});
