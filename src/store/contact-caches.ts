// The worker's caches of the contacts store (alias-map.ts, name-directory.ts). Writer commits keep
// them in step; any other write that changes contacts, and a write that fails after telling them,
// drops both.
import { dropAliasMap } from './alias-map.js';
import { dropNameDirectory } from './name-directory.js';
import type { GkDb } from './schema.js';

export function dropContactCaches(db: GkDb): void {
  dropAliasMap(db);
  dropNameDirectory(db);
}
