#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compose
} from "./cli-chunk-GTIARY7T.js";
import {
  writeFileAtomic
} from "./cli-chunk-XBEZ52VL.js";
import {
  loadComponentFile
} from "./cli-chunk-NM47T7QE.js";
import "./cli-chunk-3Y5FLEB3.js";
import {
  ExitCode
} from "./cli-chunk-OQZ2DEPI.js";
import {
  escapeControl
} from "./cli-chunk-3NZDDQY7.js";
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
