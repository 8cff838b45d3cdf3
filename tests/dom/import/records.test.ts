import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../../src/core/linkedin-export/index.js';
import { checkRecords } from '../../../src/options/import/records.js';

const connected = { kind: 'connected', at: new Date(2024, 2, 12).getTime(), source: 'imported', key: 'c:imported', precision: 'day' } as const;
const record = (over: Partial<ContactRecord>): ContactRecord => ({ aliases: ['slug:ann-lee'], events: [connected], file: 'connections', row: 5, ...over });

describe('checkRecords', () => {
  it('passes ordinary records through untouched', () => {
    const r = record({ name: 'Ann Lee', company: 'Acme' });
    expect(checkRecords([r])).toEqual({ valid: [r], rejected: [] });
  });

  it('clips text over the protocol limits instead of failing the batch', () => {
    const { valid, rejected } = checkRecords([record({ name: 'x'.repeat(400), position: 'p'.repeat(900) })]);
    expect(rejected).toEqual([]);
    expect(valid[0]!.name).toHaveLength(300);
    expect(valid[0]!.position).toHaveLength(500);
  });

  it('sets aside a record the worker would refuse, as a skipped row with its file and row number', () => {
    const { valid, rejected } = checkRecords([record({ aliases: [`slug:${'a'.repeat(300)}`], file: 'messages', row: 77 }), record({})]);
    expect(valid).toHaveLength(1);
    expect(rejected).toEqual([{ file: 'messages.csv', row: 77, reason: 'invalid-record' }]);
  });
});
