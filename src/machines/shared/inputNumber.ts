/**
 * A number option from an input, or its default when the value is absent or unusable (negative,
 * NaN, Infinity, not a number). Machines never crash on a bad option; the documented default wins.
 * @param value - the value the caller passed
 * @param fallback - the documented default
 * @param min - the smallest accepted value (0 for durations, 1 for counts that must allow one try)
 */
export function inputNumber(value: unknown, fallback: number, min = 0): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
}
