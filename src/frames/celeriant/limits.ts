/** Size limits checked on every frame header before its body is read. */
export interface FrameLimits {
  /** Largest body accepted from the peer, in bytes. */
  maxBodySize: number;
}

/** The official clients cap responses at 64 MiB (spec §1.2, §5). */
export const DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024;

/** The official clients cap requests at 10,000,000 bytes (spec §5). */
export const DEFAULT_MAX_REQUEST_SIZE = 10_000_000;

/** Fixed-size messages fit in 1024 bytes with their header (spec §1.2). */
export const FIXED_BODY_SIZE = 1024 - 17;
