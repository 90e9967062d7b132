#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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
var splitsPair = (text, at) => /[\ud800-\udbff]/.test(text[at - 1] ?? "");
function capLine(text, max = 500) {
  if (text.length <= max) return text;
  let head = Math.floor((max - 1) * 0.6);
  if (splitsPair(text, head)) head--;
  let tailStart = text.length - (max - 1 - head);
  if (splitsPair(text, tailStart)) tailStart++;
  return `${text.slice(0, head)}\u2026${text.slice(tailStart)}`;
}

export {
  escapeControl,
  noCommandLines,
  capLine
};
