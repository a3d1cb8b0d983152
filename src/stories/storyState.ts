import { endianness } from "node:os";
import type { StoryPair } from "./findStoryPairs.ts";
import type { TextFingerprint } from "./fingerprintArticle.ts";

/** An article's fingerprint as cached, valid while its file's hash is unchanged. */
export interface CachedFingerprint extends TextFingerprint {
  id: string;
  contentHash: string;
}

/** What one clustering run leaves for the next: fingerprints and the confirmed pairs among them. */
export interface StoryState {
  /** See fingerprintKey: a state made with other settings is thrown away. */
  key: string;
  fingerprints: CachedFingerprint[];
  pairs: StoryPair[];
}

const MAGIC = "news-archive stories 1\n";
const ID_BYTES = 12;
const HASH_BYTES = 40;

function align4(offset: number): number {
  return (offset + 3) & ~3;
}

/**
 * Serialises the state: a JSON header line (key, pair list, counts), then one fixed-layout binary
 * record per article (id, file hash, signature, terms, counts), 4-byte aligned so that reading
 * is a few memory copies instead of millions of parsed numbers. Yields the bytes in chunks of
 * `perChunk` records, so that a big state is written without one buffer of its whole size.
 */
export function* encodeStoryStateChunks(state: StoryState, perChunk = 4096): Generator<Buffer> {
  const first = state.fingerprints[0];
  const hashes = first?.signature.length ?? 0;
  const header = Buffer.from(
    `${MAGIC}${JSON.stringify({ key: state.key, count: state.fingerprints.length, hashes, pairs: state.pairs })}\n`,
  );
  yield Buffer.concat([header, Buffer.alloc(align4(header.length) - header.length)]);
  for (let start = 0; start < state.fingerprints.length; start += perChunk) {
    const chunk = state.fingerprints.slice(start, start + perChunk);
    let size = 0;
    for (const f of chunk) {
      size +=
        ID_BYTES + HASH_BYTES + 4 + hashes * 4 + f.terms.length * 4 + align4(f.counts.length * 2);
    }
    const buffer = Buffer.alloc(size);
    let at = 0;
    for (const f of chunk) {
      if (f.signature.length !== hashes)
        throw new Error(`fingerprint ${f.id} has another signature length`);
      buffer.write(f.id.padEnd(ID_BYTES).slice(0, ID_BYTES), at, "latin1");
      buffer.write(f.contentHash.padEnd(HASH_BYTES).slice(0, HASH_BYTES), at + ID_BYTES, "latin1");
      at += ID_BYTES + HASH_BYTES;
      buffer.writeUInt32LE(f.terms.length, at);
      at += 4;
      Buffer.from(f.signature.buffer, f.signature.byteOffset, hashes * 4).copy(buffer, at);
      at += hashes * 4;
      Buffer.from(f.terms.buffer, f.terms.byteOffset, f.terms.length * 4).copy(buffer, at);
      at += f.terms.length * 4;
      Buffer.from(f.counts.buffer, f.counts.byteOffset, f.counts.length * 2).copy(buffer, at);
      at += align4(f.counts.length * 2);
    }
    yield buffer;
  }
}

/** The whole state as one buffer (see encodeStoryStateChunks). */
export function encodeStoryState(state: StoryState): Buffer {
  return Buffer.concat([...encodeStoryStateChunks(state)]);
}

/**
 * `count` elements of a typed array at byte `at` of the state: a view into the buffer read from
 * disk (the records are 4-byte aligned), or a copy when the buffer itself does not start on a
 * 4-byte boundary. Views spare 300k small copies at 100k articles and keep no second copy.
 */
function arrayAt<T extends Uint32Array | Uint16Array>(
  kind: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number },
  buffer: Buffer,
  at: number,
  count: number,
): T {
  const offset = buffer.byteOffset + at;
  if (offset % 4 === 0) return new kind(buffer.buffer, offset, count);
  const copy = new Uint8Array(count * kind.BYTES_PER_ELEMENT);
  copy.set(buffer.subarray(at, at + copy.length));
  return new kind(copy.buffer, 0, count);
}

/** Reads a state written by encodeStoryState; anything malformed gives undefined (a clean run). */
export function decodeStoryState(buffer: Buffer): StoryState | undefined {
  // Typed arrays use the machine's byte order; the file is little-endian.
  if (endianness() !== "LE") return undefined;
  if (buffer.subarray(0, MAGIC.length).toString("latin1") !== MAGIC) return undefined;
  const end = buffer.indexOf(10, MAGIC.length);
  if (end === -1) return undefined;
  try {
    const header = JSON.parse(buffer.subarray(MAGIC.length, end).toString("utf8")) as {
      key: string;
      count: number;
      hashes: number;
      pairs: [string, string][];
    };
    const fingerprints: CachedFingerprint[] = [];
    let at = align4(end + 1);
    for (let i = 0; i < header.count; i++) {
      const id = buffer.toString("latin1", at, at + ID_BYTES).trimEnd();
      const contentHash = buffer
        .toString("latin1", at + ID_BYTES, at + ID_BYTES + HASH_BYTES)
        .trimEnd();
      at += ID_BYTES + HASH_BYTES;
      const termCount = buffer.readUInt32LE(at);
      at += 4;
      if (at + header.hashes * 4 + termCount * 4 + align4(termCount * 2) > buffer.length)
        return undefined;
      const signature = arrayAt(Uint32Array, buffer, at, header.hashes);
      at += header.hashes * 4;
      const terms = arrayAt(Uint32Array, buffer, at, termCount);
      at += termCount * 4;
      const counts = arrayAt(Uint16Array, buffer, at, termCount);
      at += align4(termCount * 2);
      fingerprints.push({ id, contentHash, signature, terms, counts });
    }
    return { key: header.key, fingerprints, pairs: header.pairs };
  } catch {
    return undefined;
  }
}
