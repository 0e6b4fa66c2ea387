import type { Verdict } from '../types.ts';

/** The code and reason to put on a verdict, leaving out absent ones and empty reasons. */
export function signalFields(
  code: number | undefined,
  reason: string | undefined,
): Pick<Verdict, 'code' | 'reason'> {
  const fields: Pick<Verdict, 'code' | 'reason'> = {};
  if (code !== undefined) fields.code = code;
  if (reason !== undefined && reason.length > 0) fields.reason = reason;
  return fields;
}
