// Profile identity: LinkedIn knows one person by a vanity slug and by an opaque member id.

/** Opaque member ids ("ACoAAB…", "ACwAAA…") appear in links and exports instead of slugs. */
const MEMBER_ID = /^AC[a-zA-Z0-9_-]{10,}$/;

export type ProfileAlias = `slug:${string}` | `member:${string}`;

/**
 * `/in/<slug>/` from any URL or path (absolute, relative, with query, percent-encoded, mixed
 * case) → its alias, or null. `/in/me/` (the viewer) is not a contact.
 */
export function profileAliasFromUrl(url: string): ProfileAlias | null {
  const m = /(?:^|\/)in\/([^/?#\s]+)/.exec(url.trim());
  if (!m || !m[1]) return null;
  let id = m[1];
  try {
    id = decodeURIComponent(id);
  } catch {
    // keep the raw form: a malformed escape still identifies the same page
  }
  if (MEMBER_ID.test(id)) return `member:${id}`;
  id = id.normalize('NFC').toLowerCase();
  if (id === 'me' || id === '') return null;
  return `slug:${id}`;
}

export function isMemberId(id: string): boolean {
  return MEMBER_ID.test(id);
}
