/**
 * Blind evaluation of the pitch detector against tests/corpus-blind/blind.jsonl.
 *
 *   npx tsx tests/corpus-blind/evaluate.ts            # metrics table
 *   npx tsx tests/corpus-blind/evaluate.ts --misses   # + every misclassified text with its signals
 *
 * The language hint is deliberately NOT passed, so language detection is exercised too.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeDraft } from "../../src/core/pitch/index.js";

type Lang = "en" | "es" | "fr" | "de" | "pt";
type Kind = "note" | "message";
interface Item {
  id: string;
  text: string;
  lang: Lang;
  kind: Kind;
  pitch: boolean;
}
interface Signal {
  start: number;
  end: number;
  rule: string;
  label: string;
}
interface Result {
  item: Item;
  predicted: boolean;
  score: number;
  detectedLang: string;
  signals: Signal[];
}

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, "blind.jsonl");
const items: Item[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l, i) => {
    try {
      return JSON.parse(l) as Item;
    } catch (e) {
      throw new Error(`blind.jsonl line ${i + 1}: ${(e as Error).message}`);
    }
  });

const results: Result[] = items.map((item) => {
  // Only `kind` is passed; no `lang` hint.
  const r = analyzeDraft(item.text, { kind: item.kind }) as {
    pitch: boolean;
    score: number;
    lang: string;
    signals: Signal[];
  };
  return {
    item,
    predicted: r.pitch,
    score: r.score,
    detectedLang: r.lang,
    signals: r.signals ?? [],
  };
});

interface Row {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  langOk: number;
}
function tally(rs: Result[]): Row {
  const row: Row = { n: rs.length, tp: 0, fp: 0, fn: 0, tn: 0, langOk: 0 };
  for (const r of rs) {
    if (r.item.pitch && r.predicted) row.tp++;
    else if (!r.item.pitch && r.predicted) row.fp++;
    else if (r.item.pitch && !r.predicted) row.fn++;
    else row.tn++;
    if (r.detectedLang === r.item.lang) row.langOk++;
  }
  return row;
}
const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);
const pct = (x: number): string => (Number.isNaN(x) ? "   n/a" : `${(x * 100).toFixed(1).padStart(5)}%`);

function line(name: string, row: Row): string {
  const precision = ratio(row.tp, row.tp + row.fp);
  const recall = ratio(row.tp, row.tp + row.fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  const warmFlag = ratio(row.fp, row.fp + row.tn);
  const acc = ratio(row.tp + row.tn, row.n);
  const langAcc = ratio(row.langOk, row.n);
  return [
    name.padEnd(12),
    String(row.n).padStart(4),
    `${row.tp}/${row.fp}/${row.fn}/${row.tn}`.padStart(14),
    pct(precision),
    pct(recall),
    pct(f1),
    pct(warmFlag),
    pct(acc),
    pct(langAcc),
  ].join("  ");
}

const header = [
  "slice".padEnd(12),
  "   n",
  "   TP/FP/FN/TN",
  "  prec",
  "   rec",
  "    F1",
  " warm→",
  "   acc",
  "  lang",
].join("  ");

console.log(`Blind corpus: ${items.length} texts (${file})`);
console.log("warm→ = share of warm texts flagged as pitch; lang = language-detection accuracy (no hint passed)\n");
console.log(header);
console.log("-".repeat(header.length));
const langs: Lang[] = ["en", "es", "fr", "de", "pt"];
for (const lang of langs) console.log(line(lang, tally(results.filter((r) => r.item.lang === lang))));
console.log("-".repeat(header.length));
for (const kind of ["note", "message"] as Kind[]) console.log(line(`(${kind})`, tally(results.filter((r) => r.item.kind === kind))));
console.log(line("OVERALL", tally(results)));

// Language confusion summary
const confusion = new Map<string, number>();
for (const r of results) {
  if (r.detectedLang !== r.item.lang) {
    const k = `${r.item.lang}→${r.detectedLang}`;
    confusion.set(k, (confusion.get(k) ?? 0) + 1);
  }
}
if (confusion.size > 0) {
  console.log("\nLanguage misdetections: " + [...confusion].map(([k, v]) => `${k} ×${v}`).join(", "));
}

if (process.argv.includes("--misses")) {
  const misses = results.filter((r) => r.predicted !== r.item.pitch);
  console.log(`\n=== ${misses.length} misclassified texts ===`);
  for (const r of misses) {
    const what = r.item.pitch ? "MISSED PITCH (FN)" : "WARM FLAGGED (FP)";
    console.log(
      `\n--- ${r.item.id} [${r.item.lang}/${r.item.kind}] ${what}  score=${r.score}  detectedLang=${r.detectedLang}`,
    );
    console.log(r.item.text);
    if (r.signals.length === 0) console.log("  signals: (none)");
    for (const s of r.signals) {
      const span = r.item.text.slice(s.start, s.end).replace(/\s+/g, " ");
      console.log(`  signal ${s.rule} (${s.label}): "${span}"`);
    }
  }
}
