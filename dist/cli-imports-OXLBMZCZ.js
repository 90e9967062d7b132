#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  describeComponent,
  loadComponentFile
} from "./cli-chunk-NM47T7QE.js";
import "./cli-chunk-3Y5FLEB3.js";
import {
  ExitCode
} from "./cli-chunk-OQZ2DEPI.js";
import {
  textTable
} from "./cli-chunk-UKGU73DF.js";
import {
  escapeControl
} from "./cli-chunk-3NZDDQY7.js";
import "./cli-chunk-HWCCQPND.js";

// src/cli/commands/imports.ts
function contents(item) {
  if (!item.functions) return "";
  const parts = [];
  const shown = (f) => item.asyncFunctions?.includes(f) ? `${f} (async)` : f;
  if (item.functions.length > 0)
    parts.push(`${item.functions.length} function(s): ${item.functions.map(shown).join(", ")}`);
  else parts.push("types only");
  if (item.resources?.length) parts.push(`resources: ${item.resources.join(", ")}`);
  if (item.types?.length) parts.push(`types: ${item.types.join(", ")}`);
  return parts.join("; ");
}
function table(items, title) {
  if (items.length === 0) return `${title}: none
`;
  return textTable(
    [title, "KIND", "CONTENTS"],
    items.map((i) => [i.name, i.kind, contents(i)])
  );
}
async function importsCommand(paths, options, io) {
  const described = [];
  for (const path of paths)
    described.push({
      path,
      description: describeComponent((await loadComponentFile(path)).component)
    });
  const text = (d) => table(d.imports, "IMPORT") + "\n" + table(d.exports, "EXPORT");
  if (described.length === 1) {
    const { description } = described[0];
    io.stdout(options.json ? JSON.stringify(description, null, 2) + "\n" : text(description));
  } else if (options.json) {
    const components = described.map(({ path, description }) => ({ path, ...description }));
    io.stdout(JSON.stringify({ components }, null, 2) + "\n");
  } else {
    io.stdout(
      described.map(({ path, description }) => `${escapeControl(path)}:
${text(description)}`).join("\n")
    );
  }
  return ExitCode.pass;
}
export {
  importsCommand
};
