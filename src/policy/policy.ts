import { UserInputError } from '../errors.js';

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

export const subsystems = ['exit', 'random', 'clocks', 'fs', 'sockets', 'http'] as const;
export type Subsystem = (typeof subsystems)[number];

/** allow: the host's stream; ignore: reads end at once, writes vanish; deny: reads and writes fail. */
export type StdioMode = 'allow' | 'ignore' | 'deny';
export const stdioModes: StdioMode[] = ['allow', 'ignore', 'deny'];
export const stdioStreams = ['stdin', 'stdout', 'stderr'] as const;
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
export const DEFAULT_WRITABLE_SIZE = 64 * 1024 * 1024;

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
export const DEFAULT_PASSIVE_CUTOFF = 1 << 20;

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

const vars = (mode: VarsMode): VarsPolicy => ({ mode, names: [], overrides: {} });
const everySubsystem = (access: Access) =>
  Object.fromEntries(subsystems.map((s) => [s, access])) as Record<Subsystem, Access>;
const everyStream = (mode: StdioMode) =>
  Object.fromEntries(stdioStreams.map((s) => [s, mode])) as Record<StdioStream, StdioMode>;

/** The CLI's starting point: nothing reaches the host. */
export function denyAllPolicy(): Policy {
  return {
    env: vars('none'),
    config: vars('none'),
    access: everySubsystem('deny'),
    stdio: everyStream('deny'),
    mounts: [],
    preopens: [],
    hostFiles: [],
    writable: [],
    debug: false,
    hideTerminals: false,
    imports: { allow: [], deny: [] },
  };
}

/** The library's starting point: what the policy does not mention stays the host's. */
export function hostPolicy(): Policy {
  return {
    env: vars('all'),
    config: vars('all'),
    access: everySubsystem('allow'),
    stdio: everyStream('allow'),
    mounts: [],
    preopens: [],
    hostFiles: [],
    writable: [],
    debug: false,
    hideTerminals: false,
    imports: { allow: [], deny: [] },
  };
}

function applyVars(base: VarsPolicy, patch: Partial<VarsPolicy> | undefined): VarsPolicy {
  if (!patch) return base;
  return {
    mode: patch.mode ?? base.mode,
    names: patch.names ?? (patch.mode && patch.mode !== base.mode ? [] : base.names),
    overrides: { ...base.overrides, ...patch.overrides },
  };
}

/** `added` after `base`, a guest path given again keeping its place and taking the later size. */
function addWritable(base: Writable[], added: Writable[]): Writable[] {
  const result = [...base];
  for (const entry of added) {
    const at = result.findIndex((w) => w.guest === entry.guest);
    if (at >= 0) result[at] = entry;
    else result.push(entry);
  }
  return result;
}

/** `--hermetic`'s clock: the Unix epoch, unless a fixed time is given. */
const HERMETIC_TIME = '1970-01-01T00:00:00Z';
/** `--hermetic`'s seed, unless one is given. */
const HERMETIC_SEED = '0';
/** `--hermetic`'s arguments, unless some are given: a program name only. */
const HERMETIC_ARGS: readonly string[] = ['app'];
const HERMETIC_TMP = '/tmp';
/** Why `hermetic` and `allowAll` are refused together, and what to do instead. */
export const HERMETIC_WITH_ALLOW_ALL =
  'hermetic denies what allow-all allows (drop one; to let one thing through, add its allow-* setting after hermetic)';

/**
 * `--hermetic` over the policy so far: nothing from the host but stdout, stderr and exit. Time
 * stands at the epoch and random is seeded (each unless already fixed), the arguments are fixed,
 * env and config hold only their overrides, stdin is denied, terminals are hidden and `/tmp` is
 * writable in memory (unless a size was already given for it). Mounts, preopens and host files
 * given stay; the rest of the patch holding `hermetic` refines it.
 */
function hermeticPolicy(policy: Policy): Policy {
  const hasTmp = policy.writable.some((w) => w.guest === HERMETIC_TMP);
  return {
    ...policy,
    access: { ...everySubsystem('deny'), exit: 'allow' },
    stdio: { stdin: 'deny', stdout: 'allow', stderr: 'allow' },
    env: { ...policy.env, mode: 'none', names: [] },
    config: { ...policy.config, mode: 'none', names: [] },
    args: policy.args ?? [...HERMETIC_ARGS],
    fixedTime: policy.fixedTime ?? HERMETIC_TIME,
    randomSeed: policy.randomSeed ?? HERMETIC_SEED,
    hideTerminals: true,
    writable: hasTmp
      ? policy.writable
      : [...policy.writable, { guest: HERMETIC_TMP, size: DEFAULT_WRITABLE_SIZE }],
  };
}

/**
 * Applies patches in order; a later patch overrides an earlier one, and import rules accumulate.
 * `hermetic` and `allowAll` are refused together, whichever patches hold them.
 */
export function applyPatches(base: Policy, ...patches: PolicyPatch[]): Policy {
  if (patches.some((p) => p.hermetic) && patches.some((p) => p.allowAll))
    throw new UserInputError(
      `hermetic and allow-all cannot be combined: ${HERMETIC_WITH_ALLOW_ALL}`,
    );
  let policy = base;
  for (const patch of patches) {
    if (patch.hermetic) policy = hermeticPolicy(policy);
    // --allow-all lets HTTP reach every host, unless the same patch names patterns.
    const httpHosts = patch.httpHosts ?? (patch.allowAll ? undefined : policy.httpHosts);
    const socketRules = patch.socketRules ?? (patch.allowAll ? undefined : policy.socketRules);
    const overlay = patch.overlay ?? policy.overlay;
    if (patch.allowAll) {
      policy = {
        ...policy,
        access: everySubsystem('allow'),
        stdio: everyStream('allow'),
        env: { ...policy.env, mode: 'all', names: [] },
        config: { ...policy.config, mode: 'all', names: [] },
      };
    }
    policy = {
      env: applyVars(policy.env, patch.env),
      config: applyVars(policy.config, patch.config),
      access: { ...policy.access, ...patch.access },
      stdio: { ...policy.stdio, ...patch.stdio },
      mounts: [...policy.mounts, ...(patch.mounts ?? [])],
      preopens: [...policy.preopens, ...(patch.preopens ?? [])],
      hostFiles: [...policy.hostFiles, ...(patch.hostFiles ?? [])],
      writable: addWritable(policy.writable, patch.writable ?? []),
      debug: patch.debug ?? policy.debug,
      hideTerminals: patch.hideTerminals ?? policy.hideTerminals,
      imports: {
        allow: [...policy.imports.allow, ...(patch.imports?.allow ?? [])],
        deny: [...policy.imports.deny, ...(patch.imports?.deny ?? [])],
      },
      ...((patch.args ?? policy.args) ? { args: patch.args ?? policy.args } : {}),
      ...((patch.cwd ?? policy.cwd) ? { cwd: patch.cwd ?? policy.cwd } : {}),
      ...((patch.wasiVersion ?? policy.wasiVersion)
        ? { wasiVersion: patch.wasiVersion ?? policy.wasiVersion }
        : {}),
      ...((patch.fixedTime ?? policy.fixedTime)
        ? { fixedTime: patch.fixedTime ?? policy.fixedTime }
        : {}),
      ...((patch.randomSeed ?? policy.randomSeed)
        ? { randomSeed: patch.randomSeed ?? policy.randomSeed }
        : {}),
      ...(httpHosts && httpHosts.length > 0 ? { httpHosts } : {}),
      ...(socketRules && socketRules.length > 0 ? { socketRules } : {}),
      ...(overlay !== undefined && overlay !== false ? { overlay } : {}),
      ...((patch.passiveCutoff ?? policy.passiveCutoff) !== undefined
        ? { passiveCutoff: patch.passiveCutoff ?? policy.passiveCutoff }
        : {}),
    };
  }
  return policy;
}

/** Whether the component reaches host files at run time: host preopens, remapped directories or host files. */
export function reachesHostFiles(policy: Policy): boolean {
  return policy.access.fs === 'allow' || policy.preopens.length > 0 || policy.hostFiles.length > 0;
}

/** Whether the policy puts files in the adapter: mounts, writable or remapped directories, host files. */
export const putsFilesInAdapter = (
  policy: Pick<Policy, 'mounts' | 'writable' | 'preopens' | 'hostFiles'>,
): boolean =>
  [policy.mounts, policy.writable, policy.preopens, policy.hostFiles].some((l) => l.length > 0);

/** Whether the adapter serves the clocks virtually (`--fixed-time`), allowed or not. */
export const fixesTime = (policy: Pick<Policy, 'fixedTime'>): boolean =>
  policy.fixedTime !== undefined;

/** Whether the adapter serves wasi:random from the seeded generator (`--random-seed`), allowed or not. */
export const seedsRandom = (policy: Pick<Policy, 'randomSeed'>): boolean =>
  policy.randomSeed !== undefined;

/** Whether the adapter checks a request's scheme and authority before the host sends it (`--allow-http=PATTERNS`). */
export const restrictsHttp = (policy: Pick<Policy, 'access' | 'httpHosts'>): boolean =>
  policy.access.http === 'allow' && policy.httpHosts !== undefined;

/** Whether the adapter checks sockets' addresses and lookups' names before the host sees them (`--allow-sockets=PATTERNS`). */
export const restrictsSockets = (policy: Pick<Policy, 'access' | 'socketRules'>): boolean =>
  policy.access.sockets === 'allow' && policy.socketRules !== undefined;
/** Whether the adapter serves writable trees: --writable directories, or --overlay over mounts. */
export const hasWritableTrees = (
  policy: Pick<Policy, 'writable' | 'overlay' | 'mounts'>,
): boolean =>
  policy.writable.length > 0 || (policy.overlay !== undefined && policy.mounts.length > 0);
