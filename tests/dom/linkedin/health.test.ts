import { describe, expect, it } from 'vitest';
import { pageAnchors } from '../../../src/content/linkedin/health.js';
import { load, mutate } from './helpers.js';

describe('pageAnchors', () => {
  it.each([
    ['profile-classic-1st-en.html', 'profile', [['profile', true]]],
    ['profile-sdui-en.html', 'profile', [['profile', true]]],
    ['messaging-de.html', 'messaging', [['composer', true], ['thread', true]]],
    ['connections-sdui-en.html', 'connections', [['connections', true]]],
    ['overlays-en.html', 'feed', [['overlay', true]]],
    ['invite-modal-en.html', 'profile', [['profile', true], ['invitation', true]]],
  ])('%s', (file, page, features) => {
    const { doc, url } = load(file);
    const h = pageAnchors(doc, url);
    expect(h.page).toBe(page);
    expect(h.features.map((f) => [f.name, f.found])).toEqual(features);
  });

  it('says "not found" when the markup is unknown, never throws', () => {
    const p = load('profile-sdui-en.html');
    mutate(p.doc, 'h1');
    expect(pageAnchors(p.doc, p.url).features).toEqual([{ name: 'profile', found: false }]);
    const m = load('messaging-en.html');
    mutate(m.doc, '[contenteditable]');
    mutate(m.doc, 'li');
    mutate(m.doc, '.msg-title-bar');
    expect(pageAnchors(m.doc, m.url).features).toEqual([{ name: 'composer', found: false }, { name: 'thread', found: false }]);
    const c = load('connections-classic-en.html');
    mutate(c.doc, 'li');
    expect(pageAnchors(c.doc, c.url).features).toEqual([{ name: 'connections', found: false }]);
    const empty = new DOMParser().parseFromString('', 'text/html');
    expect(pageAnchors(empty, 'https://www.linkedin.com/sales/home').page).toBe('sales-navigator');
  });
});
