/**
 * `o` without its undefined fields. With `exactOptionalPropertyTypes` an absent option and an
 * `undefined` one differ: what the app left out stays out, so the receiver's defaults apply.
 */
export const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
