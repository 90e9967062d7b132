import type { ComposeInput } from '../component/compose.js';
import {
  applyPatches,
  hostPolicy,
  subsystems,
  type Policy,
  type PolicyPatch,
  type Subsystem,
  type VarsPolicy,
} from '../policy/policy.js';
import { virtualize, type VirtualizeResult } from './virtualize.js';

/** Chooses which host values (environment variables or config properties) reach the component. */
export class VarsBuilder {
  constructor(private readonly patch: (vars: Partial<VarsPolicy>) => void) {}

  /** Every host value. */
  allowAll(): this {
    this.patch({ mode: 'all', names: [] });
    return this;
  }

  /** Only the host values with these names. */
  allow(names: string[]): this {
    this.patch({ mode: 'allow', names });
    return this;
  }

  /** Every host value except these. */
  deny(names: string[]): this {
    this.patch({ mode: 'deny', names });
    return this;
  }

  /** No host value at all. */
  denyAll(): this {
    this.patch({ mode: 'none', names: [] });
    return this;
  }

  /** Fixed values, winning over the host's. */
  overrides(values: [string, string][] | Record<string, string>): this {
    this.patch({ overrides: Array.isArray(values) ? Object.fromEntries(values) : values });
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
    return this.add({ allowAll: true });
  }

  env(): VarsBuilder & { args(values: string[]): void; cwd(path: string): void } {
    const builder = new VarsBuilder((env) => this.add({ env })) as VarsBuilder & {
      args(values: string[]): void;
      cwd(path: string): void;
    };
    builder.args = (args) => void this.add({ args });
    builder.cwd = (cwd) => void this.add({ cwd });
    return builder;
  }

  config(): VarsBuilder {
    return new VarsBuilder((config) => this.add({ config }));
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

  /** Allow or deny any subsystem by name (`stdio`, `fs`, `sockets`, `http` take effect with I/O virtualization). */
  access(subsystem: Subsystem, allow: boolean): this {
    if (!subsystems.includes(subsystem)) throw new TypeError(`unknown subsystem '${subsystem}'`);
    return this.add({ access: { [subsystem]: allow ? 'allow' : 'deny' } });
  }

  /** Embeds host directory `host` as a read-only tree at guest path `guest` (read now). */
  mount(guest: string, host: string): this {
    return this.add({ mounts: [{ guest, host }] });
  }

  /** Remaps `host`, a directory the host preopens (or one below it), to guest preopen `guest`, at run time. */
  preopen(guest: string, host: string): this {
    return this.add({ preopens: [{ guest, host }] });
  }

  /** Serves host file `host` (a path the host's preopens hold) at guest path `guest`, read at run time. */
  hostFile(guest: string, host: string): this {
    return this.add({ hostFiles: [{ guest, host }] });
  }

  wasiVersion(version: string): this {
    return this.add({ wasiVersion: version });
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
