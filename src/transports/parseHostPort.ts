/** A parsed `host:port` target. */
export interface HostPort {
  host: string;
  port: number;
}

/**
 * Parses `host:port` or `[ipv6]:port`. Returns undefined for anything else (no throw: redirect
 * targets come from the server and may be garbage).
 */
export function parseHostPort(target: string): HostPort | undefined {
  const match = /^(?:\[([^\]]+)\]|([^:\s[\]]+)):(\d{1,5})$/.exec(target.trim());
  if (!match) return undefined;
  const port = Number(match[3]);
  if (port < 1 || port > 65535) return undefined;
  return { host: (match[1] ?? match[2]) as string, port };
}
