import { type EventObject, fromCallback } from 'xstate';

/** What a browser says about the network and the page, as machine events. */
export type BrowserFactEvent =
  | { type: 'online' }
  | { type: 'offline' }
  | { type: 'visible' }
  | { type: 'hidden' }
  | { type: 'pagehide'; persisted: boolean }
  | { type: 'pageshow'; persisted: boolean };

interface Listenable {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

/** Where the facts come from; both default to the browser globals and are absent in Node. */
export interface BrowserFactsInput {
  /** Receives `online`, `offline`, `pagehide`, `pageshow` (a `window`). */
  window?: Listenable;
  /** Receives `visibilitychange` and has `visibilityState` (a `document`). */
  document?: Listenable & { visibilityState?: string };
}

function globalListenable(name: 'window' | 'document'): Listenable | undefined {
  const candidate = (globalThis as Record<string, unknown>)[name] as Partial<Listenable> | undefined;
  return typeof candidate?.addEventListener === 'function' ? (candidate as Listenable) : undefined;
}

/**
 * A callback actor that turns browser events into {@link BrowserFactEvent}s and removes its listeners
 * when stopped. In Node (no `window`, no `document`) it listens to nothing.
 */
export const browserFacts = /* @__PURE__ */ fromCallback<EventObject, BrowserFactsInput>(
  ({ sendBack, input }) => {
    const win = input.window ?? globalListenable('window');
    const doc = input.document ?? (globalListenable('document') as BrowserFactsInput['document']);
    const persisted = (event: Event): boolean => (event as { persisted?: unknown }).persisted === true;
    const handlers: Array<[Listenable, string, (event: Event) => void]> = [];
    if (win) {
      handlers.push([win, 'online', () => sendBack({ type: 'online' })]);
      handlers.push([win, 'offline', () => sendBack({ type: 'offline' })]);
      handlers.push([win, 'pagehide', (e) => sendBack({ type: 'pagehide', persisted: persisted(e) })]);
      handlers.push([win, 'pageshow', (e) => sendBack({ type: 'pageshow', persisted: persisted(e) })]);
    }
    if (doc) {
      const onVisibility = () => sendBack({ type: doc.visibilityState === 'hidden' ? 'hidden' : 'visible' });
      handlers.push([doc, 'visibilitychange', onVisibility]);
    }
    for (const [target, type, handler] of handlers) target.addEventListener(type, handler);
    return () => {
      for (const [target, type, handler] of handlers) target.removeEventListener(type, handler);
    };
  },
);
