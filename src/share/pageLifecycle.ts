/**
 * Calls `away` when the page is frozen or hidden for the back/forward cache (`freeze`, `pagehide`),
 * and `back` when it runs again (`resume`, `pageshow`). A frozen leader would hold the lock while
 * running nothing, so the leader steps down on `away`. Returns the function that stops listening;
 * does nothing outside a browser page.
 */
export function onPageLifecycle(away: () => void, back: () => void): () => void {
  const global = globalThis as {
    addEventListener?: (type: string, listener: () => void) => void;
    removeEventListener?: (type: string, listener: () => void) => void;
    document?: {
      addEventListener?: (type: string, listener: () => void) => void;
      removeEventListener?: (type: string, listener: () => void) => void;
    };
  };
  const doc = global.document;
  if (typeof global.addEventListener !== 'function' || typeof doc?.addEventListener !== 'function')
    return () => {};
  global.addEventListener('pagehide', away);
  global.addEventListener('pageshow', back);
  doc.addEventListener('freeze', away);
  doc.addEventListener('resume', back);
  return () => {
    global.removeEventListener?.('pagehide', away);
    global.removeEventListener?.('pageshow', back);
    doc.removeEventListener?.('freeze', away);
    doc.removeEventListener?.('resume', back);
  };
}
