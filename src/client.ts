// Ask the worker something, from a content script or an extension page.
import { browser } from './platform/index.js';
import type { MessageType, PayloadOf, Reply, ResponseOf } from './messages.js';

export class WorkerError extends Error {
  override name = 'WorkerError';
}

export async function ask<K extends MessageType>(type: K, payload: PayloadOf<K>): Promise<ResponseOf<K>> {
  const reply = (await browser.runtime.sendMessage({ ...payload, type })) as Reply<K> | undefined;
  if (!reply || typeof reply !== 'object') throw new WorkerError(`No answer to "${type}"`);
  if (!reply.ok) throw new WorkerError(reply.error);
  return reply.data;
}
