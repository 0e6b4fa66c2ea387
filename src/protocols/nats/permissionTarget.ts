import type { Verdict } from '../../codes/types.ts';

/** The subject (and queue group) a permission verdict names, read from `verdict.details`. */
export function permissionTarget(verdict: Verdict): { subject?: string; queue?: string } {
  const details = verdict.details;
  if (typeof details !== 'object' || details === null) return {};
  const { subject, queue } = details as { subject?: unknown; queue?: unknown };
  return {
    ...(typeof subject === 'string' && subject !== '' ? { subject } : {}),
    ...(typeof queue === 'string' && queue !== '' ? { queue } : {}),
  };
}
