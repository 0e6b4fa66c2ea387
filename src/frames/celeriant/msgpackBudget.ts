/** Limits a MessagePack body must fit before it is decoded. */
export interface MsgpackBudget {
  /** Deepest nesting of arrays and maps (the root container is depth 1). */
  maxDepth: number;
  /** Upper bound of the heap the decoded value may take, estimated from the bytes, in bytes. */
  maxDecodedSize: number;
}

/** Celeriant responses nest five levels at most (read → batches → batch → events → event). */
export const DEFAULT_MAX_DEPTH = 32;

/** Room for a full 64 MiB response of small fields, and far below what aborts a 512 MB process. */
export const DEFAULT_MAX_DECODED_SIZE = 256 * 1024 * 1024;

// Heap estimates per decoded value (V8, 64-bit): a slot in its parent for every value, plus the
// object for a container and the header of a string, bin or ext. Deliberately generous, so the
// estimate is an upper bound: a run of empty arrays costs ~40 B of heap per input byte.
const SLOT = 8;
const CONTAINER = 64;
const BLOB = 64;

/** Why a body was refused: `too-complex` for the budget, `malformed-body` for impossible lengths. */
export interface BudgetExcess {
  kind: 'too-complex' | 'malformed-body';
  message: string;
}

const malformed = (message: string): BudgetExcess => ({ kind: 'malformed-body', message });
const excess = (message: string): BudgetExcess => ({ kind: 'too-complex', message });

/**
 * Walks the MessagePack headers of `bytes` without decoding any value, and returns why the body
 * must not be decoded, or undefined when it fits. @msgpack/msgpack has no depth limit: a run of
 * one-element arrays costs ~160 B of heap per input byte there. This scan reads each header once
 * and stops at the first excess, so a bomb is refused after a few bytes.
 *
 * It also refuses lengths the remaining bytes cannot hold (every element takes at least one byte),
 * so a lying array32/map32/str32 prefix is refused before anything is allocated.
 */
export function checkMsgpackBudget(bytes: Uint8Array, budget: MsgpackBudget): BudgetExcess | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pending: number[] = []; // values still owed by each open container, innermost last
  let values = 1;
  let pos = 0;
  let cost = 0;
  while (values > 0 || pending.length > 0) {
    if (values === 0) {
      values = pending.pop() as number;
      continue;
    }
    values--;
    if (pos >= bytes.byteLength) return malformed('The body ends inside a value.');
    const head = readHead(view, pos);
    if (head === undefined) return malformed('The body ends inside a value header.');
    pos += head.header;
    cost += SLOT;
    const left = bytes.byteLength - pos;
    if (head.container) {
      if (head.items > left)
        return malformed(`A container declares ${head.items} values but ${left} bytes are left.`);
      if (pending.length + 1 > budget.maxDepth)
        return excess(`Arrays and maps nest deeper than maxDepth (${budget.maxDepth}).`);
      cost += CONTAINER;
      pending.push(values);
      values = head.items;
    } else if (head.blob > 0) {
      if (head.blob > left)
        return malformed(`A string, bin or ext declares ${head.blob} bytes but ${left} are left.`);
      cost += BLOB + head.blob;
      pos += head.blob;
    }
    if (cost > budget.maxDecodedSize)
      return excess(
        `The decoded value would take more than maxDecodedSize (${budget.maxDecodedSize} bytes).`,
      );
  }
  return undefined;
}

interface Head {
  /** Header bytes, including fixed-size scalar payloads. */
  header: number;
  /** Values a container holds (a map counts keys and values). */
  items: number;
  container: boolean;
  /** Payload bytes of a string, bin or ext. */
  blob: number;
}

const scalar = (header: number): Head => ({ header, items: 0, container: false, blob: 0 });
const box = (header: number, items: number): Head => ({ header, items, container: true, blob: 0 });
const blob = (header: number, size: number): Head => ({ header, items: 0, container: false, blob: size });

// Scalars whose payload has a fixed size: marker → header plus payload bytes (fixext: marker,
// type, data).
const FIXED = new Map<number, number>([
  [0xcc, 2],
  [0xd0, 2],
  [0xcd, 3],
  [0xd1, 3],
  [0xca, 5],
  [0xce, 5],
  [0xd2, 5],
  [0xcb, 9],
  [0xcf, 9],
  [0xd3, 9],
  [0xd4, 3],
  [0xd5, 4],
  [0xd6, 6],
  [0xd7, 10],
  [0xd8, 18],
]);
type Sized = readonly [width: 1 | 2 | 4, header: number, kind: 'blob' | 'array' | 'map'];
// Variable sizes: marker → bytes of the length field, header size, kind (ext: the type byte
// follows the length, so it is part of the header).
const SIZED = new Map<number, Sized>([
  [0xc4, [1, 2, 'blob']],
  [0xc5, [2, 3, 'blob']],
  [0xc6, [4, 5, 'blob']],
  [0xd9, [1, 2, 'blob']],
  [0xda, [2, 3, 'blob']],
  [0xdb, [4, 5, 'blob']],
  [0xc7, [1, 3, 'blob']],
  [0xc8, [2, 4, 'blob']],
  [0xc9, [4, 6, 'blob']],
  [0xdc, [2, 3, 'array']],
  [0xdd, [4, 5, 'array']],
  [0xde, [2, 3, 'map']],
  [0xdf, [4, 5, 'map']],
]);

/** The header at `pos` (MessagePack spec, "Formats"); undefined when the bytes end inside it. */
function readHead(view: DataView, pos: number): Head | undefined {
  const b = view.getUint8(pos);
  if (b >= 0x80 && b <= 0x8f) return box(1, (b & 0x0f) * 2);
  if (b >= 0x90 && b <= 0x9f) return box(1, b & 0x0f);
  if (b >= 0xa0 && b <= 0xbf) return blob(1, b & 0x1f);
  const sized = SIZED.get(b);
  if (sized === undefined) {
    const header = FIXED.get(b) ?? 1; // fixints, nil, booleans (and 0xc1, which the decoder refuses)
    return pos + header <= view.byteLength ? scalar(header) : undefined;
  }
  const [width, header, kind] = sized;
  if (pos + header > view.byteLength) return undefined;
  const n =
    width === 1 ? view.getUint8(pos + 1) : width === 2 ? view.getUint16(pos + 1) : view.getUint32(pos + 1);
  return kind === 'blob' ? blob(header, n) : box(header, kind === 'map' ? n * 2 : n);
}
