import { celeriantDocs } from '../../codes/celeriant/celeriantDocs.ts';
import type { Verdict } from '../../codes/types.ts';

/**
 * The catalog's remediation for a Celeriant verdict (its row, else its range or default rule).
 * Reads the Celeriant docs alone rather than `explain()`, so the session does not load the other
 * protocols' catalogs.
 */
export function celeriantRemediation(
  verdict: Pick<Verdict, 'entry' | 'rule'> | undefined,
): string | undefined {
  const id = verdict?.entry?.id ?? verdict?.rule;
  return id !== undefined && Object.hasOwn(celeriantDocs, id) ? celeriantDocs[id]?.remediation : undefined;
}
