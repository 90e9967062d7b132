import { compose, type ComposeInput } from '../compose/compose.js';
import { readComponent } from '../component/read/read-component.js';
import type { Policy } from '../policy/policy.js';
import { adaptersOf, generateAdapter, type GeneratedAdapter } from '../virt/generate-adapter.js';
import type { MountProgressListener } from '../virt/mount-progress.js';
import type { MountTree } from '../virt/mount-tree.js';

export interface VirtualizeOptions {
  policy: Policy;
  /** The component to virtualize; without one, only the adapter is generated. */
  app?: ComposeInput;
  /** The policy's mounts, read already with readMountTree; read here when absent. */
  mountTree?: MountTree;
  /** Hears how far reading the mounts has got (only when generation reads them). */
  onMountProgress?: MountProgressListener;
}

export interface VirtualizeResult extends Omit<GeneratedAdapter, 'bridges'> {
  /** The app composed with the adapter (the app itself when nothing needed virtualizing). */
  output?: Uint8Array;
  warnings: string[];
}

/** Generates the virtual adapter a policy calls for and composes it into the app: generate → compose. */
export async function virtualize({
  policy,
  app,
  mountTree,
  onMountProgress,
}: VirtualizeOptions): Promise<VirtualizeResult> {
  const component = app && (app.component ?? readComponent(app.bytes));
  const { bridges, ...generated } = await generateAdapter({
    policy,
    mountTree,
    ...(onMountProgress ? { onMountProgress } : {}),
    ...(component ? { app: component } : {}),
  });
  if (!app) return generated;
  const adapters = adaptersOf({ bridges, ...generated });
  if (adapters.length === 0)
    return {
      ...generated,
      output: app.bytes,
      warnings: [
        ...generated.warnings,
        'nothing to virtualize: the policy passes every imported interface through',
      ],
    };
  const composed = compose(
    { ...app, component },
    adapters.map((adapter) => ({
      bytes: adapter.structure,
      chunks: adapter.chunks,
      label:
        adapter === generated.p3?.adapter ? 'the WASI 0.3 virtual adapter' : 'the virtual adapter',
    })),
    bridges,
  );
  return {
    ...generated,
    output: composed.bytes,
    warnings: [...generated.warnings, ...composed.warnings],
  };
}
