import { UserInputError } from './errors.js';

const byteUnits: Record<string, number> = { '': 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 };

/** A size in bytes: a whole number, optionally with a binary unit (`64K`, `1M`, `1G`; `KiB` and `MB` read the same). */
export function parseByteSize(label: string, value: string): number {
  const match = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = match ? Number(match[1]) * byteUnits[match[2]!.toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(bytes) || bytes > 2 ** 32)
    throw new UserInputError(
      `${label} takes a size in bytes such as 65536, 64K or 1M (at most 4G), not '${value}'`,
    );
  return bytes;
}
