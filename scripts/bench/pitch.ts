// analyzeDraft speed as a ratio to `text.toLowerCase().split(/\s+/)` on the same text, same run.
import { analyzeDraft } from '../../src/core/pitch/index.js';
import type { BenchRow } from './types.js';

/** A realistic connection note: exactly 300 characters (LinkedIn's cap), a pitch, with an emoji and a link. */
const NOTE =
  "Hi Sophie, congrats on the new role! 🎉 Since you're now leading marketing at Brightline Labs, I'd love to introduce our attribution platform. We help B2B teams like yours cut reporting time in half, so you can see which campaigns drive pipeline. Worth a 15-min call next week? calendly.com/joe/15min";
const PARAS = [
  'Thanks again for taking the time to talk last Tuesday. I came away with a long list of ideas, especially around how you structure your weekly pipeline review. ',
  "The reason I'm writing: at Loopwise we've built a coaching platform that listens to sales calls and gives reps feedback within minutes. Would you be open to a 20-minute demo next week? ",
  'Hola Laura, me encantó tu publicación sobre la incorporación de nuevos comerciales. ¿Tendrías 15 minutos para una llamada? 🙂\n\n',
  'I loved your recent post about leaving a big company to join an early-stage startup, especially the part about learning to live with ambiguity.\n\n',
];

function makeMessage(len: number): string {
  let s = '';
  for (let i = 0; s.length < len; i++) s += PARAS[i % PARAS.length] ?? '';
  return s.slice(0, len);
}

let sink = 0;
const baseline = (t: string): void => {
  sink += t.toLowerCase().split(/\s+/).length;
};
const subject = (t: string): void => {
  sink += analyzeDraft(t).signals.length;
};

/** Median ns per call over several timed rounds. */
function time(fn: (t: string) => void, text: string, iters: number, rounds = 9): number {
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iters; i++) fn(text);
    per.push(Number(process.hrtime.bigint() - t0) / iters);
  }
  per.sort((a, b) => a - b);
  return per[Math.floor(per.length / 2)] ?? 0;
}

function row(what: string, text: string, iters: number): BenchRow {
  for (let i = 0; i < iters; i++) {
    baseline(text);
    subject(text);
  }
  // Interleave rounds so drift hits both sides equally.
  const ratios: number[] = [];
  let ours = 0;
  for (let k = 0; k < 5; k++) {
    const b = time(baseline, text, iters);
    ours = time(subject, text, iters);
    ratios.push(ours / b);
  }
  ratios.sort((a, b) => a - b);
  const ratio = ratios[2] ?? 0;
  return {
    what,
    measured: `${ratio.toFixed(2)}× baseline (${(ours / 1e6).toFixed(4)} ms)`,
    budget: '≤ 3× `toLowerCase().split(/\\s+/)`',
    ok: ratio <= 3,
  };
}

export default async function bench(): Promise<BenchRow[]> {
  const rows = [row(`analyzeDraft, ${NOTE.length}-char note`, NOTE, 20000), row('analyzeDraft, 8,000-char message', makeMessage(8000), 800)];
  if (sink === -1) process.stderr.write('');
  return rows;
}
