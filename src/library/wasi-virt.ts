import type { ComposeInput } from '../compose/compose.js';
import {
  httpAccessValue,
  instantValue,
  overlayValue,
  seedValue,
  socketsAccessValue,
  writableValue,
  type HostValues,
} from '../policy/option-values.js';
import { policyOption } from '../policy/options.js';
import {
  applyPatches,
  DEFAULT_WRITABLE_SIZE,
  hostPolicy,
  stdioStreams,
  subsystems,
  type Policy,
  type PolicyPatch,
  type StdioMode,
  type StdioStream,
  type Subsystem,
} from '../policy/policy.js';
import { virtualize, type VirtualizeResult } from '../pipeline/virtualize.js';

/** The patch one row of the option table makes of a value, as every front door applies it. */
function optionPatch(name: string, value: unknown): PolicyPatch {
  const patch: PolicyPatch = {};
  policyOption(name)!.apply(patch, value);
  return patch;
}

/** Chooses which host values (environment variables or config properties) reach the component. */
export class VarsBuilder {
  constructor(
    private readonly kind: 'env' | 'config',
    private readonly add: (patch: PolicyPatch) => void,
  ) {}

  private hostValues(values: HostValues): this {
    this.add(optionPatch(`allow-${this.kind}`, values));
    return this;
  }

  /** Every host value. */
  allowAll(): this {
    return this.hostValues('all');
  }

  /** Only the host values with these names. */
  allow(names: string[]): this {
    return this.hostValues(names);
  }

  /** Every host value except these. */
  deny(names: string[]): this {
    this.add(optionPatch(`deny-${this.kind}`, names));
    return this;
  }

  /** No host value at all. */
  denyAll(): this {
    return this.hostValues('none');
  }

  /** Fixed values, winning over the host's. */
  overrides(values: [string, string][] | Record<string, string>): this {
    this.add(optionPatch(this.kind, Array.isArray(values) ? Object.fromEntries(values) : values));
    return this;
  }
}
/**
 * The library front door, shaped like WASI-Virt's: what it is not told about
 * stays the host's.
 *
 *   const virt = new WasiVirt();
 *   virt.env().allow(['HOME']).overrides([['GREETING', 'hi']]);
 *   virt.exit(false);
 *   const { output } = await virt.finish(appBytes);
 */
export class WasiVirt {
  private readonly patches: PolicyPatch[] = [];

  private add(patch: PolicyPatch): this {
    this.patches.push(patch);
    return this;
  }

  /** Allow every subsystem; env and config reach every host value. */
  allowAll(): this {
    return this.set('allow-all', true);
  }

  /**
   * Nothing from the host but stdout, stderr and exit (README, "Hermetic runs"); the calls
   * after this one refine it. Cannot be combined with allowAll().
   */
  hermetic(): this {
    return this.set('hermetic', true);
  }

  /** get-terminal-stdin, -stdout and -stderr answer none: no terminal interface reaches the host. */
  hideTerminals(on = true): this {
    return this.set('hide-terminals', on);
  }

  private set(name: string, value: unknown): this {
    return this.add(optionPatch(name, value));
  }

  env(): VarsBuilder & { args(values: string[]): void; cwd(path: string): void } {
    const builder = new VarsBuilder('env', (patch) => this.add(patch)) as VarsBuilder & {
      args(values: string[]): void;
      cwd(path: string): void;
    };
    builder.args = (args) => void this.set('arg', args);
    builder.cwd = (cwd) => void this.set('cwd', cwd);
    return builder;
  }

  config(): VarsBuilder {
    return new VarsBuilder('config', (patch) => this.add(patch));
  }

  exit(allow: boolean): this {
    return this.access('exit', allow);
  }

  random(allow: boolean): this {
    return this.access('random', allow);
  }

  clocks(allow: boolean): this {
    return this.access('clocks', allow);
  }

  /**
   * Wall-clock time stands at `instant` (an RFC 3339 string or a Date) and the monotonic clock
   * is virtual: it starts at 1 ns and advances only by what the component waits.
   */
  fixedTime(instant: string | Date): this {
    return this.set('fixed-time', instantValue.data('fixedTime', instant));
  }

  /** wasi:random comes from a deterministic generator seeded with `seed` (a u64; not secure randomness). */
  randomSeed(seed: bigint | number | string): this {
    return this.set('random-seed', seedValue.data('randomSeed', seed));
  }

  /** Allow or deny a subsystem by name: exit, random, clocks, fs, sockets, http, or stdio (all three streams). */
  access(subsystem: Subsystem | 'stdio', allow: boolean): this {
    if (subsystem !== 'stdio' && !subsystems.includes(subsystem))
      throw new TypeError(`unknown subsystem '${String(subsystem)}'`);
    return this.set(`allow-${subsystem}`, allow);
  }

  /**
   * Allows HTTP to the hosts the Spin-style patterns name only (`https://api.example.com`,
   * `http://localhost:3000`, `*://*.example.org:*`); any other request fails with
   * HTTP-request-denied. `access('http', true)` allows every host again.
   */
  allowHttp(patterns: string[]): this {
    return this.set('allow-http', httpAccessValue.data('allowHttp', patterns));
  }

  /**
   * Allows sockets to the addresses and names the patterns name only (`tcp://10.0.0.0/8:5432`,
   * `udp://[fd00::/8]:53`, `tcp://db.internal:*`); connect, bind and send-to anything else fail
   * with access-denied, and a lookup of a name no pattern names too. `access('sockets', true)`
   * allows everything again.
   */
  allowSockets(patterns: string[]): this {
    return this.set('allow-sockets', socketsAccessValue.data('allowSockets', patterns));
  }

  /** allow, ignore (reads end, writes vanish) or deny (reads and writes fail): one stream, or all three. */
  stdio(mode: StdioMode, stream?: StdioStream): this {
    if (stream !== undefined && !stdioStreams.includes(stream))
      throw new TypeError(`unknown stream '${String(stream)}'`);
    return this.set(stream ?? 'stdio', mode);
  }

  /** Embeds host directory `host` as a read-only tree at guest path `guest` (read now). */
  mount(guest: string, host: string): this {
    return this.set('mount', [{ guest, host }]);
  }

  /** Remaps `host`, a directory the host preopens (or one below it), to guest preopen `guest`, at run time. */
  preopen(guest: string, host: string): this {
    return this.set('preopen', [{ guest, host }]);
  }

  /** Serves host file `host` (a path the host's preopens hold) at guest path `guest`, read at run time. */
  hostFile(guest: string, host: string): this {
    return this.set('host-file', [{ guest, host }]);
  }

  /**
   * An empty directory at guest path `guest` that lives in the component's memory, writable up
   * to `size` bytes of file contents (a number or `64M`; default 64 MiB). Nothing reaches the host.
   */
  writable(guest: string, size?: number | string): this {
    return this.set(
      'writable',
      writableValue.data('writable', { [guest]: size ?? DEFAULT_WRITABLE_SIZE }),
    );
  }

  /**
   * Makes the mounted trees writable in the component's memory, copy on write (the embedded
   * bytes never change), each up to `size` bytes of changed file contents (a number or `16M`;
   * default 64 MiB); `false` makes them read-only again.
   */
  overlay(size: number | string | boolean = true): this {
    return this.set('overlay', overlayValue.data('overlay', size));
  }

  wasiVersion(version: string): this {
    return this.set('wasi-version', version);
  }

  /** Mounted files of this many bytes or more stay out of linear memory until read. */
  passiveCutoff(bytes: number): this {
    return this.set('passive-cutoff', bytes);
  }

  /** Whether the adapter traces every virtualized call on stderr. */
  debug(on = true): this {
    return this.set('debug', on);
  }

  /** Import patterns the output may use; once given, every other import fails the output's gate. */
  allowImports(patterns: string[]): this {
    return this.set('allow-import', patterns);
  }

  /** Import patterns the output must not use (deny wins; `*` means import-free). */
  denyImports(patterns: string[]): this {
    return this.set('deny-import', patterns);
  }

  /** The policy so far. */
  policy(): Policy {
    return applyPatches(hostPolicy(), ...this.patches);
  }

  /** Generates the virtual adapter and, given the app, composes it in. */
  finish(app?: Uint8Array | ComposeInput): Promise<VirtualizeResult> {
    const input = app instanceof Uint8Array ? { bytes: app, label: 'component' } : app;
    return virtualize({ policy: this.policy(), ...(input ? { app: input } : {}) });
  }
}
