import { decodeText } from './decodeText.ts';

/** Subjects seen recently, by FNV-1a hash of their bytes. Bounded: cleared when full. */
const cache = new Map<number, string>();
const MAX_ENTRIES = 1024;

/**
 * Decodes `bytes[start, end)` like {@link decodeText}, but returns the cached string when the same
 * bytes were seen before. Subjects repeat on every message of a subscription, so this saves the
 * per-message string building that dominates parsing small messages.
 */
export function internText(bytes: Uint8Array, start: number, end: number): string {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 16777619);
  const hit = cache.get(hash);
  if (hit !== undefined && hit.length === end - start) {
    let same = true;
    for (let i = 0; i < hit.length; i++) {
      if (hit.charCodeAt(i) !== bytes[start + i]) {
        same = false;
        break;
      }
    }
    if (same) return hit;
  }
  const text = decodeText(bytes, start, end);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(hash, text);
  return text;
}
