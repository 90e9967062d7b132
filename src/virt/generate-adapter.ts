import type { ExportBridge } from '../compose/compose.js';
import { withDataSegments } from '../component/write/core-data.js';
import type { Component } from '../component/read/read-component.js';
import { describeComponent, type ExternItem } from '../inspect/component-interface.js';
import type { Policy } from '../policy/policy.js';
import { UserInputError } from '../errors.js';
import { adapterModuleFor, loadPumpModule } from './adapter-module.js';
import { seriesOf, WASI_P3_VERSION } from './wasi-interfaces.js';
import { AdapterComponent } from './adapter-component.js';
import { adapterWorld } from './adapter-wit.js';
import { writesDenials } from './denials.js';
import { narrowForwarded } from './host-calls.js';
import { planVirtualization, type VirtPlan } from './plan.js';
import { reportMountReads, SCANNING, type MountProgressListener } from './mount-progress.js';
import type { MountedFiles } from './embedded-files.js';
import { emptyMountTree, readMountTree, type MountTree } from './mount-tree.js';
import { addHttpBridge, httpBridge } from './http-bridge.js';
import { passthroughAdapter } from './passthrough-adapter.js';
import { addRuntimeNodes, addWritableRoots } from './runtime-nodes.js';
import { withP3Names } from './p3-plan.js';
import { seriesHalves } from './series-halves.js';
import { specializeAdapter } from './specialize-adapter.js';
import { wrapAdapter } from './wrap/wrap-adapter.js';

export interface GenerateOptions {
  policy: Policy;
  /** The component to generate for; without one, the adapter for the policy alone. */
  app?: Component;
  /** The policy's mounts, read already with readMountTree; read here when absent. */
  mountTree?: MountTree;
  /** Hears how far reading the mounts has got (only when generation reads them). */
  onMountProgress?: MountProgressListener;
}

/** A plan and the adapter component that serves it. */
export interface PlannedAdapter {
  plan: VirtPlan;
  /**
   * The virtual adapter component, when the plan virtualizes anything; without an app and with
   * nothing to virtualize, a pass-through adapter (passthrough-adapter.ts); with an app that
   * needs nothing virtualized, none.
   */
  adapter?: AdapterComponent;
}

/** What the generator decided and made; the composer puts the adapter (or adapters) into the app. */
export interface GeneratedAdapter extends PlannedAdapter {
  /**
   * For a component that imports WASI 0.3 beside WASI 0.2 (series-halves.ts): the plan and
   * adapter for its 0.3 imports, composed beside the first, which serves the rest.
   */
  p3?: PlannedAdapter;
  /** Exports of the app the composer passes through the adapter (a proxy's, http-bridge.ts). */
  bridges: ExportBridge[];
  /** Files embedded from the mounts: guest path, host path, size. */
  mounted: MountedFiles;
  /** What the user should know about what was generated. */
  warnings: string[];
}

/** Every plan of a generation: one, or for a component mixing WASI 0.2 and 0.3, its 0.2 plan then its 0.3 plan. */
export const plansOf = (generated: PlannedAdapter & { p3?: PlannedAdapter }): VirtPlan[] => [
  generated.plan,
  ...(generated.p3 ? [generated.p3.plan] : []),
];

/** Every adapter of a generation, to compose into the app. */
export const adaptersOf = (generated: GeneratedAdapter): AdapterComponent[] =>
  [generated.adapter, generated.p3?.adapter].filter((a) => a !== undefined);

/** The plan for an app's imports (all of them, or one series' half), narrowed to the host functions the adapter calls. */
async function planFor(
  policy: Policy,
  imports: ExternItem[] | undefined,
  exports: ExternItem[] | undefined,
): Promise<VirtPlan> {
  const planned = planVirtualization(policy, imports, exports);
  // Denied calls' messages on the host's stderr run the trace's writer, as --debug does.
  const writer = planned.settings.debug || writesDenials(planned);
  const adapter = await adapterModuleFor(planned.wasiVersion);
  return narrowForwarded(adapter, planned, imports, writer);
}

/**
 * What the adapter for a policy (and an app, when given) serves: the plan, narrowed to the host
 * functions the adapter's code calls (for an app mixing WASI 0.2 and 0.3, its 0.2 imports' plan).
 * The first step of generation, and the cheap one.
 */
export async function planAdapter(policy: Policy, app?: Component): Promise<VirtPlan> {
  const described = app ? describeComponent(app) : undefined;
  const imports = described && (seriesHalves(described.imports)?.p2 ?? described.imports);
  return planFor(policy, imports, described?.exports);
}

/** The policy's mounted trees (read unless given), with its run-time host nodes and writable roots. */
async function treeFor(
  policy: Policy,
  mountTree: MountTree | undefined,
  onMountProgress: MountProgressListener | undefined,
): Promise<MountTree> {
  const reads = onMountProgress && policy.mounts.length > 0;
  if (reads && !mountTree) onMountProgress({ ...SCANNING });
  const tree = mountTree ?? (await readMountTree(policy.mounts));
  if (reads) reportMountReads(tree.files, onMountProgress);
  addRuntimeNodes(tree, policy.preopens, policy.hostFiles);
  addWritableRoots(tree, policy);
  return tree;
}

/** The virtual adapter component for a plan that virtualizes something, serving the files of `tree`. */
async function buildAdapter(plan: VirtPlan, tree: MountTree): Promise<AdapterComponent> {
  const { core, data } = specializeAdapter(await adapterModuleFor(plan.wasiVersion), plan, tree);
  // The configuration and the mounted files join the adapter's module only now, so they are
  // never copied through the wrapper.
  const pump = seriesOf(plan.wasiVersion) === '0.3' ? await loadPumpModule() : undefined;
  const wrapped = wrapAdapter(core, adapterWorld(plan), pump);
  // A proxy's HTTP bridge is appended after the wrapper's sections.
  const structure = plan.proxy ? addHttpBridge(wrapped.bytes) : wrapped.bytes;
  const module = withDataSegments(core, data.active, data.passive);
  return new AdapterComponent(structure, [
    ...wrapped.withModule(module),
    ...(structure.length > wrapped.bytes.length ? [structure.subarray(wrapped.bytes.length)] : []),
  ]);
}

/**
 * The plan for a mixed component's 0.3 imports. The trace is not served at 0.3 yet: with
 * --debug, its 0.2 calls are traced (generateAdapter says so) and the 0.3 half is planned
 * without it, while the output is still gated by the user's policy, as the 0.2 half's rules say.
 */
async function planP3Half(
  policy: Policy,
  imports: ExternItem[],
  p2Plan: VirtPlan,
): Promise<VirtPlan> {
  if (!policy.debug) return planFor(policy, imports, undefined);
  const plan = await planFor({ ...policy, debug: false }, imports, undefined);
  const deniedImports = withP3Names(p2Plan.settings.deniedImports);
  return { ...plan, settings: { ...plan.settings, deniedImports } };
}

/** Whether a plan serves anything: an interface imported only for the trace's own writes serves nothing. */
const servesApp = (plan: VirtPlan) => plan.interfaces.some((v) => !v.importOnly);

/** A plan that serves nothing has no trace to write: without the host interfaces the trace would import. */
const withoutIdleTrace = (plan: VirtPlan): VirtPlan =>
  servesApp(plan) ? plan : { ...plan, interfaces: [] };

const servesFiles = (plan: VirtPlan) =>
  plan.interfaces.some((v) => v.iface.id === 'wasi:filesystem/types' && !v.importOnly);

/** Generates the virtual adapter a policy (and the app, when given) calls for. */
export async function generateAdapter({
  policy,
  app,
  mountTree,
  onMountProgress,
}: GenerateOptions): Promise<GeneratedAdapter> {
  const described = app ? describeComponent(app) : undefined;
  const halves = described && seriesHalves(described.imports);
  const plan = withoutIdleTrace(
    await planFor(policy, halves?.p2 ?? described?.imports, described?.exports),
  );
  const p3Plan = halves && withoutIdleTrace(await planP3Half(policy, halves.p3, plan));
  const warnings =
    p3Plan && servesApp(p3Plan) && policy.debug
      ? [
          `--debug traces the component's WASI 0.2 calls only: its ${WASI_P3_VERSION} calls are not traced yet`,
        ]
      : [];
  const virtualizes = [plan, p3Plan].some((p) => p !== undefined && servesApp(p));
  const none = { plan, bridges: [], mounted: emptyMountTree().files, warnings };
  if (!virtualizes && app) return { ...none, ...(p3Plan ? { p3: { plan: p3Plan } } : {}) };
  if (!virtualizes && seriesOf(plan.wasiVersion) === '0.3')
    throw new UserInputError(
      `the policy leaves everything to the host, and a pass-through adapter is not yet supported at WASI ${plan.wasiVersion}: compose nothing, or generate for WASI 0.2`,
    );
  if (!virtualizes)
    return { ...none, adapter: new AdapterComponent(passthroughAdapter(plan.wasiVersion)) };
  // An adapter embeds the mounted files only when it serves them (else they would travel twice,
  // or in an adapter that never reads them); one for no app serves all the policy names. Trees
  // no adapter serves are not read, as when nothing is virtualized.
  const files = servesFiles(plan) || (!app && !p3Plan);
  const p3Files = p3Plan !== undefined && servesFiles(p3Plan);
  const tree =
    files || p3Files ? await treeFor(policy, mountTree, onMountProgress) : emptyMountTree();
  if (policy.mounts.length > 0 && !files && !p3Files)
    warnings.push(
      'the component imports no wasi:filesystem, so the --mount trees are not embedded (nothing could read them)',
    );
  const adapter = servesApp(plan)
    ? await buildAdapter(plan, files ? tree : emptyMountTree())
    : undefined;
  const p3Adapter =
    p3Plan && servesApp(p3Plan)
      ? await buildAdapter(p3Plan, p3Files ? tree : emptyMountTree())
      : undefined;
  return {
    plan,
    ...(adapter ? { adapter } : {}),
    ...(p3Plan ? { p3: { plan: p3Plan, ...(p3Adapter ? { adapter: p3Adapter } : {}) } } : {}),
    bridges: plan.proxy ? [httpBridge(plan.proxy.export)] : [],
    mounted: (adapter && files) || (p3Adapter && p3Files) ? tree.files : none.mounted,
    warnings,
  };
}
