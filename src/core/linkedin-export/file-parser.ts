// One export CSV, pushed a chunk at a time: find the header past any preamble, map rows to
// records, hand them over in awaited batches (backpressure), count what was skipped.
import { CsvTokenizer, sniffDelimiter } from './csv.js';
import { cell, mapColumns, sniffKind, type ColumnMap } from './columns.js';
import { emptyFile, ExportFileError, missingHeader, truncatedFile } from './errors.js';
import { OwnerTally } from './owner.js';
import { connectionRow, invitationOwner, invitationRow, isDraftRow, messageRow, recipientAliases, type RowOutcome } from './rows.js';
import { profileAliasFromUrl } from '../profile-url.js';
import { TextChunks } from './sources.js';
import { defaultIsPitch } from './text.js';
import type { ContactRecord, ExportFileKind, FileReport, OwnerInfo, ParseOptions, PitchClassifier, SkipReason } from './types.js';

/** A header further down than this is not a preamble any more: the file is something else. */
const MAX_PREAMBLE_ROWS = 20;
/** Characters to read before guessing the delimiter. */
const SNIFF_CHARS = 4096;
/** Messages rows held back (at most) while the owner is found from them. */
const OWNER_WINDOW = 5000;
const MAX_SKIPPED_LISTED = 1000;

export interface FileParserOptions extends ParseOptions {
  /** Expected kind (from the file name); when absent the header decides. */
  kind?: ExportFileKind;
  totalBytes?: number;
}

type Mapping =
  | { kind: 'connections'; map: ColumnMap<'connections'> }
  | { kind: 'messages'; map: ColumnMap<'messages'> }
  | { kind: 'invitations'; map: ColumnMap<'invitations'> };

export class ExportFileParser {
  private readonly text = new TextChunks();
  private tokenizer: CsvTokenizer | null = null;
  private head = '';
  private started = false;
  private nonBlankRows = 0;
  private mapping: Mapping | null = null;
  private headerWidth = 0;
  private lastRowShort = false;
  private error: ExportFileError | null = null;
  private pending: ContactRecord[] = [];
  private bytesRead = 0;
  private records = 0;
  private owner: OwnerInfo | null;
  private readonly tally = new OwnerTally();
  /** Messages rows waiting for the owner to be known. */
  private held: { fields: string[]; row: number }[] | null = null;
  private readonly report: FileReport;
  private readonly isPitch: PitchClassifier;
  private readonly batchSize: number;

  constructor(
    readonly file: string,
    private readonly options: FileParserOptions = {},
  ) {
    this.owner = options.owner ?? null;
    this.isPitch = options.isPitch ?? defaultIsPitch;
    this.batchSize = Math.max(1, options.batchSize ?? 500);
    this.report = { file, rows: 0, records: 0, skipped: [], skippedByReason: {} };
    if (options.kind) this.report.kind = options.kind;
  }

  /** The kind found so far (after the header row). */
  get kind(): ExportFileKind | undefined {
    return this.mapping?.kind ?? this.options.kind;
  }

  /** True once the file is known to be unreadable: further input is ignored. */
  get failed(): boolean {
    return this.error !== null;
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    this.options.signal?.throwIfAborted();
    if (this.error) return;
    this.bytesRead += chunk.length;
    let text = this.text.decode(chunk);
    if (!this.started) {
      if (this.head === '' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.head += text;
      if (this.head.length < SNIFF_CHARS) return;
      text = this.start();
    }
    this.tokenizer?.push(text);
    await this.flush(false);
  }

  async end(): Promise<FileReport> {
    this.options.signal?.throwIfAborted();
    if (!this.error) {
      const rest = this.text.flush();
      if (!this.started) this.head += rest;
      const text = this.started ? rest : this.start();
      this.tokenizer?.push(text);
      const { unterminatedQuote } = this.tokenizer?.end() ?? { unterminatedQuote: false };
      const rows = this.tokenizer?.rows ?? 0;
      if (!this.error && this.nonBlankRows === 0) this.error = emptyFile(this.file);
      else if (!this.error && !this.mapping) this.error = missingHeader(this.file, this.options.kind);
      if (this.held) this.releaseHeld();
      if (!this.error && (unterminatedQuote || this.lastRowShort)) this.error = truncatedFile(this.file, rows);
    }
    await this.flush(true);
    this.report.records = this.records;
    if (this.mapping?.kind === 'messages' || this.mapping?.kind === 'invitations') {
      const owner = this.owner ?? this.tally.result();
      if (owner) this.report.owner = owner;
    }
    if (this.error) this.report.error = this.error;
    return this.report;
  }

  private start(): string {
    this.started = true;
    const head = this.head;
    this.head = '';
    this.tokenizer = new CsvTokenizer((fields, row) => this.onRow(fields, row), sniffDelimiter(head));
    return head;
  }

  private async flush(all: boolean): Promise<void> {
    const { onBatch, onProgress } = this.options;
    while (this.pending.length >= this.batchSize || (all && this.pending.length > 0)) {
      const batch = this.pending.splice(0, this.batchSize);
      this.options.signal?.throwIfAborted();
      if (onBatch) await onBatch(batch);
    }
    onProgress?.({
      file: this.file,
      ...(this.kind ? { kind: this.kind } : {}),
      bytesRead: this.bytesRead,
      ...(this.options.totalBytes !== undefined ? { totalBytes: this.options.totalBytes } : {}),
      rows: this.report.rows,
    });
  }

  private onRow(fields: string[], row: number): void {
    if (this.error) return;
    this.report.rows = row;
    const blank = fields.length === 1 && fields[0]!.trim() === '';
    if (!blank) this.nonBlankRows++;
    if (!this.mapping) {
      if (!blank) this.findHeader(fields, row);
      return;
    }
    if (blank) return;
    this.lastRowShort = fields.length < this.headerWidth;
    if (this.lastRowShort && fields.length < 2) {
      this.skip(row, 'short-row');
      return;
    }
    const m = this.mapping;
    if (m.kind === 'messages' && !this.owner) {
      this.observeMessage(fields, m.map);
      if (this.held) {
        this.held.push({ fields, row });
        if (this.held.length % 50 === 0 && (this.tally.confident() || this.held.length >= OWNER_WINDOW)) this.releaseHeld();
        return;
      }
    }
    this.outcome(this.mapRow(fields, row), row);
  }

  private findHeader(fields: string[], row: number): void {
    const kind = sniffKind(fields);
    if (kind && this.options.kind && kind !== this.options.kind) {
      this.error = new ExportFileError(
        'wrong-file',
        this.file,
        `"${this.file}" holds LinkedIn's ${kind} data, not ${this.options.kind}: was it renamed?`,
      );
      return;
    }
    if (kind === 'connections') this.mapping = { kind, map: mapColumns(kind, fields)! };
    else if (kind === 'messages') this.mapping = { kind, map: mapColumns(kind, fields)! };
    else if (kind === 'invitations') this.mapping = { kind, map: mapColumns(kind, fields)! };
    if (this.mapping) {
      this.report.kind = this.mapping.kind;
      this.headerWidth = fields.length;
      if (this.mapping.kind === 'messages' && !this.owner) this.held = [];
    } else if (row >= MAX_PREAMBLE_ROWS) this.error = missingHeader(this.file, this.options.kind);
  }

  private observeMessage(fields: string[], map: ColumnMap<'messages'>): void {
    if (isDraftRow(fields, map)) return;
    this.tally.observeMessage(
      cell(fields, map, 'conversationId'),
      profileAliasFromUrl(cell(fields, map, 'senderUrl')),
      cell(fields, map, 'from'),
      recipientAliases(fields, map),
    );
  }

  /** Decide the owner from what was seen, then map the rows held back meanwhile. */
  private releaseHeld(): void {
    const held = this.held ?? [];
    this.held = null;
    this.owner = this.tally.result();
    for (const { fields, row } of held) this.outcome(this.mapRow(fields, row), row);
  }

  private mapRow(fields: string[], row: number): RowOutcome {
    const m = this.mapping!;
    switch (m.kind) {
      case 'connections':
        return connectionRow(fields, m.map, row);
      case 'invitations': {
        const o = invitationOwner(fields, m.map);
        this.tally.observeInvitation(o.alias, o.name);
        return invitationRow(fields, m.map, row, this.isPitch);
      }
      case 'messages':
        return messageRow(fields, m.map, row, this.owner, this.isPitch);
    }
  }

  private outcome(result: RowOutcome, row: number): void {
    if (typeof result === 'string') {
      this.skip(row, result);
      return;
    }
    this.records += result.length;
    this.pending.push(...result);
  }

  private skip(row: number, reason: SkipReason): void {
    const counts = this.report.skippedByReason;
    counts[reason] = (counts[reason] ?? 0) + 1;
    if (this.report.skipped.length < MAX_SKIPPED_LISTED) this.report.skipped.push({ file: this.file, row, reason });
  }
}
