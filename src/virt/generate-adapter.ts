import type { ExportBridge } from '../compose/compose.js';
import { withDataSegments } from '../component/write/core-data.js';
import type { Component } from '../component/read/read-component.js';
import { describeComponent } from '../inspect/component-interface.js';
import type { Policy } from '../policy/policy.js';
import { UserInputError } from '../errors.js';
import { adapterModuleFor, loadPumpModule } from './adapter-module.js';
import { seriesOf } from './wasi-interfaces.js';
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

/** What the generator decided and made; the composer puts the adapter into the app. */
export interface GeneratedAdapter {
  plan: VirtPlan;
  /**
   * The virtual adapter component, when the plan virtualizes anything; without an app and with
   * nothing to virtualize, a pass-through adapter (passthrough-adapter.ts); with an app that
   * needs nothing virtualized, none.
   */
  adapter?: AdapterComponent;
  /** Exports of the app the composer passes through the adapter (a proxy's, http-bridge.ts). */
  bridges: ExportBridge[];
  /** Files embedded from the mounts: guest path, host path, size. */
  mounted: MountedFiles;
}

/**
 * What the adapter for a policy (and an app, when given) serves: the plan, narrowed to the host
 * functions the adapter's code calls. The first step of generation, and the cheap one.
 */
export async function planAdapter(policy: Policy, app?: Component): Promise<VirtPlan> {
  const described = app ? describeComponent(app) : undefined;
  const planned = planVirtualization(policy, described?.imports, described?.exports);
  // Denied calls' messages on the host's stderr run the trace's writer, as --debug does.
  const writer = planned.settings.debug || writesDenials(planned);
  const adapter = await adapterModuleFor(planned.wasiVersion);
  return narrowForwarded(adapter, planned, described?.imports, writer);
}

/** Generates the virtual adapter a policy (and the app, when given) calls for. */
export async function generateAdapter({
  policy,
  app,
  mountTree,
  onMountProgress,
}: GenerateOptions): Promise<GeneratedAdapter> {
  const plan = await planAdapter(policy, app);
  const none = { plan, bridges: [], mounted: emptyMountTree().files };
  if (plan.interfaces.length === 0 && app) return none;
  if (plan.interfaces.length === 0 && seriesOf(plan.wasiVersion) === '0.3')
    throw new UserInputError(
      `the policy leaves everything to the host, and a pass-through adapter is not yet supported at WASI ${plan.wasiVersion}: compose nothing, or generate for WASI 0.2`,
    );
  if (plan.interfaces.length === 0)
    return { ...none, adapter: new AdapterComponent(passthroughAdapter(plan.wasiVersion)) };
  const reads = onMountProgress && policy.mounts.length > 0;
  if (reads && !mountTree) onMountProgress({ ...SCANNING });
  const tree = mountTree ?? (await readMountTree(policy.mounts));
  if (reads) reportMountReads(tree.files, onMountProgress);
  addRuntimeNodes(tree, policy.preopens, policy.hostFiles);
  addWritableRoots(tree, policy);
  const { core, data } = specializeAdapter(await adapterModuleFor(plan.wasiVersion), plan, tree);
  // The configuration and the mounted files join the adapter's module only now, so they are
  // never copied through the wrapper.
  const pump = seriesOf(plan.wasiVersion) === '0.3' ? await loadPumpModule() : undefined;
  const wrapped = wrapAdapter(core, adapterWorld(plan), pump);
  // A proxy's HTTP bridge is appended after the wrapper's sections.
  const structure = plan.proxy ? addHttpBridge(wrapped.bytes) : wrapped.bytes;
  const module = withDataSegments(core, data.active, data.passive);
  const adapter = new AdapterComponent(structure, [
    ...wrapped.withModule(module),
    ...(structure.length > wrapped.bytes.length ? [structure.subarray(wrapped.bytes.length)] : []),
  ]);
  return {
    plan,
    adapter,
    bridges: plan.proxy ? [httpBridge(plan.proxy.export)] : [],
    mounted: tree.files,
  };
}
