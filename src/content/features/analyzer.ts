// The content script's pitch detector: the engine is bundled, its compiled lexicons (most of its
// size, and the compiler) come from the worker once per page, when the first draft appears.
// Until they arrive the verdict is unknown, and an unknown verdict never holds a Send.
import { analyzerFromCompiled, type Analyzer } from '../../core/pitch/analyzer.js';
import { tell } from './worker.js';

let current: Analyzer | undefined;
let loading: Promise<Analyzer | undefined> | undefined;

export function analyzer(): Analyzer | undefined {
  return current;
}

export function loadAnalyzer(): Promise<Analyzer | undefined> {
  loading ??= tell('pitch.detector', {}).then((reply) => {
    if (reply) current = analyzerFromCompiled(reply.detector);
    else loading = undefined; // worker asleep or gone: try again with the next draft
    return current;
  });
  return loading;
}
