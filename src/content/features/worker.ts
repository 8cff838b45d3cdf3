// Fire-and-forget messages to the worker. A content script outlives its extension context
// (reload, update): then every call rejects, and a feature must simply carry on without it.
import { ask } from '../../platform/native.js';
import type { MessageType, PayloadOf, ResponseOf } from '../../messages.js';

export function tell<K extends MessageType>(type: K, payload: PayloadOf<K>): Promise<ResponseOf<K> | undefined> {
  try {
    return ask(type, payload).catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}
