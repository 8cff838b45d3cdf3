import { describe, expect, it } from 'vitest';
import { findConnectAction, readInviteModal } from '../../../src/content/linkedin/read-invitation.js';
import { load } from './helpers.js';

const q = (doc: Document, sel: string): Element => {
  const el = doc.querySelector(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

describe('findConnectAction', () => {
  it('SDUI top-card anchor is the profile own; rail anchors are other people', () => {
    const { doc, url } = load('profile-sdui-en.html');
    const own = q(doc, '[data-view-name="profile-top-card"] a[href*="vanityName=maria-garcia-42"] svg');
    expect(findConnectAction(own, doc, url)).toEqual({ isOwnProfile: true, alias: 'slug:maria-garcia-42' });
    const rail = q(doc, 'a[href*="vanityName=liam-oconnor"] span');
    expect(findConnectAction(rail, doc, url)).toEqual({ isOwnProfile: false, alias: 'slug:liam-oconnor' });
    expect(findConnectAction(q(doc, 'a[href*="vanityName=omar-farouk"]'), doc, url)).toEqual({ isOwnProfile: false, alias: 'slug:omar-farouk' });
  });

  it('SDUI anchor inside the More menu (French)', () => {
    const { doc, url } = load('profile-sdui-fr.html');
    const item = q(doc, '[role="menu"] a[href*="vanityName=amelie-durand"]');
    expect(findConnectAction(item, doc, url)).toEqual({ isOwnProfile: true, alias: 'slug:amelie-durand' });
    expect(findConnectAction(q(doc, 'a[href*="vanityName=paul-martin"]'), doc, url)?.isOwnProfile).toBe(false);
  });

  it('SDUI on a member-id URL: the label naming the title person decides', () => {
    const { doc } = load('profile-sdui-en.html');
    const url = 'https://www.linkedin.com/in/ACoAAMariaGarcia0000042/';
    expect(findConnectAction(q(doc, '[data-view-name="profile-top-card"] a[href*="custom-invite"]'), doc, url)?.isOwnProfile).toBe(true);
    expect(findConnectAction(q(doc, 'a[href*="vanityName=liam-oconnor"]'), doc, url)?.isOwnProfile).toBe(false);
    q(doc, '[data-view-name="profile-top-card"] a[href*="custom-invite"]').setAttribute('href', '/preload/custom-invite/');
    expect(findConnectAction(q(doc, '[data-view-name="profile-top-card"] a[href*="custom-invite"]'), doc, url)?.isOwnProfile).toBe(true);
  });

  it('classic localised button (German) and a rail button', () => {
    const { doc, url } = load('profile-classic-2nd-de.html');
    const own = q(doc, 'main button[aria-label$="einladen, sich mit Ihnen zu vernetzen"] span');
    expect(findConnectAction(own, doc, url)).toEqual({ isOwnProfile: true, alias: 'slug:juergen-mueller' });
    const rail = q(doc, 'aside button[aria-label^="Anna"]');
    expect(findConnectAction(rail, doc, url)).toEqual({ isOwnProfile: false, alias: 'slug:anna-schmidt' });
  });

  it('classic English rail button, and non-connect clicks', () => {
    const { doc, url } = load('profile-classic-1st-en.html');
    expect(findConnectAction(q(doc, 'aside button[aria-label="Invite Bob Smith to connect"]'), doc, url)).toEqual({ isOwnProfile: false, alias: 'slug:bob-smith-7a' });
    expect(findConnectAction(q(doc, 'h1'), doc, url)).toBeNull();
    expect(findConnectAction(q(doc, 'a[href*="/messaging/compose/"]'), doc, url)).toBeNull();
  });

  it('a bare "Connect" menu item in the top card is the profile own', () => {
    const { doc, url } = load('profile-classic-1st-en.html');
    const item = doc.createElement('div');
    item.setAttribute('role', 'button');
    item.textContent = 'Connect';
    q(doc, '#more-menu ul').append(item);
    expect(findConnectAction(item, doc, url)).toEqual({ isOwnProfile: true, alias: 'slug:jane-doe' });
  });
});

describe('readInviteModal', () => {
  it('first step (English)', () => {
    const { doc } = load('invite-modal-en.html');
    const m = readInviteModal(doc);
    expect(m?.inviteeName).toBe('Jane Doe');
    expect(m?.addNoteButton?.getAttribute('aria-label')).toBe('Add a note');
    expect(m?.sendWithoutNoteButton?.getAttribute('aria-label')).toBe('Send without a note');
    expect(m?.noteBox).toBeUndefined();
    expect(m?.sendButton).toBeUndefined();
    expect(m?.limitReached).toBe(false);
  });

  it.each([
    ['invite-modal-note-en.html', '<img src=x onerror=alert(1)> Zoë 🚀 Ng', 300, 'Send invitation', 'Cancel adding a note'],
    ['invite-modal-note-de.html', 'Jürgen Müller', 300, 'Einladung senden', 'Hinzufügen der Nachricht abbrechen'],
    ['invite-modal-note-fr.html', 'Amélie Poulain', 200, 'Envoyer maintenant', 'Annuler l’ajout d’une note'],
  ])('after "Add a note": %s', (file, name, max, send, cancel) => {
    const m = readInviteModal(load(file).doc);
    expect(m?.inviteeName).toBe(name);
    expect(m?.noteBox?.id).toBe('custom-message');
    expect(m?.maxLength).toBe(max);
    expect(m?.sendButton?.getAttribute('aria-label')).toBe(send);
    expect(m?.cancelNoteButton?.getAttribute('aria-label')).toBe(cancel);
    expect(m?.limitReached).toBe(false);
  });

  it('exact labels: visible "Send" never matches "Send without a note"', () => {
    const { doc } = load('invite-modal-note-en.html');
    for (const b of doc.querySelectorAll('#artdeco-modal-outlet button')) b.removeAttribute('aria-label');
    const m = readInviteModal(doc);
    expect(m?.sendButton?.textContent?.trim()).toBe('Send');
    expect(m?.cancelNoteButton?.textContent?.trim()).toBe('Cancel');
  });

  it('weekly limit and Premium upsell', () => {
    expect(readInviteModal(load('invite-limit-en.html').doc)?.limitReached).toBe(true);
    const up = readInviteModal(load('invite-upsell-en.html').doc);
    expect(up?.limitReached).toBe(true);
    expect(up?.noteBox).toBeUndefined();
  });

  it('mutated: no modal class → null; no labels → no buttons, no throw', () => {
    const a = load('invite-modal-en.html').doc;
    for (const el of a.querySelectorAll('[role="dialog"]')) {
      el.className = '_x';
      el.removeAttribute('data-test-modal-id');
      el.removeAttribute('aria-labelledby');
    }
    expect(readInviteModal(a)).toBeNull();
    const b = load('invite-modal-note-de.html').doc;
    for (const el of b.querySelectorAll('button')) {
      el.removeAttribute('aria-label');
      el.textContent = '';
    }
    const m = readInviteModal(b);
    expect(m?.sendButton).toBeUndefined();
    expect(m?.noteBox).toBeDefined();
  });
});
