// The worker. Every listener is registered synchronously at top level (MV3 wakes the worker
// for an event and only delivers it to listeners that exist after the first turn); handlers
// await one ready promise, and nothing lives in module scope that storage cannot rebuild.
import { browser, extensionOrigin, type Runtime } from '../platform/index.js';
import { classifySender, route, type Handlers } from './router.js';

const ready: Promise<void> = Promise.resolve();

const handlers: Handlers = {
  ping: async () => ({ pong: true, version: browser.runtime.getManifest().version }),
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, browser.runtime.id, extensionOrigin());
  return ready.then(() => route(message, from, handlers));
});
