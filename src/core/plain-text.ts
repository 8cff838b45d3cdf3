// Message text as a reader sees it: exports hold HTML in some CONTENT cells, the page never does.
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** HTML (when present) → plain text with line breaks kept; plain text passes through. */
export function plainText(content: string): string {
  if (!/[<&]/.test(content)) return content;
  return content
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
    .trim();
}
