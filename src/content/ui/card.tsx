// The inline verdict card. Everything from the page (draft phrases, names) arrives as strings
// and is rendered as Preact text nodes, never as HTML.
import type { Level, ReasonCode } from '../../core/types.js';
import type { Strings } from './strings.js';

export interface Phrase {
  text: string;
  rule: string;
  label: string;
}

export interface CardProps {
  s: Strings;
  level: Level;
  reasons: readonly ReasonCode[];
  /** Nothing typed yet: only the relationship line. */
  empty: boolean;
  relationship?: string;
  readyOn?: number;
  phrases: readonly Phrase[];
  /** Result of the last action ("Held until …"). */
  notice?: string;
  /** The day "Hold the pitch" would bring it back, when holding makes sense. */
  holdUntil?: number;
  onHold?: () => void;
  onAllow?: () => void;
  onMute?: (rule: string) => void;
}

export function Card(p: CardProps) {
  const { s } = p;
  const quiet = p.empty || p.level === 'ok';
  const reason = p.reasons.map((r) => s.reason[r]).find((t) => t !== undefined);
  return (
    <section class={`card ${p.level}`} aria-label={s.card}>
      <div role="status" aria-live="polite">
        <p class="head">
          {!p.empty && <b>{s.level[p.level]}</b>}
          {!p.empty && p.relationship && ' · '}
          {p.relationship && <span class="rel">{p.relationship}</span>}
        </p>
        {!quiet && reason && <p>{reason}</p>}
        {!quiet && p.readyOn !== undefined && <p>{s.readyOn(s.day(p.readyOn))}</p>}
      </div>
      {!quiet && p.phrases.length > 0 && (
        <ul aria-label={s.phrases}>
          {p.phrases.map((ph) => (
            <li key={ph.rule + ph.text}>
              <q>{ph.text}</q> <span class="note">{ph.label}</span>
              {p.onMute && (
                <button type="button" class="mute" aria-label={s.muteLabel(ph.label)} onClick={() => p.onMute?.(ph.rule)}>
                  {s.mute}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!quiet && (
        <p>
          {p.onHold && p.holdUntil !== undefined && (
            <button type="button" onClick={p.onHold}>
              {s.hold(s.day(p.holdUntil))}
            </button>
          )}
          {p.onAllow && (
            <button type="button" onClick={p.onAllow}>
              {s.allow}
            </button>
          )}
        </p>
      )}
      {p.notice && <p class="note">{p.notice}</p>}
    </section>
  );
}
