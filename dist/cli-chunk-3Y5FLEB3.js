#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/errors.ts
var UserInputError = class extends Error {
  name = "UserInputError";
};

// src/digest.ts
function withSha256(target, bytes) {
  let digest;
  return Object.defineProperty(target, "sha256", {
    enumerable: true,
    get: () => digest ??= process.getBuiltinModule("node:crypto").createHash("sha256").update(bytes).digest("hex")
  });
}

// src/byte-size.ts
var byteUnits = { "": 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 };
function parseByteSize(label, value) {
  const match = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = match ? Number(match[1]) * byteUnits[match[2].toLowerCase()] : NaN;
  if (!Number.isSafeInteger(bytes) || bytes > 2 ** 32)
    throw new UserInputError(
      `${label} takes a size in bytes such as 65536, 64K or 1M (at most 4G), not '${value}'`
    );
  return bytes;
}

export {
  withSha256,
  UserInputError,
  parseByteSize
};
