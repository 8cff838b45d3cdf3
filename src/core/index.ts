// Node library entry (built to dist/node/core.mjs): the pure etiquette engine, no browser APIs.

export * from './types.js';
export { analyzeDraft, PITCH_RULES } from './pitch/index.js';
export { summarize, type SummarizeOptions } from './relationship.js';
export { judge } from './policy.js';
export { planWarmUp, type HeldPitch } from './cadence.js';
export { localMidnight, addLocalDays, localDaysBetween, formatLocalDay } from './dates.js';
export { messageKey, connectedKey, invitedKey, engagedKey, hashText, normalizeMessageText } from './event-keys.js';
export { profileAliasFromUrl, isMemberId, type ProfileAlias } from './profile-url.js';

// ---- LinkedIn data export parsers (Connections.csv, messages.csv, Invitations.csv, zip) ----
export * from './linkedin-export/index.js';
export { AuditCollector, auditExport, type AuditReport, type AuditContact, type ReplyRate } from './audit.js';
