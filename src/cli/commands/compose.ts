import { compose } from '../../compose/compose.js';
import { loadComponentFile } from '../../inspect/load-component.js';
import { writeFileAtomic } from '../../sinks/write-file-atomic.js';
import { ExitCode, type Io } from '../io.js';
import { escapeControl } from '../../escape.js';

export interface ComposeOptions {
  plug: string[];
  output: string;
}

export async function composeCommand(
  rootPath: string,
  options: ComposeOptions,
  io: Io,
): Promise<number> {
  const root = await loadComponentFile(rootPath);
  const plugs = await Promise.all(options.plug.map((plug) => loadComponentFile(plug)));
  const result = compose(
    { bytes: root.bytes, label: rootPath, component: root.component },
    plugs.map((p) => ({ bytes: p.bytes, label: p.path, component: p.component })),
  );
  for (const warning of result.warnings)
    io.stderr(`wasi-virt: warning: ${escapeControl(warning)}\n`);
  await writeFileAtomic(options.output, result.chunks);
  const { imports } = result;
  const lines = [`wrote ${options.output} (${result.length} bytes)`];
  for (const s of result.satisfied)
    lines.push(`  ${s.consumer}: ${s.import} <- ${s.plug} (${s.export})`);
  lines.push(`imports (${imports.length}):`, ...imports.map((i) => `  ${i.name}`));
  io.stdout(lines.map(escapeControl).join('\n') + '\n');
  return ExitCode.pass;
}
