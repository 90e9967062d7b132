import type { ComposeInput } from '../compose/compose.js';
import { type Policy, type PolicyPatch, type StdioMode, type StdioStream, type Subsystem } from '../policy/policy.js';
import { type VirtualizeResult } from '../pipeline/virtualize.js';
/** Chooses which host values (environment variables or config properties) reach the component. */
export declare class VarsBuilder {
    private readonly kind;
    private readonly add;
    constructor(kind: 'env' | 'config', add: (patch: PolicyPatch) => void);
    private hostValues;
    /** Every host value. */
    allowAll(): this;
    /** Only the host values with these names. */
    allow(names: string[]): this;
    /** Every host value except these. */
    deny(names: string[]): this;
    /** No host value at all. */
    denyAll(): this;
    /** Fixed values, winning over the host's. */
    overrides(values: [string, string][] | Record<string, string>): this;
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
export declare class WasiVirt {
    private readonly patches;
    private add;
    /** Allow every subsystem; env and config reach every host value. */
    allowAll(): this;
    /**
     * Nothing from the host but stdout, stderr and exit (README, "Hermetic runs"); the calls
     * after this one refine it. Cannot be combined with allowAll().
     */
    hermetic(): this;
    /** get-terminal-stdin, -stdout and -stderr answer none: no terminal interface reaches the host. */
    hideTerminals(on?: boolean): this;
    private set;
    env(): VarsBuilder & {
        args(values: string[]): void;
        cwd(path: string): void;
    };
    config(): VarsBuilder;
    exit(allow: boolean): this;
    random(allow: boolean): this;
    clocks(allow: boolean): this;
    /**
     * Wall-clock time stands at `instant` (an RFC 3339 string or a Date) and the monotonic clock
     * is virtual: it starts at 1 ns and advances only by what the component waits.
     */
    fixedTime(instant: string | Date): this;
    /** wasi:random comes from a deterministic generator seeded with `seed` (a u64; not secure randomness). */
    randomSeed(seed: bigint | number | string): this;
    /** Allow or deny a subsystem by name: exit, random, clocks, fs, sockets, http, or stdio (all three streams). */
    access(subsystem: Subsystem | 'stdio', allow: boolean): this;
    /**
     * Allows HTTP to the hosts the Spin-style patterns name only (`https://api.example.com`,
     * `http://localhost:3000`, `*://*.example.org:*`); any other request fails with
     * HTTP-request-denied. `access('http', true)` allows every host again.
     */
    allowHttp(patterns: string[]): this;
    /**
     * Allows sockets to the addresses and names the patterns name only (`tcp://10.0.0.0/8:5432`,
     * `udp://[fd00::/8]:53`, `tcp://db.internal:*`); connect, bind and send-to anything else fail
     * with access-denied, and a lookup of a name no pattern names too. `access('sockets', true)`
     * allows everything again.
     */
    allowSockets(patterns: string[]): this;
    /** allow, ignore (reads end, writes vanish) or deny (reads and writes fail): one stream, or all three. */
    stdio(mode: StdioMode, stream?: StdioStream): this;
    /** Embeds host directory `host` as a read-only tree at guest path `guest` (read now). */
    mount(guest: string, host: string): this;
    /** Remaps `host`, a directory the host preopens (or one below it), to guest preopen `guest`, at run time. */
    preopen(guest: string, host: string): this;
    /** Serves host file `host` (a path the host's preopens hold) at guest path `guest`, read at run time. */
    hostFile(guest: string, host: string): this;
    /**
     * An empty directory at guest path `guest` that lives in the component's memory, writable up
     * to `size` bytes of file contents (a number or `64M`; default 64 MiB). Nothing reaches the host.
     */
    writable(guest: string, size?: number | string): this;
    /**
     * Makes the mounted trees writable in the component's memory, copy on write (the embedded
     * bytes never change), each up to `size` bytes of changed file contents (a number or `16M`;
     * default 64 MiB); `false` makes them read-only again.
     */
    overlay(size?: number | string | boolean): this;
    wasiVersion(version: string): this;
    /** Mounted files of this many bytes or more stay out of linear memory until read. */
    passiveCutoff(bytes: number): this;
    /** Whether the adapter traces every virtualized call on stderr. */
    debug(on?: boolean): this;
    /** Import patterns the output may use; once given, every other import fails the output's gate. */
    allowImports(patterns: string[]): this;
    /** Import patterns the output must not use (deny wins; `*` means import-free). */
    denyImports(patterns: string[]): this;
    /** The policy so far. */
    policy(): Policy;
    /** Generates the virtual adapter and, given the app, composes it in. */
    finish(app?: Uint8Array | ComposeInput): Promise<VirtualizeResult>;
}
