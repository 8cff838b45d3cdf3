// A push-driven RFC-4180 tokenizer. Chunks may split a row, a quoted field or a CRLF anywhere;
// state carries across pushes, so a long quoted field costs nothing extra (papaparse re-parses
// the partial row on every chunk, and its streaming API does not take async iterables).

export type RowHandler = (fields: string[], row: number) => void;

export class CsvTokenizer {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  /** A quote closed the last chunk inside a quoted field: `""` or the field's end? */
  private quotePending = false;
  /** The previous chunk ended in CR: drop a leading LF. */
  private skipLf = false;
  private fieldStart = true;
  private rowOpen = false;
  private rowCount = 0;
  private readonly special: RegExp;

  constructor(
    private readonly onRow: RowHandler,
    delimiter = ',',
  ) {
    const d = delimiter.replace(/[\\\]^-]/g, '\\$&');
    this.special = new RegExp(`[${d}\\r\\n]`, 'g');
  }

  /** Rows emitted so far (the last row's number). */
  get rows(): number {
    return this.rowCount;
  }

  push(text: string): void {
    let i = 0;
    const n = text.length;
    if (n === 0) return;
    if (this.skipLf) {
      this.skipLf = false;
      if (text.charCodeAt(0) === 10) i = 1;
    }
    if (this.quotePending) {
      this.quotePending = false;
      if (text.charCodeAt(i) === 34) {
        this.field += '"';
        i++;
      } else {
        this.inQuotes = false;
      }
    }
    while (i < n) {
      if (this.inQuotes) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          this.field += text.slice(i);
          return;
        }
        this.field += text.slice(i, q);
        if (q + 1 >= n) {
          this.quotePending = true;
          return;
        }
        if (text.charCodeAt(q + 1) === 34) {
          this.field += '"';
          i = q + 2;
        } else {
          this.inQuotes = false;
          i = q + 1;
        }
        continue;
      }
      this.rowOpen = true;
      if (this.fieldStart && text.charCodeAt(i) === 34) {
        this.inQuotes = true;
        this.fieldStart = false;
        i++;
        continue;
      }
      this.special.lastIndex = i;
      const m = this.special.exec(text);
      if (!m) {
        this.field += text.slice(i);
        this.fieldStart = false;
        return;
      }
      const j = m.index;
      this.field += text.slice(i, j);
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) {
        this.endRow();
        if (c === 13) {
          if (j + 1 >= n) this.skipLf = true;
          else if (text.charCodeAt(j + 1) === 10) i = j + 2;
          else i = j + 1;
          if (this.skipLf) return;
          continue;
        }
      } else {
        this.fields.push(this.field);
        this.field = '';
        this.fieldStart = true;
      }
      i = j + 1;
    }
  }

  /** Flushes a last row without a final newline. Returns true when a quoted field never closed. */
  end(): { unterminatedQuote: boolean } {
    const unterminatedQuote = this.inQuotes && !this.quotePending;
    this.quotePending = false;
    this.inQuotes = false;
    if (this.rowOpen || this.fields.length > 0 || this.field !== '') this.endRow();
    return { unterminatedQuote };
  }

  private endRow(): void {
    this.fields.push(this.field);
    const row = this.fields;
    this.fields = [];
    this.field = '';
    this.fieldStart = true;
    this.rowOpen = false;
    this.rowCount++;
    this.onRow(row, this.rowCount);
  }
}

/** Excel in some locales re-saves CSV with semicolons (or tabs): pick the delimiter from the header line. */
export function sniffDelimiter(head: string): string {
  const lines = head.split(/\r\n|\r|\n/).slice(0, 30);
  const headerish = lines.find((l) => /first\s*name|conversation\s*id|sent\s*at|connected\s*on/i.test(l));
  const line = headerish ?? lines[0] ?? '';
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const count = line.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
