#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/errors.ts
var UserInputError = class extends Error {
  name = "UserInputError";
};

// src/cli/io.ts
function processIo() {
  const writer = (stream) => {
    let closed = false;
    stream.on("error", (error) => {
      if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
      closed = true;
    });
    return (text) => {
      if (!closed && !stream.destroyed) stream.write(text);
    };
  };
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    terminal: process.stderr
  };
}
var ExitCode = { pass: 0, violation: 1, usage: 2, internal: 3 };

// src/escape.ts
var named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
function hex4(code) {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeControl(text) {
  return text.replace(unsafe, (c) => named[c] ?? hex4(c.charCodeAt(0))).replace(/[\ud800-\udfff]/g, (c, at, whole) => {
    const code = c.charCodeAt(0);
    const pairedHigh = code < 56320 && /[\udc00-\udfff]/.test(whole[at + 1] ?? "");
    const pairedLow = code >= 56320 && /[\ud800-\udbff]/.test(whole[at - 1] ?? "");
    return pairedHigh || pairedLow ? c : hex4(code);
  });
}
function noCommandLines(text) {
  return text.replace(/^([ \t]*):(?=:)/gm, (_m, space) => `${space}\\u003a`);
}
function capLine(text, max = 500) {
  if (text.length <= max) return text;
  const cut = /[\ud800-\udbff]/.test(text[max - 2] ?? "") ? max - 2 : max - 1;
  return `${text.slice(0, cut)}\u2026`;
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
  __require,
  __commonJS,
  __toESM,
  UserInputError,
  parseByteSize,
  processIo,
  ExitCode,
  escapeControl,
  noCommandLines,
  capLine
};
