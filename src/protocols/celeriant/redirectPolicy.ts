import type { Verdict } from '../../codes/types.ts';
import { tcpAddress } from '../../transports/tcpTransport.ts';

/**
 * Decides whether a leader redirect (`leader_address` of 2011, 3005, 4006, 2027) may be followed.
 * Return false to refuse: the session then treats the redirect as naming no leader and falls back
 * to its seeds, so the API key is never sent in Identify to that address.
 */
export type RedirectPolicy = (target: string) => boolean;

const hostOf = (target: string): string | undefined => tcpAddress(target, 10000)?.host.toLowerCase();

/** 0.0.0.0 (any spelling such as `0` or `0.0.0`), `::`, `0:0:0:0:0:0:0:0`, `::ffff:0.0.0.0`. */
function isUnspecified(host: string): boolean {
  const bare = host.replace(/^::ffff:/, ''); // IPv4-mapped (URL writes it as ::ffff:0:0)
  if (/^0+(\.0+){0,3}$/.test(bare)) return true;
  return bare.includes(':') && bare.split(':').every((group) => /^0*$/.test(group));
}

/** 127.0.0.0/8, `::1`, `localhost` (and `*.localhost`), `::ffff:127.x.y.z` (URL writes `::ffff:7fxx:…`). */
function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  return /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(host) || /^::ffff:7f[0-9a-f]{2}:/.test(host);
}

/**
 * The default policy: refuse unspecified addresses (0.0.0.0, ::), which a misconfigured server
 * advertises as its listen address and which reach whatever listens on the client's own host;
 * allow the rest, loopback included, as the official clients do.
 */
export const refuseUnspecifiedRedirect: RedirectPolicy = (target) => {
  const host = hostOf(target);
  return host === undefined || !isUnspecified(host);
};

/** Stricter: also refuse loopback targets (a remote cluster never has a leader on the client's host). */
export const refuseLocalRedirect: RedirectPolicy = (target) => {
  const host = hostOf(target);
  return host === undefined || !(isUnspecified(host) || isLoopback(host));
};

/**
 * A redirect verdict whose target the policy refuses, without its target (so the connection
 * machine falls back to the seeds) and with a reason that says why; every other verdict unchanged.
 * A policy that throws refuses.
 */
export function applyRedirectPolicy(verdict: Verdict, policy: RedirectPolicy): Verdict {
  if (verdict.action !== 'redirect' || verdict.target === undefined) return verdict;
  let allowed: boolean;
  try {
    allowed = policy(verdict.target) === true;
  } catch {
    allowed = false;
  }
  if (allowed) return verdict;
  const { target, ...rest } = verdict;
  const why = `redirect to ${target} refused by redirectPolicy`;
  return { ...rest, reason: verdict.reason ? `${verdict.reason}; ${why}` : why };
}
