// A small, strict zip reader (central directory, zip64, stored and deflate entries).
import { crc32, inflateRawSync } from 'node:zlib';
import { MalformedModelError, getLimits } from '@tandem/core';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 1_000_000;

/**
 * Reads the directory of a zip archive held in memory. Every offset and size is checked against
 * the file before use; entries are read on demand with `read(name)`.
 */
export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(
    private readonly data: Uint8Array,
    private readonly what = 'zip archive',
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.readDirectory();
  }

  private fail(msg: string): never {
    throw new MalformedModelError(`${this.what}: ${msg}`);
  }

  private u16 = (o: number) => this.view.getUint16(o, true);
  private u32 = (o: number) => this.view.getUint32(o, true);
  private u64(o: number): number {
    const v = this.view.getBigUint64(o, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`64-bit field ${v} is too large`);
    return Number(v);
  }

  private readDirectory(): void {
    const d = this.data;
    if (d.length < 22)
      this.fail(`truncated (${d.length} bytes, no end-of-central-directory record)`);
    let eocd = -1;
    for (let i = d.length - 22; i >= Math.max(0, d.length - 22 - 0xffff); i--) {
      if (this.u32(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) this.fail('no end-of-central-directory record (truncated or not a zip file)');
    let count = this.u16(eocd + 10);
    let cdSize = this.u32(eocd + 12);
    let cdOffset = this.u32(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || this.u32(loc) !== EOCD64_LOCATOR) this.fail('zip64 locator missing');
      const e64 = this.u64(loc + 8);
      if (e64 + 56 > d.length || this.u32(e64) !== EOCD64)
        this.fail('zip64 end-of-central-directory record missing');
      count = this.u64(e64 + 32);
      cdSize = this.u64(e64 + 40);
      cdOffset = this.u64(e64 + 48);
    }
    if (count > MAX_ENTRIES) this.fail(`${count} entries is over the limit of ${MAX_ENTRIES}`);
    if (cdOffset + cdSize > d.length)
      this.fail('central directory lies outside the file (truncated?)');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cdOffset + cdSize || this.u32(p) !== CENTRAL)
        this.fail(`central directory entry ${i} is malformed`);
      const flags = this.u16(p + 8);
      const method = this.u16(p + 10);
      const crc = this.u32(p + 16);
      let compressedSize = this.u32(p + 20);
      let size = this.u32(p + 24);
      const nameLen = this.u16(p + 28);
      const extraLen = this.u16(p + 30);
      const commentLen = this.u16(p + 32);
      let localHeaderOffset = this.u32(p + 42);
      const end = p + 46 + nameLen + extraLen + commentLen;
      if (end > cdOffset + cdSize) this.fail(`central directory entry ${i} overruns the directory`);
      if (flags & 0x1) this.fail('encrypted entries are not supported');
      const name = new TextDecoder().decode(d.subarray(p + 46, p + 46 + nameLen));
      // Zip64 extra field: the 64-bit values present are those whose 32-bit fields are saturated.
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      while (e + 4 <= extraEnd) {
        const id = this.u16(e);
        const len = this.u16(e + 2);
        if (e + 4 + len > extraEnd) this.fail(`entry '${name}' has a malformed extra field`);
        if (id === 0x0001) {
          let q = e + 4;
          const take = () => {
            if (q + 8 > e + 4 + len) this.fail(`entry '${name}' has a short zip64 field`);
            q += 8;
            return this.u64(q - 8);
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
        }
        e += 4 + len;
      }
      if (this.entries.has(name)) this.fail(`duplicate entry '${name}'`);
      this.entries.set(name, { name, method, compressedSize, size, crc, localHeaderOffset });
      p = end;
    }
  }

  /** The bytes of entry `name`, checked against its size and CRC-32. */
  read(name: string): Uint8Array {
    const e = this.entries.get(name);
    if (!e) this.fail(`missing entry '${name}'`);
    const d = this.data;
    const h = e.localHeaderOffset;
    if (h + 30 > d.length || this.u32(h) !== LOCAL)
      this.fail(`entry '${name}': local header out of range or corrupt`);
    const start = h + 30 + this.u16(h + 26) + this.u16(h + 28);
    if (start + e.compressedSize > d.length)
      this.fail(`entry '${name}': data runs past the end of the file (truncated?)`);
    if (e.size > getLimits().maxTensorBytes)
      this.fail(`entry '${name}' declares ${e.size} bytes, over the tensor limit`);
    const raw = d.subarray(start, start + e.compressedSize);
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) this.fail(`stored entry '${name}' has mismatched sizes`);
      out = raw;
    } else if (e.method === 8) {
      try {
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) });
      } catch (err) {
        this.fail(
          `entry '${name}': deflate data is corrupt or larger than declared (${(err as Error).message})`,
        );
      }
      if (out.length !== e.size)
        this.fail(`entry '${name}': inflated to ${out.length} bytes, declared ${e.size}`);
    } else {
      this.fail(`entry '${name}' uses compression method ${e.method} (supported: stored, deflate)`);
    }
    if (typeof crc32 === 'function' && crc32(out) >>> 0 !== e.crc)
      this.fail(`entry '${name}': CRC-32 mismatch (corrupt file)`);
    return out;
  }
}
