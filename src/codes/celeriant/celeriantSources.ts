/** The seed document the Celeriant code rules and docs come from. */
export const CELERIANT_SEED = '001_7cb02654cb4e0e76.txt';

/** Source of a rule that is in the seed; actions follow the spec note's table. */
export const SEED_SOURCE = `seed ${CELERIANT_SEED}; spec celeriant.md §4.2`;

/** Source of a rule the seed lacks and the spec note found in the current server. */
export const SPEC_SOURCE = 'spec celeriant.md §4.2, §4.3 (not in the seed)';
