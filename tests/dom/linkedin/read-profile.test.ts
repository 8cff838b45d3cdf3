import { describe, expect, it } from 'vitest';
import { readProfile, titleName } from '../../../src/content/linkedin/read-profile.js';
import { load, mutate } from './helpers.js';

describe('readProfile on fixtures', () => {
  it.each([
    ['profile-classic-1st-en.html', ['slug:jane-doe', 'member:ACoAABcdEfGhIjKlMnOpQrStUv'], 'Jane Doe', 'Head of Growth at Acme', '1st'],
    ['profile-classic-2nd-de.html', ['slug:juergen-mueller', 'member:ACoAAJuergenMueller0001'], 'Jürgen Müller', 'Vertriebsleiter bei Beispiel GmbH', '2nd'],
    ['profile-classic-pending-fr.html', ['slug:amelie-poulain'], 'Amélie Poulain', 'Responsable des achats chez Exemple SA', 'pending'],
    ['profile-classic-invited-you-en.html', ['slug:zoe-ng', 'member:ACoAAZoeNg000000000001'], '<img src=x onerror=alert(1)> Zoë 🚀 Ng', undefined, 'invited-you'],
    ['profile-sdui-en.html', ['slug:maria-garcia-42', 'member:ACoAAMariaGarcia0000042'], 'María García', 'Directora Comercial at Nube SL', '2nd'],
    ['profile-sdui-de.html', ['slug:jürgen-müller-8b1a2', 'member:ACoAAJuergenMueller0002'], 'Jürgen Müller', 'Geschäftsführer bei Beispiel GmbH', '1st'],
    ['profile-sdui-fr.html', ['slug:amelie-durand', 'member:ACoAAAmelieDurand000003'], 'Amélie Durand', 'Directrice commerciale chez Exemple SA', '3rd'],
    ['inmail-en.html', ['slug:chen-li'], 'Chen Li', 'Founder at Lantern', '3rd'],
  ])('%s', (file, aliases, name, headline, degree) => {
    const { doc, url } = load(file);
    const p = readProfile(doc, url);
    expect(p).not.toBeNull();
    expect(p?.aliases).toEqual(aliases);
    expect(p?.name).toBe(name);
    if (headline) expect(p?.headline).toBe(headline);
    expect(p?.degree).toBe(degree);
    expect(p?.anchorsFound).toBe(true);
  });

  it('returns null off profile pages and for the viewer', () => {
    const { doc } = load('profile-classic-1st-en.html');
    expect(readProfile(doc, 'https://www.linkedin.com/feed/')).toBeNull();
    expect(readProfile(doc, 'https://www.linkedin.com/in/me/')).toBeNull();
  });

  it('reads the name from the title without the notification count', () => {
    document.title = '(12) Jane Doe | LinkedIn';
    expect(titleName(document)).toBe('Jane Doe');
    document.title = 'LinkedIn';
    expect(titleName(document)).toBeUndefined();
  });

  it('does not count rail or section markers as the degree', () => {
    // SDUI en: the About section says "· 1st priority" and the rail shows "· 1st" for Liam.
    const { doc, url } = load('profile-sdui-en.html');
    doc.querySelector('[data-view-name="profile-top-card"] ._cc33dd44')?.remove();
    expect(readProfile(doc, url)?.degree).toBeUndefined();
  });

  it('a Message link alone does not mean 1st', () => {
    const { doc, url } = load('profile-sdui-en.html');
    doc.querySelector('[data-view-name="profile-top-card"] ._cc33dd44')?.remove();
    expect(doc.querySelector('[data-view-name="profile-top-card"] a[href*="/messaging/compose/"]')).not.toBeNull();
    expect(readProfile(doc, url)?.degree).not.toBe('1st');
  });

  it('reads pending from Withdraw in the More menu alone', () => {
    const { doc, url } = load('profile-classic-pending-fr.html');
    doc.querySelector('.pvs-profile-actions > button')?.remove();
    expect(readProfile(doc, url)?.degree).toBe('pending');
  });
});

describe('readProfile on mutated markup', () => {
  it('SDUI without data-view-name falls back to the section around the name', () => {
    const { doc, url } = load('profile-sdui-de.html');
    doc.querySelector('[data-view-name="profile-top-card"]')?.removeAttribute('data-view-name');
    const p = readProfile(doc, url);
    expect(p?.degree).toBe('1st');
    expect(p?.anchorsFound).toBe(true);
  });

  it('without top card or h1: URL + title only, anchors not found, no throw', () => {
    const { doc, url } = load('profile-classic-1st-en.html');
    mutate(doc, 'main');
    const p = readProfile(doc, url);
    expect(p).toEqual({ aliases: ['slug:jane-doe'], name: 'Jane Doe', anchorsFound: false });
  });

  it('renamed classes: degree unknown rather than wrong', () => {
    const { doc, url } = load('profile-classic-1st-en.html');
    mutate(doc, '.dist-value', 'dist-value');
    mutate(doc, '.pv-top-card', 'pv-top-card');
    const p = readProfile(doc, url);
    expect(p?.name).toBe('Jane Doe');
    expect(p?.degree).toBeUndefined();
  });

  it('empty document: null, no throw', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(readProfile(doc, 'https://www.linkedin.com/in/jane-doe/')).toBeNull();
  });
});
