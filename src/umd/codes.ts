/**
 * The catalog-only UMD bundle's entry (global `CodestateCodes`): `classify`, `explain`, `lookup`,
 * `catalog` and the rest of `codestate/codes`, documentation included, with no session, xstate
 * or valibot, for a page that only explains server codes.
 */

export * from '../codes/index.ts';
