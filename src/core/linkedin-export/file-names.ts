// Export files are known by name first (case-insensitive, in any folder of the zip).
import type { ExportFileKind } from './types.js';

const KNOWN: Record<string, ExportFileKind> = {
  'connections.csv': 'connections',
  'messages.csv': 'messages',
  'invitations.csv': 'invitations',
};

export function baseName(path: string): string {
  return path.split(/[/\\]/).pop() ?? path;
}

export function kindFromName(path: string): ExportFileKind | undefined {
  return KNOWN[baseName(path).toLowerCase()];
}
