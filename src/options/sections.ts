// The options page's sections, in nav order; the URL hash (#policy, #import…) selects one.
import type { MessageKey } from '../ui/i18n.js';

export const SECTIONS = ['policy', 'cadence', 'notifications', 'allow-list', 'import', 'audit', 'backup', 'delete', 'privacy'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const SECTION_LABEL: Readonly<Record<SectionId, MessageKey>> = {
  policy: 'nav_policy',
  cadence: 'nav_cadence',
  notifications: 'nav_notifications',
  'allow-list': 'nav_allowlist',
  import: 'nav_import',
  audit: 'nav_audit',
  backup: 'nav_backup',
  delete: 'nav_delete',
  privacy: 'nav_privacy',
};

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'policy';
}
