// Stand-ins for the worker (src/client.ts) and the browser (src/platform) so the Preact pages
// render in happy-dom. Tests script the worker per message type and inspect what was asked.
import { vi } from 'vitest';
import type { MessageType, PayloadOf, ResponseOf } from '../../../src/messages.js';
import type { ActiveTab } from '../../../src/platform/index.js';
import type { DashboardResponse } from '../../../src/messages.js';

type Handler<K extends MessageType> = (payload: PayloadOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>>;
type Handlers = { [K in MessageType]?: Handler<K> };

export const worker = {
  handlers: {} as Handlers,
  calls: [] as { type: MessageType; payload: unknown }[],
  on<K extends MessageType>(type: K, handler: Handler<K>): void {
    (this.handlers as Record<string, unknown>)[type] = handler;
  },
  of(type: MessageType): unknown[] {
    return this.calls.filter((c) => c.type === type).map((c) => c.payload);
  },
  reset(): void {
    this.handlers = {};
    this.calls = [];
  },
};

export async function fakeAsk<K extends MessageType>(type: K, payload: PayloadOf<K>): Promise<ResponseOf<K>> {
  worker.calls.push({ type, payload });
  const handler = worker.handlers[type] as Handler<K> | undefined;
  if (!handler) throw new Error(`no fake for ${type}`);
  return handler(payload);
}

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** storage.local with onChanged, enough for src/settings. */
export const storage = {
  data: {} as Record<string, unknown>,
  listeners: new Set<ChangeListener>(),
  reset(): void {
    this.data = {};
    this.listeners.clear();
  },
};

export const platform = {
  messages: {} as Record<string, string>,
  tab: undefined as ActiveTab | undefined,
  opened: [] as string[],
  options: [] as string[],
  /** The LinkedIn host permission, and what the next permission prompt answers. */
  access: true,
  grantOnRequest: true,
  accessRequests: 0,
};

export const platformMock = {
  browser: {
    storage: {
      local: {
        get: async (key: string) => (key in storage.data ? { [key]: structuredClone(storage.data[key]) } : {}),
        set: async (items: Record<string, unknown>) => {
          const changes: Record<string, { newValue?: unknown }> = {};
          for (const [k, v] of Object.entries(items)) {
            storage.data[k] = structuredClone(v);
            changes[k] = { newValue: structuredClone(v) };
          }
          for (const l of storage.listeners) l(changes, 'local');
        },
      },
      onChanged: {
        addListener: (l: ChangeListener) => storage.listeners.add(l),
        removeListener: (l: ChangeListener) => storage.listeners.delete(l),
      },
    },
  },
  getMessage: (key: string, subs: string[] = []) => (platform.messages[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
  activeTab: async () => platform.tab,
  openTab: async (url: string) => void platform.opened.push(url),
  openOptions: async (section: string) => void platform.options.push(section),
  hasLinkedInAccess: async () => platform.access,
  requestLinkedInAccess: async () => {
    platform.accessRequests++;
    platform.access = platform.grantOnRequest;
    return platform.access;
  },
};

export function resetAll(): void {
  worker.reset();
  storage.reset();
  platform.messages = {};
  platform.tab = undefined;
  platform.opened = [];
  platform.options = [];
  platform.access = true;
  platform.grantOnRequest = true;
  platform.accessRequests = 0;
}

const DAY = 86_400_000;

export function dashboardOf(patch: Partial<DashboardResponse> = {}): DashboardResponse {
  const now = Date.now();
  return {
    now,
    dueCount: 1,
    due: [{ id: 'c_1|thank', contactId: 'c_1', kind: 'thank', due: now - DAY, status: 'due', contactName: 'Amara Okafor', profileUrl: 'https://www.linkedin.com/in/amara/', stage: 'new' }],
    held: [
      {
        id: 'c_2|held|x',
        contactId: 'c_2',
        kind: 'held-pitch',
        due: now + 3 * DAY,
        status: 'due',
        draft: 'Open to a quick demo?',
        threadUrl: 'https://www.linkedin.com/messaging/thread/t2/',
        contactName: 'Lukas Brenner',
        stage: 'new',
      },
    ],
    heldCount: 1,
    newConnections: [{ id: 'c_1', name: 'Amara Okafor', headline: 'Head of RevOps at Brightline', stage: 'new', connectedOn: now - DAY, allowListed: false, profileUrl: 'https://www.linkedin.com/in/amara/' }],
    newConnectionsCount: 1,
    pipeline: { stranger: 0, pending: 2, new: 5, warming: 3, warm: 40 },
    totalContacts: 50,
    ...patch,
  };
}

/** Lets pending promises and Preact's render queue settle. */
export async function settle(ms = 0): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  await vi.dynamicImportSettled();
}
