// The typed protocol between content scripts, extension pages and the worker: one map of
// request type → payload schema, response type and who may send it. The worker validates
// every payload against these schemas; senders get compile-time checking from the same map.
// Content scripts import only types from here, so valibot stays out of their bundle.
import * as v from 'valibot';
import type { RelationshipSummary } from './core/types.js';

/** Content scripts may only read their contact and record observed facts; pages may do all. */
export type Audience = 'content' | 'page';

const MAX_TEXT = 20_000;

const alias = v.pipe(v.string(), v.regex(/^(slug|member):[^\s]{1,200}$/));

/** How a page names a person: every alias it could read, and the visible name. */
export const contactRefSchema = v.object({
  aliases: v.pipe(v.array(alias), v.minLength(1), v.maxLength(10)),
  name: v.optional(v.pipe(v.string(), v.maxLength(300))),
});
export type ContactRef = v.InferOutput<typeof contactRefSchema>;

export const degreeSchema = v.picklist(['1st', '2nd', '3rd', 'out', 'pending', 'invited-you']);
export type Degree = v.InferOutput<typeof degreeSchema>;

const epoch = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

/** Facts a content script saw on the page. Imported and manual facts never come from pages. */
export const observedEventSchema = v.object({
  kind: v.picklist(['invited', 'invite-received', 'connected', 'message-sent', 'message-received', 'engaged']),
  at: epoch,
  source: v.literal('observed'),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  pitch: v.optional(v.boolean()),
  precision: v.optional(v.picklist(['exact', 'day', 'week', 'month', 'year'])),
  threadId: v.optional(v.pipe(v.string(), v.maxLength(200))),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
});

export const requestSchemas = {
  ping: v.object({ type: v.literal('ping') }),

  /** The relationship with one person (read-only; an unknown person is a stranger). */
  'contact.summary': v.object({ type: v.literal('contact.summary'), contact: contactRefSchema }),

  /** What a profile page shows about a person; a 1st degree after pending/unknown records "connected". */
  'contact.observe': v.object({
    type: v.literal('contact.observe'),
    contact: contactRefSchema,
    headline: v.optional(v.pipe(v.string(), v.maxLength(500))),
    degree: v.optional(degreeSchema),
  }),

  /** Observed events for one person, recorded idempotently by dedupe key. */
  'events.record': v.object({
    type: v.literal('events.record'),
    contact: contactRefSchema,
    events: v.pipe(v.array(observedEventSchema), v.maxLength(500)),
  }),

  /** "Hold the pitch": a reminder carrying the draft, due on its ready day. */
  'pitch.hold': v.object({
    type: v.literal('pitch.hold'),
    contact: contactRefSchema,
    draft: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
    readyOn: epoch,
    threadUrl: v.optional(v.pipe(v.string(), v.maxLength(500))),
  }),

  /** "I know this person." */
  'contact.allowList': v.object({ type: v.literal('contact.allowList'), contact: contactRefSchema, allowListed: v.boolean() }),

  /** What this tab's features found on the page (the popup's health line reads it). */
  'health.report': v.object({
    type: v.literal('health.report'),
    page: v.pipe(v.string(), v.maxLength(40)),
    features: v.pipe(v.array(v.object({ name: v.pipe(v.string(), v.maxLength(40)), found: v.boolean() })), v.maxLength(20)),
  }),
} as const;

export interface ContactSummaryResponse {
  /** null when the person is not stored yet. */
  contactId: string | null;
  summary: RelationshipSummary;
  name?: string;
  headline?: string;
}

export interface Responses {
  ping: { pong: true; version: string };
  'contact.summary': ContactSummaryResponse;
  'contact.observe': { contactId: string; connectedRecorded: boolean };
  'events.record': { contactId: string; added: number };
  'pitch.hold': { reminderId: string };
  'contact.allowList': { contactId: string };
  'health.report': { stored: true };
}

export const audiences: { [K in MessageType]: readonly Audience[] } = {
  ping: ['content', 'page'],
  'contact.summary': ['content', 'page'],
  'contact.observe': ['content'],
  'events.record': ['content'],
  'pitch.hold': ['content', 'page'],
  'contact.allowList': ['content', 'page'],
  'health.report': ['content'],
};

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof requestSchemas)[K]>;
export type PayloadOf<K extends MessageType> = Omit<RequestOf<K>, 'type'>;
export type ResponseOf<K extends MessageType> = Responses[K];

/** Every answer is wrapped: handlers never throw across the message boundary. */
export type Reply<K extends MessageType> = { ok: true; data: ResponseOf<K> } | { ok: false; error: string };
