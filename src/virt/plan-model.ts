import type { Access, StdioMode, StdioStream, Subsystem, VarsPolicy } from '../policy/policy.js';
import type { WasiInterface } from './wasi-package.js';

/**
 * What the policy decided that the stages after planning need: the adapter's configuration,
 * its denials and trace, and the output's gate. They read these, never the policy.
 */
export interface AdapterSettings {
  env: VarsPolicy;
  config: VarsPolicy;
  /** Fixed arguments; absent: the caller's pass through. */
  args?: string[];
  /** A fixed initial directory; absent: the host's when env reaches it, else none. */
  cwd?: string;
  stdio: Record<StdioStream, StdioMode>;
  /** `--hide-terminals`: the adapter answers every get-terminal-* with none. */
  hideTerminals: boolean;
  access: Record<Subsystem, Access>;
  /** The component reaches host files at run time (the host's preopens, remapped directories, host files). */
  hostFiles: boolean;
  debug: boolean;
  /** Mounted files this large or larger go in passive data segments. */
  passiveCutoff: number;
  /** `--fixed-time`: the wall clock's instant (canonical RFC 3339); the clocks are served virtually. */
  fixedTime?: string;
  /** `--random-seed`: the seed (u64, decimal); wasi:random is served from the seeded generator. */
  randomSeed?: string;
  /** `--allow-http=PATTERNS`: the hosts requests may go to (canonical patterns); absent: every host. */
  httpHosts?: string[];
  /** `--allow-sockets=PATTERNS`: what sockets may reach (canonical patterns); absent: everything. */
  socketRules?: string[];
  /** The plan has writable trees (--writable, --overlay): the adapter's `[writable]` exports serve the filesystem. */
  writable: boolean;
  /** The import rules the policy implies for the output: what it denies must not be imported. */
  deniedImports: string[];
}

/** One interface the adapter serves: which functions it exports and which it forwards to the host. */
export interface VirtualizedInterface {
  iface: WasiInterface;
  /** `wasi:cli/environment@0.2.3`: the name the app imports it under (or the generated version). */
  name: string;
  version: string;
  exported: string[];
  /** Functions the adapter calls on the host's interface of the same name. */
  forwarded: string[];
  /** Types and resources the interface must declare whatever its functions use: the ones the app's import has. */
  types: string[];
  /** Imported from the host for the adapter's own use (the --debug trace, denied calls' messages), not served to the app. */
  importOnly?: boolean;
}

export interface VirtPlan {
  wasiVersion: string;
  settings: AdapterSettings;
  /**
   * The version the adapter declares each WASI package at (`wasi:io` → `0.2.12`): the newest
   * the app imports any interface of it at. One version a package keeps the adapter's WIT
   * free of cycles between a package's versions; the composer wires the app's older
   * compatible imports to it, and the host is asked for no newer version than the app asks for.
   */
  packageVersions: Record<string, string>;
  interfaces: VirtualizedInterface[];
  /** Interfaces the app imports that the policy lets through untouched. */
  passedThrough: string[];
  /**
   * Set for a proxy around virtualized I/O: the app's incoming-handler export
   * (`wasi:http/incoming-handler@0.2.12`), which the host's requests reach
   * through the adapter's bridge (`BRIDGE_EXPORTS`).
   */
  proxy?: { export: string };
}
