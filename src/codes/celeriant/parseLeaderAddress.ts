/**
 * A NotLeader error names the leader as `"leader_address":"host:port"` (the peer's
 * `--advertised-client-address`). The value is untrusted and the session dials it, so only a
 * bare `host:port` passes: no scheme, path, user info, spaces or control characters.
 */

/** Longest address accepted: a 253-character DNS name, a colon and a 5-digit port. */
export const MAX_ADDRESS_LENGTH = 261;

/** DNS-style name; underscores are allowed because container and compose names use them. */
const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*$/;
/** Bracketed IPv6 literal, as Rust's `SocketAddr` prints it: `[::1]:10000`. */
const IPV6 = /^\[[0-9A-Fa-f:.]{2,45}\]$/;
/** Decimal port without a leading zero. */
const PORT = /^[1-9][0-9]{0,4}$/;

/**
 * The leader address as `host:port`, or undefined when it is absent, empty or not a valid
 * `host:port` (the caller then falls back to its seeds).
 * @param value - the `leader_address` detail field; any value is accepted.
 */
export function parseLeaderAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ADDRESS_LENGTH) return undefined;
  const colon = value.lastIndexOf(':');
  if (colon <= 0) return undefined;
  const host = value.slice(0, colon);
  const port = value.slice(colon + 1);
  if (!PORT.test(port) || Number(port) > 65_535) return undefined;
  if (host.includes(':')) return IPV6.test(host) ? value : undefined;
  return HOSTNAME.test(host) ? value : undefined;
}
