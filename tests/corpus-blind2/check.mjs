// Sanity checks for blind2.jsonl (does NOT run any detector).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const rows = readFileSync(join(here, 'blind2.jsonl'), 'utf8').trim().split('\n').map((l, i) => {
  try { return JSON.parse(l); } catch { throw new Error(`line ${i + 1}: invalid JSON`); }
});
const errors = [];
const LANGS = ['en', 'es', 'fr', 'de', 'pt'];
const ids = new Set();
const texts = new Map();
const norm = (t) => t.toLowerCase().replace(/\s+/g, ' ').trim();
const stats = {};
for (const r of rows) {
  const keys = Object.keys(r).sort().join(',');
  if (keys !== 'hard,id,kind,lang,pitch,text') errors.push(`${r.id}: keys ${keys}`);
  if (!LANGS.includes(r.lang)) errors.push(`${r.id}: lang ${r.lang}`);
  if (!['note', 'message'].includes(r.kind)) errors.push(`${r.id}: kind ${r.kind}`);
  if (typeof r.pitch !== 'boolean' || typeof r.hard !== 'boolean') errors.push(`${r.id}: non-boolean label`);
  if (ids.has(r.id)) errors.push(`duplicate id ${r.id}`);
  ids.add(r.id);
  const len = [...r.text].length;
  if (r.kind === 'note' && len > 300) errors.push(`${r.id}: note has ${len} chars (> 300)`);
  if (r.kind === 'message' && (len < 60 || len > 2500)) errors.push(`${r.id}: message has ${len} chars (not 60-2500)`);
  const k = norm(r.text);
  if (texts.has(k)) errors.push(`${r.id}: duplicate text of ${texts.get(k)}`);
  texts.set(k, r.id);
  const s = (stats[r.lang] ??= { total: 0, pitch: 0, warm: 0, note: 0, message: 0, hard: 0, long: 0,
    'pitch/note': 0, 'pitch/message': 0, 'warm/note': 0, 'warm/message': 0, 'hard/pitch': 0, 'hard/warm': 0 });
  s.total++; s[r.pitch ? 'pitch' : 'warm']++; s[r.kind]++;
  s[`${r.pitch ? 'pitch' : 'warm'}/${r.kind}`]++;
  if (r.hard) { s.hard++; s[`hard/${r.pitch ? 'pitch' : 'warm'}`]++; }
  if (r.kind === 'message' && len > 1200) s.long++;
}
// near-duplicate check: same first 60 normalised chars
const prefixes = new Map();
for (const r of rows) {
  const p = norm(r.text).slice(0, 60);
  if (prefixes.has(p)) errors.push(`${r.id}: same opening as ${prefixes.get(p)}`);
  prefixes.set(p, r.id);
}
for (const lang of LANGS) {
  const s = stats[lang];
  if (!s) { errors.push(`${lang}: missing`); continue; }
  if (s.total < 90) errors.push(`${lang}: only ${s.total} texts`);
  if (s.pitch !== s.warm) errors.push(`${lang}: pitch ${s.pitch} != warm ${s.warm}`);
  if (s.long < 5) errors.push(`${lang}: only ${s.long} messages > 1200 chars`);
  const hardShare = s.hard / s.total;
  if (hardShare < 0.33 || hardShare > 0.47) errors.push(`${lang}: hard share ${(hardShare * 100).toFixed(0)}%`);
}
console.table(stats);
const tot = rows.length, p = rows.filter((r) => r.pitch).length, h = rows.filter((r) => r.hard).length;
console.log(`total ${tot}: pitch ${p}, warm ${tot - p}, hard ${h} (${((h / tot) * 100).toFixed(1)}%), notes ${rows.filter((r) => r.kind === 'note').length}, messages ${rows.filter((r) => r.kind === 'message').length}`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log('OK');
