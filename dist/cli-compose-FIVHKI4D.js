#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compose
} from "./cli-chunk-2FFUSA3H.js";
import {
  writeFileAtomic
} from "./cli-chunk-ZE4V6G7D.js";
import {
  loadComponentFile
} from "./cli-chunk-ZQRGJOD3.js";
import {
  escapeControl
} from "./cli-chunk-JFUP3HF2.js";
import {
  ExitCode
} from "./cli-chunk-OQZ2DEPI.js";
import "./cli-chunk-HWCCQPND.js";

// src/cli/commands/compose.ts
async function composeCommand(rootPath, options, io) {
  const root = await loadComponentFile(rootPath);
  const plugs = await Promise.all(options.plug.map((plug) => loadComponentFile(plug)));
  const result = compose(
    { bytes: root.bytes, label: rootPath, component: root.component },
    plugs.map((p) => ({ bytes: p.bytes, label: p.path, component: p.component }))
  );
  for (const warning of result.warnings)
    io.stderr(`wasi-virt: warning: ${escapeControl(warning)}
`);
  await writeFileAtomic(options.output, result.chunks);
  const { imports } = result;
  const lines = [`wrote ${options.output} (${result.length} bytes)`];
  for (const s of result.satisfied)
    lines.push(`  ${s.consumer}: ${s.import} <- ${s.plug} (${s.export})`);
  lines.push(`imports (${imports.length}):`, ...imports.map((i) => `  ${i.name}`));
  io.stdout(lines.map(escapeControl).join("\n") + "\n");
  return ExitCode.pass;
}
export {
  composeCommand
};
