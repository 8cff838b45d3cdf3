// The backup file's full schema. Restore checks everything here (shapes, sizes, dates,
// references) before it writes anything.
import * as v from 'valibot';
import type { ProfileAlias } from '../core/profile-url.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from './records.js';

/** 1970 … 2100: anything outside is a corrupt file, not a date. */
const date = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Date.UTC(2100, 0, 1)));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(400));
const ALIAS = /^(slug|member):[^\s]{1,200}$/;
const alias = v.custom<ProfileAlias>((x) => typeof x === 'string' && ALIAS.test(x), 'Invalid alias');
const stage = v.picklist(['stranger', 'pending', 'new', 'warming', 'warm']);
const precision = v.picklist(['exact', 'day', 'week', 'month', 'year']);

export const LIMITS = { contacts: 200_000, events: 3_000_000, reminders: 1_000_000 } as const;

const contact = v.strictObject({
  id: v.pipe(id, v.regex(/^[^|]+$/, 'Contact ids contain no "|"')),
  aliases: v.pipe(v.array(alias), v.minLength(1), v.maxLength(50)),
  name: v.optional(text(300)),
  nameLower: text(300),
  headline: v.optional(text(500)),
  degree: v.optional(v.picklist(['1st', '2nd', '3rd', 'out', 'pending', 'invited-you'])),
  connectedOn: v.optional(date),
  connectedSource: v.optional(v.picklist(['observed', 'imported', 'manual'])),
  connectedPrecision: v.optional(precision),
  connectedSort: date,
  allowListed: v.boolean(),
  allowListedAt: v.optional(date),
  stage,
  created: date,
  updated: date,
});

const event = v.strictObject({
  id,
  contactId: id,
  kind: v.picklist(['invited', 'invite-received', 'connected', 'message-sent', 'message-received', 'engaged']),
  at: date,
  source: v.picklist(['observed', 'imported', 'manual']),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  pitch: v.optional(v.boolean()),
  precision: v.optional(precision),
  threadId: v.optional(text(200)),
  note: v.optional(text(20_000)),
});

const reminder = v.strictObject({
  id,
  contactId: id,
  kind: v.picklist(['thank', 'engage', 'ask', 'ready', 'held-pitch']),
  due: date,
  status: v.picklist(['due', 'done', 'snoozed', 'dismissed']),
  draft: v.optional(text(20_000)),
  threadUrl: v.optional(text(500)),
  created: date,
  updated: date,
});

export const backupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: date,
  schema: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Settings are sanitised field by field on restore (see settings/migrate.ts). */
  settings: v.optional(v.record(v.string(), v.unknown())),
  contacts: v.pipe(v.array(contact), v.maxLength(LIMITS.contacts, `More than ${LIMITS.contacts} contacts`)),
  events: v.pipe(v.array(event), v.maxLength(LIMITS.events, `More than ${LIMITS.events} events`)),
  reminders: v.pipe(v.array(reminder), v.maxLength(LIMITS.reminders, `More than ${LIMITS.reminders} reminders`)),
});

