import { describe, expect, it } from 'vitest';
import { readConnectionsList } from '../../../src/content/linkedin/read-connections.js';
import { at, load, mutate } from './helpers.js';

const now = new Date(2026, 0, 8, 15); // Thu 8 Jan 2026

describe('readConnectionsList', () => {
  it('classic English relative forms with precision', () => {
    const list = readConnectionsList(load('connections-classic-en.html').doc, now, 'en');
    expect(list.map((c) => [c.aliases[0], c.connectedOn, c.precision])).toEqual([
      ['slug:jane-doe', at(2026, 1, 8), 'day'],
      ['slug:bob-smith-7a', at(2026, 1, 7), 'day'],
      ['slug:chen-li', at(2026, 1, 5), 'day'],
      ['slug:zoe-ng', at(2026, 1, 1), 'week'],
      ['slug:liam-oconnor', at(2025, 12, 25), 'week'],
      ['member:ACoAAOmarFarouk000000001', at(2025, 10, 8), 'month'],
      ['slug:ana-silva', at(2024, 1, 8), 'year'],
    ]);
    expect(list[3]?.name).toBe('<img src=x onerror=alert(1)> Zoë 🚀 Ng');
    expect(list[6]?.occupation).toBe('CTO at Today Inc');
  });

  it('classic French relative forms', () => {
    const list = readConnectionsList(load('connections-classic-fr.html').doc, now, 'fr');
    expect(list.map((c) => [c.name, c.connectedOn, c.precision])).toEqual([
      ['Amélie Poulain', at(2026, 1, 8), 'day'],
      ['Paul Martin', at(2025, 12, 18), 'week'],
      ['Claire Dubois', at(2025, 1, 8), 'year'],
    ]);
  });

  it('SDUI English: absolute local dates, both aliases, occupation', () => {
    const list = readConnectionsList(load('connections-sdui-en.html').doc, now, 'en');
    expect(list[0]).toEqual({
      aliases: ['member:ACoAABcdEfGhIjKlMnOpQrStUv', 'slug:jane-doe'],
      name: 'Jane Doe',
      occupation: 'Head of Growth at Acme',
      connectedOn: at(2026, 3, 5),
      precision: 'day',
    });
    expect(list.map((c) => c.connectedOn)).toEqual([at(2026, 3, 5), at(2025, 12, 31), at(2026, 1, 1)]);
    expect(list[1]?.occupation).toBe('Founder at Today Corp');
  });

  it('SDUI German and French dates', () => {
    expect(readConnectionsList(load('connections-sdui-de.html').doc, now, 'de').map((c) => [c.name, c.connectedOn])).toEqual([
      ['Jürgen Müller', at(2026, 6, 12)],
      ['Anna Schmidt', at(2025, 3, 1)],
    ]);
    expect(readConnectionsList(load('connections-sdui-fr.html').doc, now, 'fr')[0]?.connectedOn).toBe(at(2025, 8, 5));
  });

  it('mutated: renamed card markers → empty, no throw', () => {
    const a = load('connections-classic-en.html').doc;
    mutate(a, 'li.mn-connection-card', 'mn-connection-card');
    expect(readConnectionsList(a, now)).toEqual([]);
    const b = load('connections-sdui-en.html').doc;
    b.querySelector('[data-testid="lazy-column"]')?.removeAttribute('data-testid');
    expect(readConnectionsList(b, now)).toEqual([]);
    const c = load('connections-sdui-de.html').doc;
    for (const p of c.querySelectorAll('p')) if (p.textContent?.startsWith('Verbunden')) p.textContent = 'Unbekannt';
    expect(readConnectionsList(c, now, 'de')).toEqual([]);
  });
});
