// The shared vocabulary of Gatekeeper's core. Pure data: no browser APIs, no Node APIs.

export type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt';
export const LANGS: readonly Lang[] = ['en', 'es', 'fr', 'de', 'pt'];

/** A span of the draft that made the detector think "pitch"; indexes into the analysed text. */
export interface PitchSignal {
  start: number;
  end: number;
  /** Stable rule id (e.g. "meeting-ask", "calendar-link"); mutes refer to it. */
  rule: string;
  /** Words a salesperson understands ("asks for a meeting"). English; the UI may translate by rule. */
  label: string;
}

export interface DraftAnalysis {
  pitch: boolean;
  /** 0..1, deterministic. */
  score: number;
  /** Detected (or hinted) language; "und" when no supported language fits. */
  lang: Lang | 'und';
  signals: PitchSignal[];
}

export interface AnalyzeOptions {
  lang?: Lang;
  kind?: 'note' | 'message';
}

// ---- Relationship events -------------------------------------------------------------

export type EventKind =
  | 'invited' // I sent them an invitation (pending until connected)
  | 'invite-received' // they invited me
  | 'connected'
  | 'message-sent'
  | 'message-received'
  | 'engaged'; // I liked / commented on their content

export type EventSource = 'observed' | 'imported' | 'manual';

/** How precisely a connection date is known. */
export type DatePrecision = 'exact' | 'day' | 'week' | 'month' | 'year';

export interface RelEvent {
  kind: EventKind;
  /** Epoch milliseconds. For day-precision facts: local midnight of that day (parse in local time). */
  at: number;
  source: EventSource;
  /**
   * Contact-independent fact key (see core/event-keys.ts). The store makes it unique per contact,
   * so the same fact seen on the page and in an import is stored once.
   */
  key: string;
  /** message-sent / invited: was the text a pitch? */
  pitch?: boolean;
  /** connected: how precisely `at` is known. */
  precision?: DatePrecision;
  /** Conversation id (messages.csv CONVERSATION ID == /messaging/thread/<id>/) when known. */
  threadId?: string;
  /** The invitation note (invited). Message bodies are not kept, only their pitch flag. */
  note?: string;
}

export type Stage = 'stranger' | 'pending' | 'new' | 'warming' | 'warm';

export interface RelationshipSummary {
  stage: Stage;
  /** true when a connected event exists or the profile shows 1st degree. */
  connected: boolean;
  /** Local-midnight epoch ms of the connection day, when the date is known. */
  connectedOn?: number;
  connectedPrecision?: DatePrecision;
  /** Whole local calendar days since connectedOn (0 = today). */
  ageDays?: number;
  invitedOn?: number;
  /** Sent messages that were not pitches (imported sent messages count as warm unless flagged). */
  warmTouches: number;
  pitchesSent: number;
  /** Messages from them. */
  replies: number;
  lastTouch?: number;
  /** The user said "I know this person". */
  allowListed?: boolean;
}

// ---- Policy -------------------------------------------------------------------------

export type Level = 'ok' | 'caution' | 'too-early';

/** Where the draft is being written. */
export type Channel = 'invitation-note' | 'message' | 'inmail';

/** What the page shows beyond the stored summary. */
export interface PageContext {
  /** Degree shown on the page, when known. */
  degree?: '1st' | '2nd' | '3rd' | 'out';
  /** The visible thread holds messages in both directions. */
  visibleTwoWayHistory?: boolean;
}

export type ReasonCode =
  | 'not-connected-note' // pitching in a connection note
  | 'too-new' // connected < minDaysBeforePitch
  | 'warm-up-first' // old enough, but no reply and too few warm touches
  | 'unknown-relationship' // connected, date unknown, no visible history
  | 'cold-pitch' // not connected (InMail / Open Profile)
  | 'allow-listed'
  | 'muted'
  | 'warm-draft'
  | 'relationship-ok';

/** A verdict without its advice sentence (policy.ts assess()). */
export interface Assessment {
  level: Level;
  reasons: ReasonCode[];
  /** Local-midnight epoch ms of the day a pitch becomes reasonable. */
  readyOn?: number;
}

export interface Verdict extends Assessment {
  /** One sentence of advice (English; UIs may render their own from reasons). */
  advice: string;
}

// ---- Settings -----------------------------------------------------------------------

export type CadenceKind = 'thank' | 'engage' | 'ask' | 'ready' | 'held-pitch';

export interface CadenceStep {
  day: number;
  kind: CadenceKind;
}

export interface Settings {
  version: 1;
  minDaysBeforePitch: number;
  minWarmTouches: number;
  /** Caution verdicts also ask before Send. */
  confirmOnCaution: boolean;
  /** Rule ids (PitchSignal.rule) the user muted. */
  mutedRules: string[];
  /** Languages the detector considers. */
  languages: Lang[];
  cadence: CadenceStep[];
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  minDaysBeforePitch: 7,
  minWarmTouches: 2,
  confirmOnCaution: false,
  mutedRules: [],
  languages: ['en', 'es', 'fr', 'de', 'pt'],
  cadence: [
    { day: 0, kind: 'thank' },
    { day: 2, kind: 'engage' },
    { day: 5, kind: 'ask' },
    { day: 7, kind: 'ready' },
  ],
  notifications: false,
};

/** A reminder planned by the cadence (the store adds ids and status). */
export interface PlannedReminder {
  kind: CadenceKind;
  /** Local-midnight epoch ms. */
  due: number;
  /** Held pitch text, for kind "held-pitch". */
  draft?: string;
}
