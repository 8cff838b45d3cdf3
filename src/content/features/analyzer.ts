// The content script's pitch detector: the engine is bundled, its lexicons (most of its size)
// come from the worker once per page, when the first draft appears. Until they arrive the
// verdict is unknown, and an unknown verdict never holds a Send.
import { createAnalyzer, type Analyzer } from '../../core/pitch/engine.js';
import { tell } from './worker.js';

let current: Analyzer | undefined;
let loading: Promise<Analyzer | undefined> | undefined;

export function analyzer(): Analyzer | undefined {
  return current;
}

export function loadAnalyzer(): Promise<Analyzer | undefined> {
  loading ??= tell('pitch.lexicons', {}).then((reply) => {
    if (reply) current = createAnalyzer(reply.lexicons);
    else loading = undefined; // worker asleep or gone: try again with the next draft
    return current;
  });
  return loading;
}
