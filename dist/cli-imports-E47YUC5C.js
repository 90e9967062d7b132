#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  textTable
} from "./cli-chunk-3XM3XOAL.js";
import {
  describeComponent,
  loadComponentFile
} from "./cli-chunk-NMHYQWUP.js";
import "./cli-chunk-M4GHKETI.js";
import {
  ExitCode
} from "./cli-chunk-OQZ2DEPI.js";
import "./cli-chunk-HWCCQPND.js";

// src/cli/commands/imports.ts
function contents(item) {
  if (!item.functions) return "";
  const parts = [];
  if (item.functions.length > 0)
    parts.push(`${item.functions.length} function(s): ${item.functions.join(", ")}`);
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
async function importsCommand(path, options, io) {
  const { component } = await loadComponentFile(path);
  const description = describeComponent(component);
  if (options.json) {
    io.stdout(JSON.stringify(description, null, 2) + "\n");
  } else {
    io.stdout(table(description.imports, "IMPORT") + "\n" + table(description.exports, "EXPORT"));
  }
  return ExitCode.pass;
}
export {
  importsCommand
};
