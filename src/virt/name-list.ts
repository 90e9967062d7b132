import { bytesColumn, u32Column } from './column.js';

const utf8 = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Names (UTF-8, checked by whoever adds them) in one run of bytes, each known by its index:
 * no string per name until one is asked for.
 */
export class NameList {
  private readonly bytes = bytesColumn();
  private readonly starts = u32Column();
  private readonly lengths = u32Column();

  /** Adds a name; returns its index. */
  add(name: string | Uint8Array): number {
    const raw = typeof name === 'string' ? utf8.encode(name) : name;
    this.lengths.push(raw.length);
    return this.starts.push(this.bytes.append(raw));
  }

  /** A name's UTF-8 bytes, as a view: valid until the next name is added. */
  bytesOf(index: number): Uint8Array {
    const start = this.starts.get(index);
    return this.bytes.view(start, start + this.lengths.get(index));
  }

  text(index: number): string {
    return decoder.decode(this.bytesOf(index));
  }
}
