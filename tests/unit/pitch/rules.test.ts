// Rule families fire on pitches and stay quiet on warm look-alikes, per language; language detection.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexiconSource } from '../../../src/core/pitch/compile.js';
import { analyzeDraft, PITCH_RULES } from '../../../src/core/pitch/index.js';

const rulesOf = (t: string): string[] => analyzeDraft(t).signals.map((s) => s.rule);

// [language, rule, pitch example, warm counter-example]
const CASES: [string, string, string, string][] = [
  ['en', 'meeting-ask', 'We built a tool for recruiters. Would you be open to a quick call next week?', 'Thanks for our call yesterday, it was great.'],
  ['en', 'demo-offer', 'Can I show you a quick demo of our platform this week?', 'Loved the demo you gave at the meetup!'],
  ['en', 'pricing', 'Our pricing starts at $49 per seat. Want me to send it over?', 'Which pricing model did you pick in the end?'],
  ['en', 'calendar-link', 'Grab a slot here: calendly.com/joe/15min', 'Here is the article I mentioned: https://hbr.org/pricing'],
  ['en', 'right-person', 'Are you the right person to talk to about your CRM?', 'Congrats on the new role, well deserved!'],
  ['es', 'meeting-ask', 'Ayudamos a empresas como la tuya. ¿Te vendría bien una llamada de 15 minutos?', 'Gracias por la llamada de ayer, me ayudó mucho.'],
  ['es', 'trial-offer', 'Prueba gratis durante 14 días nuestro CRM, sin tarjeta.', '¡Enhorabuena por la ronda de financiación!'],
  ['es', 'we-help', 'Ayudamos a empresas de software a reducir costes. ¿Te interesa?', 'Me encantó tu publicación sobre liderazgo.'],
  ['fr', 'demo-offer', 'Nous avons développé un outil RH. Je peux vous faire une démo rapide ?', "J'ai adoré la démo que vous avez faite au meetup."],
  ['fr', 'agency-offer', 'Nous sommes une agence de génération de leads. Ça vous intéresse ?', 'Merci pour votre commentaire sur mon post !'],
  ['fr', 'right-person', 'Êtes-vous la bonne personne pour parler de vos outils RH ?', 'Félicitations pour le nouveau poste !'],
  ['de', 'meeting-ask', 'Wir helfen SaaS-Unternehmen. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?', 'Danke für unser Telefonat gestern.'],
  ['de', 'trial-offer', 'Teste unser CRM 14 Tage kostenlos, ohne Kreditkarte.', 'Herzlichen Glückwunsch zur Finanzierungsrunde!'],
  ['de', 'case-study', 'Wir haben die Einarbeitungszeit bei Acme halbiert. Lust auf einen kurzen Austausch?', 'Dein Beitrag über Recruiting hat mir sehr gefallen.'],
  ['pt', 'meeting-ask', 'Ajudamos empresas como a sua. Podemos marcar uma call rápida na terça?', 'Obrigado pela nossa call de ontem.'],
  ['pt', 'agency-offer', 'Somos uma agência de geração de leads. Tem interesse?', 'Parabéns pela rodada de investimento!'],
  ['pt', 'pricing', 'Até sexta temos 30% de desconto nos planos anuais.', 'Qual modelo de preços vocês escolheram no fim?'],
];

describe('rule families', () => {
  it('exports a small, stable rule list with labels and examples', () => {
    expect(PITCH_RULES.length).toBeGreaterThanOrEqual(10);
    expect(PITCH_RULES.length).toBeLessThanOrEqual(15);
    for (const r of PITCH_RULES) expect(r.label && r.description && r.examples.length).toBeTruthy();
  });
  for (const [lang, rule, pitch, warm] of CASES) {
    it(`${lang} ${rule}`, () => {
      expect(rulesOf(pitch)).toContain(rule);
      expect(analyzeDraft(pitch).pitch).toBe(true);
      expect(analyzeDraft(warm).pitch).toBe(false);
    });
  }
});

describe('language detection', () => {
  const samples: [string, string][] = [
    ['en', 'Thanks for connecting, I enjoyed your post about hiring.'],
    ['es', 'Gracias por conectar, me gustó mucho tu publicación sobre contratación.'],
    ['fr', 'Merci pour la connexion, j’ai beaucoup aimé votre publication sur le recrutement.'],
    ['de', 'Danke für die Vernetzung, ich habe Ihren Beitrag über Recruiting sehr gern gelesen.'],
    ['pt', 'Obrigado pela conexão, gostei muito do seu post sobre contratação.'],
    ['und', 'Спасибо за контакт! calendly.com/ivan/15min'],
  ];
  for (const [lang, text] of samples) it(`detects ${lang}`, () => expect(analyzeDraft(text).lang).toBe(lang));
  it('a hint overrides detection', () => expect(analyzeDraft('Thanks for connecting!', { lang: 'de' }).lang).toBe('de'));
  it('unsupported languages still catch universal signals', () => {
    const a = analyzeDraft('Спасибо за контакт! calendly.com/ivan/15min');
    expect(a.signals.map((s) => s.rule)).toContain('calendar-link');
    expect(a.pitch).toBe(true);
  });
});

describe('prices', () => {
  it('a currency symbol in front counts, the span starting at the amount', () => {
    const text = 'Plans from $49/month, or £12 a seat.';
    const spans = analyzeDraft(text).signals.filter((s) => s.rule === 'pricing').map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['49/month', '12']);
  });
  it('so do currency codes and amounts per unit', () => {
    expect(rulesOf('La inclusión premium cuesta USD 490 e incluye logo.')).toContain('pricing');
    expect(rulesOf('Notre tarif : 450 €/heure.')).toContain('pricing');
  });
  it('every pattern must start at a word (the scan tests no other position)', () => {
    expect(() => compileLexiconSource([{ pricing: '\\$\\d+' }], ['pricing'])).toThrow(/must start at a word/);
  });
});

describe('explanations', () => {
  const load = (path: string): { text: string }[] =>
    readFileSync(new URL(path, import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string });
  const texts = [...load('../../corpus/extra3.jsonl'), ...load('../../corpus-blind/blind.jsonl')].map((r) => r.text);

  it('every draft flagged as a pitch shows at least one reason', () => {
    for (const text of texts) {
      const a = analyzeDraft(text);
      if (a.pitch) expect(a.signals.length, text).toBeGreaterThan(0);
    }
  });
  it('a pitch no phrase explains is shown by one of its sentences, "reads like a sales pitch"', () => {
    let seen = 0;
    for (const text of texts) {
      const a = analyzeDraft(text);
      for (const s of a.signals.filter((x) => x.rule === 'sales-wording')) {
        seen++;
        expect(a.signals).toHaveLength(1);
        const sentence = text.slice(s.start, s.end);
        expect(sentence.trim()).toBe(sentence);
        expect(sentence).not.toMatch(/[.!?\n]/);
        expect(s.label).toBe('reads like a sales pitch');
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
  it('warm drafts never get one', () => {
    expect(analyzeDraft('Congrats on the new role, well deserved!').signals).toEqual([]);
  });
});
