import { Command, Option } from 'commander';
import { reportFormats, type ReportFormat } from '../report/check-report.js';
import { TOOL_NAME, VERSION } from '../version.js';
import type { VirtualizeCommandOptions } from './commands/virtualize.js';
import { flagTerm, normalizeArgv } from './virt-flags.js';
import { ExitCode, processIo, type Io } from './io.js';
import { noCommandLines } from '../escape.js';
import { reportError } from './report-error.js';
import { POLICY_OPTIONS } from '../policy/options.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** Every command takes --quiet (main.ts silences the command's output; see Io.quiet). */
const QUIET_HELP =
  'print nothing but errors and, when the gate fails, its violations (on stderr); files are still written';

/** The policy's flags, one per row of the option table. */
function addPolicyOptions(command: Command): void {
  for (const option of POLICY_OPTIONS) {
    const flags = `${option.short ? `-${option.short}, ` : ''}--${option.name} ${option.kind.placeholder}`;
    if (option.repeatable) command.option(flags, option.help, collect, []);
    else command.option(flags, option.help);
  }
}

/**
 * The command line. Each command's module loads when the command runs, so `--version`, `--help`
 * and the light commands never load the generator (binaryen, jco). Commands write to `io`;
 * commander's help and usage errors go to `output`.
 */
function buildProgram(
  io: Io,
  output: Io,
  env: NodeJS.ProcessEnv,
  setExit: (code: number) => void,
): Command {
  const program = new Command(TOOL_NAME)
    .description('Virtualize WASI in WebAssembly components and gate what they import.')
    .version(VERSION)
    .enablePositionalOptions()
    .exitOverride()
    .configureHelp({ optionTerm: (option) => flagTerm(option.long) ?? option.flags })
    .configureOutput({
      writeOut: output.stdout,
      writeErr: output.stderr,
      // Commander may add a "(Did you mean ...?)" line: keep every error on one line.
      outputError: (text, write) =>
        write(`${TOOL_NAME}: ${text.trim().replace(/\s*\n\s*/g, ' ')}\n`),
    });

  program
    .argument(
      '[component]',
      'the component to virtualize (without one, only the virtual adapter is written)',
    )
    .option('-o, --output <file>', 'where to write the virtualized component (or the adapter)');
  addPolicyOptions(program);
  program
    .option('--policy <file>', 'TOML, JSON or YAML policy file; flags override it')
    .option('--print-policy', 'print the effective policy as TOML and exit')
    .option('--no-verify', "do not check the output's imports against the policy")
    .addOption(
      new Option('--format <format>', "the output gate's report format (default text)").choices(
        reportFormats,
      ),
    )
    .option(
      '--report-file <file>',
      "write the output gate's report to this file (the text summary still goes to stdout)",
    )
    .option('-q, --quiet', QUIET_HELP)
    .addHelpText(
      'after',
      '\nEvery flag of this command can come from a WASI_VIRT_* environment variable instead\n(WASI_VIRT_ALLOW_ENV, WASI_VIRT_ENV, WASI_VIRT_OUTPUT, ...; see docs/docker.md); flags win.',
    )
    .action(async (component: string | undefined, options: VirtualizeCommandOptions) =>
      setExit(
        await (
          await import('./commands/virtualize.js')
        ).virtualizeCommand(component, options, io, env),
      ),
    );

  program
    .command('imports')
    .description(
      "list a component's imports and exports, with the functions each interface carries",
    )
    .argument('<components...>', 'component .wasm files (several: one combined listing)')
    .option('--json', 'print the import model as JSON')
    .option('-q, --quiet', QUIET_HELP)
    .action(async (paths: string[], options: { json?: boolean }) =>
      setExit(await (await import('./commands/imports.js')).importsCommand(paths, options, io)),
    );

  program
    .command('check')
    .description(
      'verify that components import only what the rules allow (exit 0 pass, 1 violation, 2 usage error)',
    )
    .argument(
      '<components...>',
      'component .wasm files (several: one combined report, exit 1 if any violates)',
    )
    .option(
      '--allow <pattern>',
      'allow imports matching the pattern (repeatable); once given, everything else is a violation',
      collect,
      [],
    )
    .option(
      '--deny <pattern>',
      "deny imports matching the pattern (repeatable); deny wins; '*' means import-free",
      collect,
      [],
    )
    .option('--policy <file>', 'TOML, JSON or YAML policy file with [imports] allow/deny lists')
    .addOption(
      new Option('--format <format>', 'report format').choices(reportFormats).default('text'),
    )
    .option(
      '--report-file <file>',
      'write the report to this file (the text summary still goes to stdout)',
    )
    .option('-q, --quiet', QUIET_HELP)
    .addHelpText(
      'after',
      '\nPatterns: *, wasi:*, wasi:filesystem/*, wasi:cli/environment, with an optional semver range\n(wasi:cli/*@0.2.*, wasi:io/streams@^0.2.3) and an optional function (wasi:cli/environment#get-environment).',
    )
    .action(
      async (
        paths: string[],
        options: {
          allow: string[];
          deny: string[];
          policy?: string;
          format: ReportFormat;
          reportFile?: string;
        },
      ) => setExit(await (await import('./commands/check.js')).checkCommand(paths, options, io)),
    );

  program
    .command('compose')
    .description(
      'compose plugs into a component: each import a plug exports is wired to it, the rest stay imports',
    )
    .argument('<root>', 'the component whose imports plugs satisfy')
    .option(
      '--plug <plug>',
      'a component whose exports satisfy imports (repeatable; instantiated in order)',
      collect,
      [],
    )
    .requiredOption('-o, --output <file>', 'where to write the composed component')
    .option('-q, --quiet', QUIET_HELP)
    .action(async (root: string, options: { plug: string[]; output: string }) =>
      setExit(await (await import('./commands/compose.js')).composeCommand(root, options, io)),
    );

  // --quiet, given to the command run or (before a subcommand) to wasi-virt itself.
  program.hook('preAction', (root, command) => {
    if (root.opts().quiet || command.opts().quiet) io.quiet = true;
  });
  return program;
}

/** The flags of every command that take a value (`--arg <value>`): the next argument is theirs. */
function valueFlags(program: Command): Set<string> {
  const options = [program, ...program.commands].flatMap((c) => c.options);
  return new Set(
    options
      .filter((o) => o.required)
      .flatMap((o) => [o.short, o.long].filter((f) => f !== undefined)),
  );
}

/**
 * Runs the CLI and returns its exit code: 0 pass, 1 policy violated, 2 usage or input error,
 * 3 internal error.
 * `env` is where the default command reads WASI_VIRT_* settings from.
 */
export async function main(
  argv: string[],
  rawIo: Io = processIo(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  // Last line of defence for CI logs: no printed line starts a workflow command (`::`).
  const io: Io = {
    stdout: (t) => rawIo.stdout(noCommandLines(t)),
    stderr: (t) => rawIo.stderr(noCommandLines(t)),
  };
  // What commands write to: silent under --quiet but for a failing gate's violations. Commander's
  // own output (help, usage errors) and reportError's errors go to `io`, quiet or not.
  const commandIo: Io = {
    stdout: (t) => {
      if (!commandIo.quiet) io.stdout(t);
    },
    stderr: (t) => {
      if (!commandIo.quiet) io.stderr(t);
    },
    failures: io.stderr,
    ...(rawIo.terminal ? { terminal: rawIo.terminal } : {}),
  };
  let exitCode: number = ExitCode.pass;
  const program = buildProgram(commandIo, io, env, (code) => (exitCode = code));
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return ExitCode.usage;
  }
  try {
    await program.parseAsync(normalizeArgv(argv, valueFlags(program)), { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}
