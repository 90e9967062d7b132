#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  escapeControl
} from "./cli-chunk-3NZDDQY7.js";

// src/report/text-table.ts
function textTable(header, cells) {
  const rows = cells.map((row) => row.map(escapeControl));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells2) => cells2.map((cell, i) => i === cells2.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

export {
  textTable
};
