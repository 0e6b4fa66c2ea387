/**
 * Whether two status objects say the same: the same keys with equal values, objects (a recovery
 * position) compared by their JSON. Sessions build a new status object on every read, and
 * `useSyncExternalStore` needs the same object back while nothing changed, or it renders forever.
 */
export function sameSnapshot(a: object, b: object): boolean {
  if (a === b) return true;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => {
    const x = left[key];
    const y = right[key];
    if (x === y) return true;
    return typeof x === 'object' && typeof y === 'object' && x !== null && y !== null
      ? JSON.stringify(x) === JSON.stringify(y)
      : false;
  });
}
