import type { Policy, VarsPolicy } from '../../policy/policy.js';
import type { BlobWriter, ConfigInput, ConfigWords } from '../config-writer.js';
import type { Role, WasiInterface } from '../wasi-package.js';

/** What the adapter serves beyond the policy's own settings, given the app (io-plan.ts decides it). */
export interface Serves {
  /** The adapter owns I/O: streams, pollables and every interface that uses them. */
  io: boolean;
  /** The adapter serves denied HTTP itself. */
  http: boolean;
  /** Allowed sockets or HTTP go through the adapter, which wraps their streams and pollables. */
  network: boolean;
  /** The app is a proxy whose requests reach it through the adapter. */
  proxy: boolean;
}

/**
 * One subsystem of the policy: the interfaces of its role, whether the
 * policy leaves one to the host, what the adapter forwards of one it serves, and the import
 * rules the policy implies for the output. The plan and the gate loop over these.
 */
export interface Subsystem {
  role: Role;
  /** The WASI interfaces of its role the adapter can serve (their WIT from the generated catalogue). */
  interfaces: WasiInterface[];
  /** Whether the policy leaves `iface` entirely to the host. */
  passesThrough(iface: WasiInterface, policy: Policy, serves: Serves): boolean;
  /**
   * Which of the app's `functions` of `iface` (and which drops of the resources in `types`, the
   * app's) the adapter calls on the host's interface of the same name.
   */
  forwarded(
    iface: WasiInterface,
    functions: string[],
    types: string[],
    policy: Policy,
    serves: Serves,
  ): string[];
  /** What the policy denies that the output must not import from the host. */
  impliedDenyRules(policy: Policy): string[];
  /** Its words of the adapter's configuration (adapter/CONFIG.md), written with `w`. */
  configWords?(w: BlobWriter, input: ConfigInput): ConfigWords;
}

/** Host values reach the component (all, an allow list or a deny list). */
export const reachesHost = (vars: VarsPolicy) => vars.mode !== 'none';
/** Every host value reaches the component, none replaced. */
export const isPassthrough = (vars: VarsPolicy) =>
  vars.mode === 'all' && Object.keys(vars.overrides).length === 0;

/** The `[resource-drop]`s of the resources an interface defines (those `has` accepts). */
export const resourceDrops = (
  iface: WasiInterface,
  has: (resource: string) => boolean = () => true,
) =>
  iface.types
    .flatMap((t) => /^resource\s+([a-z][a-z0-9-]*)$/.exec(t)?.slice(1) ?? [])
    .filter(has)
    .map((r) => `[resource-drop]${r}`);

/**
 * A subsystem the policy allows or denies as a whole (exit): allowed, its interfaces
 * pass through; denied, the adapter serves them with traps and forwards nothing.
 */
export const accessSubsystem = (
  role: 'exit',
  interfaces: WasiInterface[],
  rule: string,
): Subsystem => ({
  role,
  interfaces,
  passesThrough: (_iface, policy) => policy.access[role] === 'allow',
  forwarded: () => [],
  impliedDenyRules: (policy) => (policy.access[role] === 'deny' ? [rule] : []),
});

/** Every function of an interface and the drops of the resources in `types` (the app's, the only ones it can hold). */
export const everything = (iface: WasiInterface, types: string[]) => [
  ...Object.keys(iface.functions),
  ...resourceDrops(iface, (r) => types.includes(r)),
];
