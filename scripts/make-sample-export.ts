// A realistic synthetic LinkedIn data export (invented names, no real people), deterministic
// per seed, with the quirks real files have: Connections.csv preamble and BOM and no final
// newline, quoted commas, doubled quotes, multi-line and HTML message bodies, semicolon-joined
// recipients, sponsored rows, drafts, hidden profiles, CRLF Invitations.csv.
//
//   npx tsx scripts/make-sample-export.ts [--connections 300] [--messages 1500] [--seed 7] [--out samples]
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Zip, ZipDeflate } from 'fflate';

export interface SampleOptions {
  connections: number;
  messages: number;
  seed: number;
  /** The export's date (YYYY-MM-DD): every date in it lies before. */
  exportedOn: string;
}

export const DEFAULT_SAMPLE: SampleOptions = { connections: 300, messages: 1500, seed: 7, exportedOn: '2026-01-15' };

export interface SampleFile {
  name: string;
  /** The file's text in pieces, so 200,000 messages never sit in memory at once. */
  chunks: () => Generator<string>;
}

const FIRST = ['Avery', 'Blake', 'Casey', 'Dana', 'Elliot', 'Frankie', 'Gray', 'Harper', 'Indy', 'Jordan', 'Kai', 'Logan', 'Morgan', 'Noor', 'Oakley', 'Parker', 'Quinn', 'Reese', 'Sage', 'Tatum', 'Umi', 'Vale', 'Wren', 'Xiu', 'Yael', 'Zion', 'Émile', 'Søren', 'Zoë', 'Mateo'];
const LAST = ['Ashdown', 'Brightwater', 'Calloway', 'Dunmore', 'Everly', 'Fairbanks', 'Glenhaven', 'Holloway', 'Ironwood', 'Jessup', 'Kingsley', 'Lockhart', 'Merriweather', "O'Dell", 'Pembrook', 'Quill', 'Ravensworth', 'Stillwater', 'Thornbury', 'Underhill', 'Vantongeren', 'Whitlock', 'Yarrow', 'Zeller'];
const COMPANIES = ['Acme Analytics', 'Globex, Inc.', 'Initech', 'Umbrella Logistics', 'Hooli', 'Vandelay Industries', 'Stark & Wayne LLC', 'Cyberdyne Systems', 'Soylent "Green" Foods', 'Wonka Confections', 'Tyrell Corp', 'Nakatomi Trading'];
const POSITIONS = ['Head of Operations', 'VP Sales', 'Procurement Manager', 'CTO', 'Marketing Lead', 'Founder & CEO', 'Data Engineer', 'Office Manager'];

const WARM = [
  'Thanks for connecting, {first}! Enjoyed your post about remote teams.',
  'Hi {first}, great to be connected. How is the new role at {company} going?',
  'Congrats on the work anniversary, {first}!',
  '<p>Hi {first},</p><p>Loved your talk at the meetup &amp; the slides.</p>',
  'Good to meet you, {first}. Curious: what is the hardest part of {position} right now?',
];
const PITCHES = [
  'Hi {first}, we help companies like {company} cut cloud costs by 30%. Do you have 15 minutes for a quick call next week?',
  'Hi {first},\nI wanted to introduce our platform: it automates invoicing.\nCan I book a demo with you on Thursday?',
  '{first}, quick question — are you the right person to talk to about purchasing our software? Happy to send pricing.',
  '<p>Hello {first},</p><p>Our solution boosts sales pipeline by 3x. Would you be open to a 20-minute demo?</p><p>Book here: https://calendly.com/sample-rep/demo</p>',
  'Hi {first}, I\'d love to show you how our product saves "hours" every week. Free trial this month — interested?',
];
const REPLIES = ['Thanks, likewise!', 'Not interested, thanks.', 'Sure, send me some times.', 'Hi! Good to connect.\nLet me think about it.', 'We already have a vendor for that.'];
const NOTES_WARM = ['Hi {first}, we met at the SaaS meetup — would be glad to stay in touch.', 'Enjoyed your article on hiring, {first}. Let\'s connect!'];
const NOTES_PITCH = ['Hi {first}, we help teams like {company} double their leads. Open to a quick call this week?', '{first}, I\'d love to show you a demo of our platform — 15 minutes?'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;
const OWNER = { first: 'Alex', last: 'Sample', slug: 'alex-sample-0a1b2c' };

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

function q(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** CSV field: quoted only when it must be (Connections.csv and Invitations.csv style). */
function f(s: string): string {
  return /[",\r\n]/.test(s) ? q(s) : s;
}

interface Person {
  first: string;
  last: string;
  slug: string;
  company: string;
  position: string;
  /** UTC ms of the connection day (noon, so local dates agree in any zone within ±11 h). */
  connected: number;
  hidden: boolean;
}

function fill(template: string, p: Person): string {
  return template.replace(/\{first\}/g, p.first).replace(/\{company\}/g, p.company).replace(/\{position\}/g, p.position);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

function connectedOn(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function sentAt(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${h % 12 || 12}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}

const url = (slug: string): string => `https://www.linkedin.com/in/${slug}`;

export function sampleExport(options: SampleOptions = DEFAULT_SAMPLE): SampleFile[] {
  const end = Date.parse(`${options.exportedOn}T12:00:00Z`);
  const people = (): Person[] => {
    const r = rng(options.seed);
    const out: Person[] = [];
    for (let i = 0; i < options.connections; i++) {
      const first = FIRST[Math.floor(r() * FIRST.length)]!;
      const last = LAST[Math.floor(r() * LAST.length)]!;
      const slug = `${first}-${last}`.toLowerCase().normalize('NFD').replace(/[^a-z-]/g, '') + `-${(i + 1).toString(36)}${Math.floor(r() * 1296).toString(36)}`;
      out.push({
        first,
        last,
        slug,
        company: COMPANIES[Math.floor(r() * COMPANIES.length)]!,
        position: POSITIONS[Math.floor(r() * POSITIONS.length)]!,
        connected: end - Math.floor(r() * 3 * 365 + 1) * DAY,
        hidden: r() < 0.01,
      });
    }
    return out;
  };

  function* connections(): Generator<string> {
    yield '\uFEFFNotes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';
    yield 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    for (const p of people()) {
      const row = p.hidden
        ? `,,,,,,${connectedOn(p.connected)}`
        : [p.first, p.last, url(p.slug), '', p.company, p.position, connectedOn(p.connected)].map(f).join(',');
      yield `\n${row}`; // no final newline, like LinkedIn's file
    }
  }

  function* messages(): Generator<string> {
    const r = rng(options.seed + 1);
    const list = people().filter((p) => !p.hidden);
    yield '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT","IS CONVERSATION DRAFT"\n';
    const me = `${OWNER.first} ${OWNER.last}`;
    const row = (conv: string, from: string, fromUrl: string, to: string, toUrls: string, at: number, content: string, draft = false): string =>
      [conv, '', from, fromUrl, to, toUrls, utcStamp(at), '', content, 'INBOX', '', draft ? 'Yes' : 'No', 'No'].map(q).join(',') + '\n';
    let written = 0;
    let n = 0;
    while (written < options.messages && list.length > 0) {
      const p = list[n++ % list.length]!;
      const conv = `2-${Buffer.from(`${options.seed}:${n}`).toString('base64url')}`;
      const kind = r();
      if (kind < 0.01) {
        // Sponsored / InMail campaign: no sender profile.
        yield row(conv, 'Sponsored by Hooli', '', me, url(OWNER.slug), p.connected + DAY, 'Unlock your potential with Hooli Premium.');
        written++;
        continue;
      }
      if (kind < 0.02 && list.length > 2) {
        const other = list[(n * 7) % list.length]!;
        const to = `${p.first} ${p.last}, ${other.first} ${other.last}`;
        yield row(conv, me, url(OWNER.slug), to, `${url(p.slug)};${url(other.slug)}`, Math.max(p.connected, other.connected) + 3 * DAY, fill(PITCHES[0]!, p));
        written++;
        continue;
      }
      const coldPitch = kind < 0.35;
      const warmThenPitch = !coldPitch && kind < 0.6;
      let at = p.connected + (coldPitch ? Math.floor(r() * 3) : Math.floor(r() * 5)) * DAY + Math.floor(r() * 8 * 3_600_000);
      const perThread = 1 + Math.floor(r() * 6);
      const replyOdds = coldPitch ? 0.15 : 0.45;
      for (let k = 0; k < perThread && written < options.messages; k++) {
        const pitchNow = (coldPitch && k === 0) || (warmThenPitch && k === 2);
        const text = fill(pitchNow ? PITCHES[Math.floor(r() * PITCHES.length)]! : WARM[Math.floor(r() * WARM.length)]!, p);
        if (at > end) break;
        yield row(conv, me, url(OWNER.slug), `${p.first} ${p.last}`, url(p.slug), at, text);
        written++;
        if (r() < replyOdds && written < options.messages) {
          at += Math.floor(r() * 2 * DAY);
          yield row(conv, `${p.first} ${p.last}`, url(p.slug), me, url(OWNER.slug), at, REPLIES[Math.floor(r() * REPLIES.length)]!);
          written++;
        }
        at += (warmThenPitch ? 5 : 2) * DAY + Math.floor(r() * 4 * DAY);
        if (r() < 0.01 && written < options.messages) {
          yield row(conv, me, url(OWNER.slug), `${p.first} ${p.last}`, url(p.slug), at, 'Draft: following up on…', true);
          written++;
        }
      }
    }
  }

  function* invitations(): Generator<string> {
    const r = rng(options.seed + 2);
    yield '\uFEFFFrom,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n';
    const count = Math.max(4, Math.round(options.connections / 10));
    const me = `${OWNER.first} ${OWNER.last}`;
    for (let i = 0; i < count; i++) {
      const first = FIRST[Math.floor(r() * FIRST.length)]!;
      const last = LAST[Math.floor(r() * LAST.length)]!;
      const p: Person = { first, last, slug: `${first}-${last}-inv${i.toString(36)}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9-]/g, ''), company: COMPANIES[i % COMPANIES.length]!, position: '', connected: 0, hidden: false };
      const at = end - Math.floor(r() * 60 * DAY);
      const outgoing = r() < 0.7;
      const roll = r();
      const note = roll < 0.3 ? '' : fill(roll < 0.6 ? NOTES_PITCH[i % NOTES_PITCH.length]! : NOTES_WARM[i % NOTES_WARM.length]!, p);
      const cells = outgoing
        ? [me, `${first} ${last}`, sentAt(at), note, 'OUTGOING', url(OWNER.slug), url(p.slug)]
        : [`${first} ${last}`, me, sentAt(at), note, 'INCOMING', url(p.slug), url(OWNER.slug)];
      yield cells.map(f).join(',') + '\r\n';
    }
  }

  return [
    { name: 'Connections.csv', chunks: connections },
    { name: 'messages.csv', chunks: messages },
    { name: 'Invitations.csv', chunks: invitations },
  ];
}

function exportZipName(exportedOn: string): string {
  const [y, m, d] = exportedOn.split('-');
  return `Basic_LinkedInDataExport_${m}-${d}-${y}.zip`;
}

async function writeAll(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/** Writes the export as a folder of CSVs and as the zip LinkedIn would send; returns both paths. */
export async function writeSampleExport(outDir: string, options: SampleOptions = DEFAULT_SAMPLE): Promise<{ folder: string; zip: string }> {
  const folder = join(outDir, 'linkedin-export');
  await mkdir(folder, { recursive: true });
  const files = sampleExport(options);
  for (const file of files) await writeAll(createWriteStream(join(folder, file.name)), file.chunks());

  const zipPath = join(outDir, exportZipName(options.exportedOn));
  const out = createWriteStream(zipPath);
  const pending: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failed = err;
    else pending.push(data);
  });
  const mtime = new Date(`${options.exportedOn}T12:00:00Z`);
  const encoder = new TextEncoder();
  const flush = async (): Promise<void> => {
    while (pending.length > 0) if (!out.write(pending.shift()!)) await new Promise<void>((r) => out.once('drain', () => r()));
    if (failed) throw failed;
  };
  for (const file of files) {
    const entry = new ZipDeflate(file.name, { level: 6 });
    entry.mtime = mtime; // fixed, so the same seed gives the same bytes
    zip.add(entry);
    let buffered = '';
    for (const chunk of file.chunks()) {
      buffered += chunk;
      if (buffered.length >= 64 * 1024) {
        entry.push(encoder.encode(buffered));
        buffered = '';
        await flush();
      }
    }
    entry.push(encoder.encode(buffered), true);
    await flush();
  }
  zip.end();
  await flush();
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { folder, zip: zipPath };
}

function parseCli(args: string[]): SampleOptions & { out: string } {
  const opts = { ...DEFAULT_SAMPLE, out: 'samples' };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1] ?? ''];
    if (flag === '--connections') opts.connections = Number(value);
    else if (flag === '--messages') opts.messages = Number(value);
    else if (flag === '--seed') opts.seed = Number(value);
    else if (flag === '--date') opts.exportedOn = value;
    else if (flag === '--out') opts.out = value;
    else throw new Error(`unknown option ${flag}; use --connections N --messages N --seed N --date YYYY-MM-DD --out DIR`);
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { out, ...options } = parseCli(process.argv.slice(2));
  const paths = await writeSampleExport(out, options);
  process.stdout.write(`wrote ${paths.folder}/ and ${paths.zip}\n`);
}
