// Validates and dispatches one incoming message. Never throws: every failure is an answer.
import * as v from 'valibot';
import { audiences, requestSchemas, type Audience, type MessageType, type Reply, type RequestOf, type ResponseOf } from '../messages.js';

export type Handlers = { [K in MessageType]: (req: RequestOf<K>, from: SenderInfo) => Promise<ResponseOf<K>> };

export interface SenderInfo {
  audience: Audience;
  tabId?: number;
  url?: string;
}

/** The minimal sender shape both browsers give (runtime.MessageSender). */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/** Who sent it: our own pages (extension origin), our content script on LinkedIn, or nobody we trust. */
export function classifySender(sender: RawSender, extensionId: string, extensionOrigin: string): SenderInfo | null {
  if (sender.id !== extensionId || !sender.url) return null;
  let origin: string;
  try {
    // Not URL.origin: runtimes disagree on it for extension schemes (some say "null").
    const url = new URL(sender.url);
    origin = `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
  if (origin === extensionOrigin) return { audience: 'page', url: sender.url, ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}) };
  if (origin === LINKEDIN_ORIGIN && sender.tab?.id !== undefined) return { audience: 'content', tabId: sender.tab.id, url: sender.url };
  return null;
}

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(requestSchemas, type);
}

export async function route(message: unknown, from: SenderInfo | null, handlers: Handlers): Promise<Reply<MessageType>> {
  if (!from) return { ok: false, error: 'Sender not allowed' };
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (!isMessageType(type)) return { ok: false, error: `Unknown message type: ${String(type).slice(0, 40)}` };
  if (!audiences[type].includes(from.audience)) return { ok: false, error: `"${type}" is not allowed from ${from.audience}` };
  const parsed = v.safeParse(requestSchemas[type], message);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `Malformed "${type}"${where ? ` at ${where}` : ''}: ${issue.message}` };
  }
  try {
    const handler = handlers[type] as (req: unknown, from: SenderInfo) => Promise<ResponseOf<MessageType>>;
    return { ok: true, data: await handler(parsed.output, from) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
