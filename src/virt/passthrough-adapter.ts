import { componentEmbed, componentNew } from '@bytecodealliance/jco-transpile/wasm-tools';
import { INSTANCE_SORT, SectionId } from '../component/ast.js';
import { ComponentBuilder } from '../component/write/component-builder.js';
import { readComponent } from '../component/read/read-component.js';
import { ADAPTER_WORLD, adapterWit } from './adapter-wit.js';
import { declaredNames } from './wit-declarations.js';
import { resourceDrops } from './subsystems/subsystem.js';
import { adapterSettings, type VirtPlan } from './plan.js';
import { hostPolicy } from '../policy/policy.js';
import { versionOf, WASI_INTERFACES } from './wasi-interfaces.js';

/**
 * The interfaces of WASI's command world (`wasi:cli/command`: cli, clocks, filesystem, io,
 * random, sockets), which every WASI 0.2 host that runs commands provides. wasi:http and
 * wasi:config are left out: a host running commands need not have them, and an app's imports of
 * them go to the host anyway when nothing supplies them.
 */
const COMMAND_WORLD = WASI_INTERFACES.filter((i) => i.role !== 'http' && i.role !== 'config');

/** WASI 0.2's `@unstable` functions, which hosts provide only on request. */
const UNSTABLE = ['exit-with-code', 'network-error-code'];

/** Sections a component's import prelude is made of, as wit-component writes it. */
const PRELUDE = new Set<number>([SectionId.type, SectionId.import, SectionId.alias]);

/**
 * The adapter for a policy that passes everything through, written without a component (as
 * WASI-Virt writes one): it imports each interface of WASI's command world, with every stable
 * function, and exports the imported instance unchanged. Composed into a component, it changes
 * nothing; it holds no code.
 *
 * The import types come from wit-component: a dummy module for the world of an adapter that
 * would forward every function is made a component, whose prelude (the type, import and alias
 * sections before its first core module) is kept, and the exports are added after it.
 */
export async function passthroughAdapter(wasiVersion: string): Promise<Uint8Array> {
  const plan: VirtPlan = {
    wasiVersion,
    settings: adapterSettings(hostPolicy()),
    packageVersions: {},
    passedThrough: [],
    interfaces: COMMAND_WORLD.map((iface) => {
      const version = versionOf(iface, wasiVersion);
      const functions = Object.keys(iface.functions).filter((f) => !UNSTABLE.includes(f));
      return {
        iface,
        name: `${iface.id}@${version}`,
        version,
        exported: functions,
        forwarded: [...functions, ...resourceDrops(iface)],
        types: iface.types.flatMap(declaredNames),
      };
    }),
  };
  const witSource = adapterWit(plan);
  const typed = await componentNew(
    await componentEmbed({ dummy: true, witSource, world: ADAPTER_WORLD }),
  );
  const { sections } = readComponent(typed);
  const end = sections.find((s) => !PRELUDE.has(s.id))?.start ?? typed.length;
  const prelude = typed.slice(0, end);
  const { imports, scope } = readComponent(prelude);
  const builder = ComponentBuilder.extending(prelude, scope);
  // The prelude defines instances by importing them only, in order.
  imports.forEach((imp, index) => builder.export(imp.name, { sort: INSTANCE_SORT, index }));
  return builder.finish();
}
