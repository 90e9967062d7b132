import { componentEmbed, componentNew } from '@bytecodealliance/jco-transpile/wasm-tools';
import { compose, type ComposeInput } from '../component/compose.js';
import { addDataToComponent } from '../component/core-data.js';
import { readComponent, type Component } from '../component/read-component.js';
import { describeComponent } from '../inspect/component-interface.js';
import type { Policy } from '../policy/policy.js';
import { loadAdapterModule } from './adapter-module.js';
import { ADAPTER_WORLD, adapterWit } from './adapter-wit.js';
import { writesDenials } from './denials.js';
import { narrowForwarded } from './host-calls.js';
import { planVirtualization, type VirtPlan } from './plan.js';
import { readMountTree, type MountTree } from './mount-tree.js';
import { addHttpBridge, httpBridge } from './http-bridge.js';
import { passthroughAdapter } from './passthrough-adapter.js';
import { addRuntimeNodes } from './runtime-nodes.js';
import { lacksPlannedExports, specializeAdapter } from './specialize-adapter.js';

export interface VirtualizeOptions {
  policy: Policy;
  /** The component to virtualize; without one, only the adapter is generated. */
  app?: ComposeInput;
  /** The policy's mounts, read already with readMountTree; read here when absent. */
  mountTree?: MountTree;
}

export interface VirtualizeResult {
  plan: VirtPlan;
  /**
   * The virtual adapter component, when the plan virtualizes anything; without an app and with
   * nothing to virtualize, a pass-through adapter (passthrough-adapter.ts).
   */
  adapter?: Uint8Array;
  /** The app composed with the adapter (the app itself when nothing needed virtualizing). */
  output?: Uint8Array;
  /** Files embedded from the mounts: guest path, host path, size. */
  mounted: MountTree['files'];
  warnings: string[];
}

/**
 * What the adapter for a policy (and an app, when given) serves: the plan, narrowed to the host
 * functions the adapter's code calls. The first step of virtualize, and the cheap one.
 */
export async function planAdapter(policy: Policy, app?: Component): Promise<VirtPlan> {
  const described = app ? describeComponent(app) : undefined;
  const planned = planVirtualization(policy, described?.imports, described?.exports);
  // Denied calls' messages on the host's stderr run the trace's writer, as --debug does.
  const writer = policy.debug || writesDenials(planned, policy);
  return narrowForwarded(await loadAdapterModule(), planned, described?.imports, writer);
}

/** Generates the virtual adapter a policy calls for and composes it into the app. */
export async function virtualize({
  policy,
  app,
  mountTree,
}: VirtualizeOptions): Promise<VirtualizeResult> {
  const plan = await planAdapter(policy, app && (app.component ?? readComponent(app.bytes)));
  if (plan.interfaces.length === 0 && app) {
    return {
      plan,
      mounted: [],
      output: app.bytes,
      warnings: ['nothing to virtualize: the policy passes every imported interface through'],
    };
  }
  if (plan.interfaces.length === 0)
    return { plan, adapter: await passthroughAdapter(plan.wasiVersion), mounted: [], warnings: [] };
  const tree = mountTree ?? (await readMountTree(policy.mounts));
  addRuntimeNodes(tree, policy.preopens, policy.hostFiles);
  const witSource = adapterWit(plan);
  const prebuilt = await loadAdapterModule();
  const dummy = lacksPlannedExports(prebuilt, plan)
    ? await componentEmbed({ dummy: true, witSource, world: ADAPTER_WORLD })
    : undefined;
  const { core, data } = specializeAdapter(prebuilt, plan, policy, tree, dummy);
  const embedded = await componentEmbed({ binary: core, witSource, world: ADAPTER_WORLD });
  // The configuration and the mounted files join the adapter's module only now, so they never pass through binaryen or jco.
  const built = await componentNew(embedded);
  const adapter = addDataToComponent(
    plan.proxy ? addHttpBridge(built) : built,
    data.active,
    data.passive,
  );
  if (!app) return { plan, adapter, mounted: tree.files, warnings: [] };
  const composed = compose(
    app,
    [{ bytes: adapter, label: 'the virtual adapter' }],
    plan.proxy ? [httpBridge(plan.proxy.export)] : [],
  );
  return {
    plan,
    adapter,
    output: composed.bytes,
    mounted: tree.files,
    warnings: composed.warnings,
  };
}
