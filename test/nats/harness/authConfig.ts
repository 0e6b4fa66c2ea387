/** `authorization` blocks used by the scenarios (spec §7 (b)). */

/** One user `alice` in the users-list form, so a reload sends `-ERR 'Authorization Violation'` to live clients. */
export const aliceConfig = (password: string): string =>
  `authorization { users = [ { user: alice, password: ${password} } ] }`;

/** User `bob` who may not subscribe to `secret.>` nor publish to `forbidden.>`. */
export const bobConfig = `authorization { users = [ { user: bob, password: pw, permissions: {
  subscribe: { deny: ["secret.>"] }, publish: { deny: ["forbidden.>"] } } } ] }`;
