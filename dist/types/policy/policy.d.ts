/**
 * The typed policy model every front door (CLI flags, library API, action
 * inputs, policy files) is turned into. Front doors produce patches; a patch
 * applied over a front door's defaults gives the policy.
 */
export interface ImportPolicy {
    /** Patterns an import must match (once any is given). */
    allow: string[];
    /** Patterns an import must not match; deny wins over allow. */
    deny: string[];
}
export type Access = 'allow' | 'deny';
/** Which host values (environment variables, config properties) reach the component. */
export type VarsMode = 'none' | 'all' | 'allow' | 'deny';
export interface VarsPolicy {
    mode: VarsMode;
    /** The allow list (mode `allow`) or the deny list (mode `deny`). */
    names: string[];
    /** Fixed values; they win over the host's. */
    overrides: Record<string, string>;
}
export declare const subsystems: readonly ["exit", "random", "clocks", "fs", "sockets", "http"];
export type Subsystem = (typeof subsystems)[number];
/** allow: the host's stream; ignore: reads end at once, writes vanish; deny: reads and writes fail. */
export type StdioMode = 'allow' | 'ignore' | 'deny';
export declare const stdioModes: StdioMode[];
export declare const stdioStreams: readonly ["stdin", "stdout", "stderr"];
export type StdioStream = (typeof stdioStreams)[number];
/**
 * A host path at a guest path: for mounts, a host directory read at generation
 * time; for preopens and host files, a path the host's preopens hold, reached
 * at run time.
 */
export interface Mount {
    guest: string;
    host: string;
}
/**
 * `--writable /guest[=SIZE]`: an empty directory that lives in the component's memory, writable
 * up to `size` bytes of file contents (adapter/README.md, "Writable directories").
 */
export interface Writable {
    guest: string;
    size: number;
}
/** A writable directory's (or the overlay's) quota when no size is given: 64 MiB. */
export declare const DEFAULT_WRITABLE_SIZE: number;
export interface Policy {
    env: VarsPolicy;
    /** Fixed arguments replacing the caller's; absent: the caller's arguments pass through. */
    args?: string[];
    /** A fixed initial working directory; absent: the host's when env reaches the host, else none. */
    cwd?: string;
    config: VarsPolicy;
    access: Record<Subsystem, Access>;
    stdio: Record<StdioStream, StdioMode>;
    /** Host directories embedded as virtual read-only trees. */
    mounts: Mount[];
    /** Host directories (paths the host's preopens hold) remapped to guest preopens at run time. */
    preopens: Mount[];
    /** Host files reached at run time at guest paths of the virtual tree. */
    hostFiles: Mount[];
    /** In-memory writable directories (--writable), in the order given. */
    writable: Writable[];
    /**
     * `--overlay`: the mounted trees are writable in memory, copy on write, each up to this many
     * bytes of changed file contents; absent: they are read-only.
     */
    overlay?: number;
    /** The WASI version to generate for when there is no component to match. */
    wasiVersion?: string;
    /** Mounted files of this many bytes or more go in passive data segments; absent: DEFAULT_PASSIVE_CUTOFF. */
    passiveCutoff?: number;
    debug: boolean;
    /**
     * `--hide-terminals`: the adapter answers get-terminal-stdin, -stdout and -stderr with none,
     * whatever the stdio modes, so no terminal interface reaches the host.
     */
    hideTerminals: boolean;
    imports: ImportPolicy;
    /**
     * `--fixed-time`: wall-clock time stands at this instant (RFC 3339, canonical: UTC, `Z`) and
     * the monotonic clock is virtual; the clocks are served by the adapter whatever `access.clocks` says.
     */
    fixedTime?: string;
    /** `--random-seed`: wasi:random comes from a generator seeded with this u64 (decimal), whatever `access.random` says. */
    randomSeed?: string;
    /**
     * `--allow-http=PATTERNS`: with HTTP allowed, requests go only to the hosts these patterns
     * name (canonical spellings, http-hosts.ts); absent: to every host.
     */
    httpHosts?: string[];
    /**
     * `--allow-sockets=PATTERNS`: with sockets allowed, connect, bind, send-to and name lookups
     * reach only what these patterns name (canonical spellings, socket-patterns.ts); absent: all.
     */
    socketRules?: string[];
}
/**
 * Files this large stay out of the adapter's linear memory until read: an engine
 * then neither reserves nor initialises memory for them at instantiation, and a
 * read copies at most 1 MiB of them at a time. Smaller files are read in place.
 */
export declare const DEFAULT_PASSIVE_CUTOFF: number;
export interface PolicyPatch {
    /** Applied first: every subsystem allowed, env and config reach all host values. */
    allowAll?: boolean;
    /** Applied first: the hermetic settings (hermeticPolicy), which the rest of the patch refines. */
    hermetic?: boolean;
    hideTerminals?: boolean;
    env?: Partial<VarsPolicy>;
    args?: string[];
    cwd?: string;
    config?: Partial<VarsPolicy>;
    access?: Partial<Record<Subsystem, Access>>;
    stdio?: Partial<Record<StdioStream, StdioMode>>;
    /** Added to the mounts so far (and preopens, host files likewise). */
    mounts?: Mount[];
    preopens?: Mount[];
    hostFiles?: Mount[];
    /** Added to the writable directories so far; a guest path given again takes the later size. */
    writable?: Writable[];
    /** The overlay's quota; false: no overlay (the mounted trees read-only). */
    overlay?: number | false;
    wasiVersion?: string;
    passiveCutoff?: number;
    debug?: boolean;
    imports?: Partial<ImportPolicy>;
    fixedTime?: string;
    randomSeed?: string;
    /** Replaces the patterns so far; empty: every host. */
    httpHosts?: string[];
    /** Replaces the patterns so far; empty: every address. */
    socketRules?: string[];
}
/** The CLI's starting point: nothing reaches the host. */
export declare function denyAllPolicy(): Policy;
/** The library's starting point: what the policy does not mention stays the host's. */
export declare function hostPolicy(): Policy;
/** Why `hermetic` and `allowAll` are refused together, and what to do instead. */
export declare const HERMETIC_WITH_ALLOW_ALL = "hermetic denies what allow-all allows (drop one; to let one thing through, add its allow-* setting after hermetic)";
/**
 * Applies patches in order; a later patch overrides an earlier one, and import rules accumulate.
 * `hermetic` and `allowAll` are refused together, whichever patches hold them.
 */
export declare function applyPatches(base: Policy, ...patches: PolicyPatch[]): Policy;
/** Whether the component reaches host files at run time: host preopens, remapped directories or host files. */
export declare function reachesHostFiles(policy: Policy): boolean;
/** Whether the policy puts files in the adapter: mounts, writable or remapped directories, host files. */
export declare const putsFilesInAdapter: (policy: Pick<Policy, "mounts" | "writable" | "preopens" | "hostFiles">) => boolean;
/** Whether the adapter serves the clocks virtually (`--fixed-time`), allowed or not. */
export declare const fixesTime: (policy: Pick<Policy, "fixedTime">) => boolean;
/** Whether the adapter serves wasi:random from the seeded generator (`--random-seed`), allowed or not. */
export declare const seedsRandom: (policy: Pick<Policy, "randomSeed">) => boolean;
/** Whether the adapter checks a request's scheme and authority before the host sends it (`--allow-http=PATTERNS`). */
export declare const restrictsHttp: (policy: Pick<Policy, "access" | "httpHosts">) => boolean;
/** Whether the adapter checks sockets' addresses and lookups' names before the host sees them (`--allow-sockets=PATTERNS`). */
export declare const restrictsSockets: (policy: Pick<Policy, "access" | "socketRules">) => boolean;
/** Whether the adapter serves writable trees: --writable directories, or --overlay over mounts. */
export declare const hasWritableTrees: (policy: Pick<Policy, "writable" | "overlay" | "mounts">) => boolean;
