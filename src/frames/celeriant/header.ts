import { type FrameResult, frameFail, frameOk } from './celeriantFrameError.ts';

/** Bytes in every frame header (spec §1.2). */
export const HEADER_SIZE = 17;

/** Body encoding: `3` is MessagePack, the only one codestate speaks (`2` is bincode). */
export const PROTOCOL_VERSION_MSGPACK = 3;

/** Compression byte: `0` none, `1` dictionary zstd (spec §1.5). */
export const COMPRESSION_NONE = 0;

/** The decoded 17-byte little-endian frame header. */
export interface FrameHeader {
  /** Body encoding: 2 bincode, 3 MessagePack. */
  version: number;
  /** Message type id (request or response table, spec §1.3). */
  typeId: number;
  /** Body bytes on the wire. */
  compressedLength: number;
  /** Body bytes after decompression; equals `compressedLength` when uncompressed. */
  uncompressedLength: number;
  /** 0 none, 1 zstd with dictionary. */
  compression: number;
}

/** Encodes a header for an uncompressed MessagePack body of `bodyLength` bytes. */
export function encodeHeader(typeId: number, bodyLength: number): Uint8Array {
  const bytes = new Uint8Array(HEADER_SIZE);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, PROTOCOL_VERSION_MSGPACK, true);
  view.setUint32(4, typeId, true);
  view.setUint32(8, bodyLength, true);
  view.setUint32(12, bodyLength, true);
  bytes[16] = COMPRESSION_NONE;
  return bytes;
}

/** Reads the 17 header bytes at `offset` without checking them (see {@link checkHeader}). */
export function readHeader(bytes: Uint8Array, offset = 0): FrameHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, HEADER_SIZE);
  return {
    version: view.getUint32(0, true),
    typeId: view.getUint32(4, true),
    compressedLength: view.getUint32(8, true),
    uncompressedLength: view.getUint32(12, true),
    compression: view.getUint8(16),
  };
}

/**
 * Checks a header before its body is read: version, compression and both lengths against
 * `maxBodySize`. The server closes the connection on the same faults (spec §1.9).
 */
export function checkHeader(header: FrameHeader, maxBodySize: number): FrameResult<FrameHeader> {
  if (header.version !== PROTOCOL_VERSION_MSGPACK) {
    return frameFail('unsupported-version', `Frame version ${header.version} is not MessagePack (3).`);
  }
  if (header.compressedLength > maxBodySize || header.uncompressedLength > maxBodySize) {
    return frameFail(
      'too-large',
      `Frame body of ${Math.max(header.compressedLength, header.uncompressedLength)} bytes exceeds the ${maxBodySize}-byte limit.`,
    );
  }
  if (header.compression !== COMPRESSION_NONE) {
    return frameFail(
      'unsupported-compression',
      `Frame uses compression ${header.compression}; only 0 is supported.`,
    );
  }
  if (header.compressedLength !== header.uncompressedLength) {
    return frameFail(
      'length-mismatch',
      `Uncompressed frame says ${header.compressedLength} bytes on the wire but ${header.uncompressedLength} decoded.`,
    );
  }
  return frameOk(header);
}

/** Reads and checks a header from exactly the first 17 bytes of `bytes`. */
export function decodeHeader(bytes: Uint8Array, maxBodySize: number): FrameResult<FrameHeader> {
  if (bytes.byteLength < HEADER_SIZE) {
    return frameFail('malformed-body', `A frame header needs ${HEADER_SIZE} bytes, got ${bytes.byteLength}.`);
  }
  return checkHeader(readHeader(bytes), maxBodySize);
}
