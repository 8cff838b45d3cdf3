// Builds tests/corpus/pitch.jsonl from the hand-written sources (deterministic).
// Run: npx tsx tests/corpus/generate.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/core/types.js';
import type { LangSource } from './source-types.js';
import { en } from './source-en.js';
import { es } from './source-es.js';
import { fr } from './source-fr.js';
import { de } from './source-de.js';
import { pt } from './source-pt.js';

export interface CorpusRow {
  id: string;
  text: string;
  lang: Lang;
  kind: 'note' | 'message';
  pitch: boolean;
  hard: boolean;
  split: 'train' | 'heldout';
}

/** Small deterministic PRNG (mulberry32) so the corpus never changes between runs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stripAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const EMOJI = ['🙂', '🚀', '👋', '🙏', '✨', '😊', '👍', '🔥'];
const SALESY = /call|demo|pric|preci|prix|tarif|preis|meeting|reuni|appel|llamad|telefon|gespr|agenda|rendez|termin/i;

/** Hard variants: how people really type (lowercase, no accents, emoji, line breaks, typos). */
function variant(text: string, r: () => number): string {
  const pick = Math.floor(r() * 4);
  if (pick === 0) return stripAccents(text.toLowerCase());
  if (pick === 1) return text.replace(/([.!?]) /, `$1 ${EMOJI[Math.floor(r() * EMOJI.length)] ?? ''}\n\n`) + ' ' + (EMOJI[Math.floor(r() * EMOJI.length)] ?? '');
  if (pick === 2) return text.replace(/calendar/gi, 'calender').replace(/ the /g, ' teh ').replace(/ que /g, ' q ').replace(/ você /g, ' vc ');
  return text.toLowerCase().replace(/[.!]$/, '');
}

function buildMessage(src: LangSource, r: () => number, pitchPara: string | undefined): string {
  const warm = [...src.warmParagraphs].sort(() => r() - 0.5);
  const n = 4 + Math.floor(r() * 3);
  const paras = warm.slice(0, n);
  // Keep long messages long (1,000+ characters) even when paragraphs are short.
  for (let k = n; paras.join('').length < 1000 && k < warm.length; k++) paras.push(warm[k] ?? '');
  // Pitches in long messages mostly hide in paragraph 2, sometimes 3.
  if (pitchPara) paras.splice(r() < 0.7 ? 1 : 2, 0, pitchPara);
  const greet = src.greetings[Math.floor(r() * src.greetings.length)] ?? '';
  const close = src.closings[Math.floor(r() * src.closings.length)] ?? '';
  return [greet, ...paras, close].join('\n\n');
}

export function buildCorpus(): CorpusRow[] {
  const rows: CorpusRow[] = [];
  const sources: [Lang, LangSource][] = [['en', en], ['es', es], ['fr', fr], ['de', de], ['pt', pt]];
  for (const [lang, src] of sources) {
    const r = rng(lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
    const notes: [string, boolean][] = [
      ...src.pitchNotes.map((t): [string, boolean] => [t, true]),
      ...src.warmNotes.map((t): [string, boolean] => [t, false]),
    ];
    notes.forEach(([text, pitch], i) => {
      const split = i % 10 < 3 ? 'heldout' : 'train';
      const lower = text === text.toLowerCase();
      const hard = lower || (!pitch && SALESY.test(text)) || (pitch && !SALESY.test(text));
      rows.push({ id: `${lang}-n${i}`, text, lang, kind: 'note', pitch, hard, split });
      if (r() < 0.8) {
        const v = variant(text, r);
        rows.push({ id: `${lang}-n${i}v`, text: v, lang, kind: 'note', pitch, hard: hard || v === v.toLowerCase(), split });
      }
    });
    for (let i = 0; i < 38; i++) {
      const pitch = i % 2 === 0;
      const para = pitch ? src.pitchParagraphs[(i / 2) % src.pitchParagraphs.length] : undefined;
      const text = buildMessage(src, r, para);
      rows.push({ id: `${lang}-m${i}`, text, lang, kind: 'message', pitch, hard: pitch && i % 4 === 0, split: i % 10 < 3 ? 'heldout' : 'train' });
    }
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = buildCorpus();
  const out = fileURLToPath(new URL('./pitch.jsonl', import.meta.url));
  writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const by = (f: (r: CorpusRow) => boolean): number => rows.filter(f).length;
  process.stdout.write(`${rows.length} rows, pitch ${by((r) => r.pitch)}, hard ${by((r) => r.hard)}, heldout ${by((r) => r.split === 'heldout')}\n`);
  for (const l of ['en', 'es', 'fr', 'de', 'pt']) process.stdout.write(`${l}: ${by((r) => r.lang === l)}  `);
  process.stdout.write(`\nmessage lengths: ${rows.filter((r) => r.kind === 'message').map((r) => r.text.length).sort((a, b) => a - b).filter((_, i, a) => i === 0 || i === a.length - 1).join('..')}\n`);
}
