import type * as Net from 'node:net';
import type * as Tls from 'node:tls';

interface NodeBuiltins {
  'node:net': typeof Net;
  'node:tls': typeof Tls;
}

/**
 * A Node built-in module found at run time through `process.getBuiltinModule` (Node >= 20.16),
 * so that no bundle ever imports `node:net`: browser bundles stay clean, Node gets TCP.
 * Returns undefined outside Node (or on older Node).
 */
export function nodeBuiltin<K extends keyof NodeBuiltins>(id: K): NodeBuiltins[K] | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.(id) as NodeBuiltins[K] | undefined;
}
