import { describe, expect, it } from 'vitest';
import {
  degreeNumber,
  inviteLabelName,
  isLabel,
  pageLang,
  parseClock,
  parseConnectedText,
  parseDayHeading,
  startsWithLabel,
} from '../../../src/content/linkedin/strings.js';
import { at } from './helpers.js';

describe('labels', () => {
  it('match exactly, in every language', () => {
    expect(isLabel('Send', 'sendInvitation')).toBe(true);
    expect(isLabel('Send without a note', 'sendInvitation')).toBe(false);
    expect(isLabel('  send  WITHOUT a note ', 'sendWithoutNote')).toBe(true);
    for (const l of ['Connect', 'Vernetzen', 'Se connecter', 'Conectar']) expect(isLabel(l, 'connect')).toBe(true);
    for (const l of ['Pending', 'Ausstehend', 'En attente', 'Pendiente', 'Pendente']) expect(isLabel(l, 'pending')).toBe(true);
    expect(isLabel('Connections', 'connect')).toBe(false);
    expect(isLabel('Envoyer l’invitation', 'sendInvitation')).toBe(true); // U+2019 apostrophe
  });
  it('aria-label prefixes', () => {
    expect(startsWithLabel('Pending, click to withdraw invitation sent to Jane', 'pending')).toBe(true);
    expect(startsWithLabel('Pendingly', 'pending')).toBe(false);
  });
  it('invite labels name the person', () => {
    expect(inviteLabelName('Invite Jane Doe to connect')).toBe('jane doe');
    expect(inviteLabelName('Jürgen Müller einladen, sich mit Ihnen zu vernetzen')).toBe('jürgen müller');
    expect(inviteLabelName('Inviter Amélie Durand à rejoindre votre réseau')).toBe('amélie durand');
    expect(inviteLabelName('Invitar a María García a conectar')).toBe('maría garcía');
    expect(inviteLabelName('Convidar João Silva para se conectar')).toBe('joão silva');
    expect(inviteLabelName('Message Jane')).toBeUndefined();
  });
});

describe('degree markers', () => {
  it.each([
    ['· 1st', 1], ['• 2nd', 2], ['· 3rd+', 3], ['· 1.', 1], ['· 3.+', 3], ['· 1er', 1], ['· 2e', 2], ['• 3e+', 3],
    ['· 1º', 1], ['· 2.º', 2], ['· 1°', 1], ['Jane Doe · 2nd She/Her', 2],
  ])('%s → %i', (text, n) => expect(degreeNumber(text, true)).toBe(n));
  it.each(['· 1 mutual connection', '500+ connections', '· 12 followers', '1st'])('%s is not a bulleted degree', (t) =>
    expect(degreeNumber(t, true)).toBeUndefined(),
  );
  it('badges without bullets', () => {
    expect(degreeNumber('1st', false)).toBe(1);
    expect(degreeNumber('2.', false)).toBe(2);
    expect(degreeNumber('3rd+', false)).toBe(3);
    expect(degreeNumber('Founder', false)).toBeUndefined();
  });
});

describe('dates', () => {
  const now = new Date(2026, 0, 8, 12); // Thursday
  it.each([
    ['TODAY', at(2026, 1, 8)], ['YESTERDAY', at(2026, 1, 7)], ['HEUTE', at(2026, 1, 8)], ['GESTERN', at(2026, 1, 7)],
    ['AUJOURD’HUI', at(2026, 1, 8)], ['HIER', at(2026, 1, 7)], ['HOY', at(2026, 1, 8)], ['AYER', at(2026, 1, 7)],
    ['HOJE', at(2026, 1, 8)], ['ONTEM', at(2026, 1, 7)],
    ['MONDAY', at(2026, 1, 5)], ['THURSDAY', at(2026, 1, 1)], ['MONTAG', at(2026, 1, 5)], ['LUNDI', at(2026, 1, 5)],
    ['MIÉRCOLES', at(2026, 1, 7)], ['SEGUNDA-FEIRA', at(2026, 1, 5)],
    ['JAN 3', at(2026, 1, 3)], ['AUG 3', at(2025, 8, 3)], ['AUG 3, 2024', at(2024, 8, 3)], ['3. AUG.', at(2025, 8, 3)],
    ['3 AOÛT', at(2025, 8, 3)], ['3 DE AGO.', at(2025, 8, 3)], ['12. DEZ.', at(2025, 12, 12)], ['2 JUIL. 2025', at(2025, 7, 2)],
    ['5 JUIN', at(2025, 6, 5)], ['1 MÄRZ', at(2025, 3, 1)],
  ])('heading %s', (text, day) => expect(parseDayHeading(text, now, undefined)).toBe(day));

  it('ambiguous weekday abbreviations follow the page language', () => {
    expect(parseDayHeading('DI.', now, 'de')).toBe(at(2026, 1, 6)); // Dienstag
    expect(parseDayHeading('DI.', now, 'fr')).toBe(at(2026, 1, 4)); // dimanche
    expect(parseDayHeading('nonsense', now, 'en')).toBeNull();
  });

  it.each([
    ['2:38 AM', 158], ['2:38 PM', 878], ['12:01 AM', 1], ['12:30 PM', 750], ['14:38', 878], ['09:05', 545], ['2.38 p. m.', 878], ['14 h 38', 878],
  ])('clock %s', (text, min) => expect(parseClock(text)).toBe(min));
  it('bad clocks', () => {
    expect(parseClock('')).toBeNull();
    expect(parseClock('25:00')).toBeNull();
  });

  it.each([
    ['Connected 3 weeks ago', at(2025, 12, 18), 'week'],
    ['Connected a month ago', at(2025, 12, 8), 'month'],
    ['Connected 1 year ago', at(2025, 1, 8), 'year'],
    ['Connected 5 days ago', at(2026, 1, 3), 'day'],
    ['Vor 2 Wochen vernetzt', at(2025, 12, 25), 'week'],
    ['Vor einem Monat vernetzt', at(2025, 12, 8), 'month'],
    ['Relation établie il y a 2 mois', at(2025, 11, 8), 'month'],
    ['Conectado hace 3 semanas', at(2025, 12, 18), 'week'],
    ['Conectado há 2 anos', at(2024, 1, 8), 'year'],
    ['Connected on March 5, 2026', at(2026, 3, 5), 'day'],
    ['Verbunden am 12. Juni 2026', at(2026, 6, 12), 'day'],
    ['Relation établie le 5 mars 2026', at(2026, 3, 5), 'day'],
    ['Conectado el 5 de marzo de 2026', at(2026, 3, 5), 'day'],
    ['Conectado em 5 de março de 2026', at(2026, 3, 5), 'day'],
  ])('%s', (text, day, precision) => expect(parseConnectedText(text, now)).toEqual({ at: day, precision }));
  it('unparseable connection text', () => expect(parseConnectedText('Founder at Acme', now)).toBeNull());
});

describe('pageLang', () => {
  it('reads <html lang> with fallbacks', () => {
    const doc = (lang: string): Document => new DOMParser().parseFromString(`<html lang="${lang}"><body></body></html>`, 'text/html');
    expect(pageLang(doc('de-DE'))).toBe('de');
    expect(pageLang(doc('pt_BR'))).toBe('pt');
    expect(pageLang(doc('FR'))).toBe('fr');
    expect(['en', 'de', 'fr', 'es', 'pt']).toContain(pageLang(doc('')));
    expect(['en', 'de', 'fr', 'es', 'pt']).toContain(pageLang(doc('ja')));
  });
});
