import { CodeWriter } from '../component/core/code-writer.js';
import { addFunction } from '../component/core/module-edit.js';
import { functionType, type CoreModuleModel } from '../component/core/module-model.js';
import { ByteWriter } from '../component/write/byte-writer.js';
import { concatBytes } from '../component/write/bytes.js';
import { readCoreModule } from '../component/read/core-module.js';
import type { Subsystem } from '../policy/policy.js';
import {
  deniedSubsystem,
  tracedDenial,
  trapMessage,
  trappingInterfaces,
  unreachableTrapName,
} from './denials.js';
import type { VirtPlan } from './plan.js';

/** An adapter export that traps, and what it says about itself. */
export interface DeniedExport {
  /** The core export: `wasi:random/random@0.2.12#get-random-bytes`. */
  name: string;
  subsystem: Subsystem | undefined;
  /** Its trap's name (denials.ts), and the line it writes on stderr. */
  message: string;
  /**
   * Whether the app can call it: a denied subsystem's function. The generated
   * traps for the methods of resources that never exist (trap-exports.ts) cannot
   * be reached, so they get a short name and no stderr message.
   */
  reachable: boolean;
}

/**
 * Every export of the specialised adapter that traps: the functions of the
 * subsystems a policy denies with traps (exit, random, clocks) and the
 * generated traps `generated` (addTrapExports' names).
 */
export function deniedExports(plan: VirtPlan, generated: string[]): DeniedExport[] {
  const trapping = trappingInterfaces(plan).flatMap(({ planned, subsystem }) =>
    planned.exported.map((fn) => ({
      name: `${planned.name}#${fn}`,
      subsystem,
      message: trapMessage(planned.name, fn, subsystem),
      reachable: true,
    })),
  );
  const named = new Set(trapping.map((d) => d.name));
  const unreachable = generated
    .filter((name) => !named.has(name))
    .map((name) => {
      const planned = plan.interfaces.find((v) => v.name === name.slice(0, name.indexOf('#')))!;
      const subsystem = deniedSubsystem(planned.iface, plan.settings);
      return { name, subsystem, message: unreachableTrapName([subsystem]), reachable: false };
    });
  return [...trapping, ...unreachable];
}

/**
 * What each denied call writes before it traps, for the adapter's memory: with
 * `--debug`, the end of its trace line; when `writing` (writesDenials), a
 * reachable one's message, as a line on the host's stderr; else nothing.
 */
export function textsOf(
  denials: DeniedExport[],
  debug: boolean,
  writing: boolean,
): (string | undefined)[] {
  return denials.map((d) =>
    debug ? tracedDenial(d.subsystem) : writing && d.reachable ? d.message : undefined,
  );
}

/** Where a text lies in the adapter's memory. */
export interface PlacedText {
  at: number;
  length: number;
}

/**
 * Points each reachable denied export at a trap of its own, in place of the C
 * code's (runtime/deny.c's traps, random/random.c's and clocks/wall-clock.c's
 * seeded and fixed values, or clocks/monotonic.c's around host imports that will
 * trap), so each can carry its own name. With `write`, the trap first writes its
 * message (placed at `messages[i]`) on the host's stderr with the adapter's
 * `wasi_virt_denied` (function `fn`). The unreachable ones (trap-exports.ts's)
 * keep the trap they share.
 */
export function trapDenials(
  m: CoreModuleModel,
  denials: DeniedExport[],
  write?: { fn: number; messages: (PlacedText | undefined)[] },
): void {
  denials.forEach((denial, i) => {
    const exp = m.exports.find((e) => e.name === denial.name);
    if (!exp || !denial.reachable) return;
    const text = write?.messages[i];
    const code = new CodeWriter();
    if (text) code.i32Const(text.at).i32Const(text.length).call(write.fn);
    exp.index = addFunction(m, functionType(m, exp.index), code.unreachable().finish());
  });
}

/**
 * The module with a name section naming the function of each denied export by
 * its message, so an engine's backtrace says what was denied and what allows
 * it (a function several unreachable traps share, a short name for them all).
 * Nothing else is named.
 */
export function withDenialNames(core: Uint8Array, denials: DeniedExport[]): Uint8Array {
  const byName = new Map(denials.map((d) => [d.name, d]));
  const served = new Map<number, (DeniedExport | undefined)[]>();
  for (const e of readCoreModule(core, 0, core.length).exports) {
    if (e.kind === 'func')
      served.set(e.index, [...(served.get(e.index) ?? []), byName.get(e.name)]);
  }
  const names = [...served]
    .filter(([, exports]) => exports.every((d) => d !== undefined))
    .map(([index, exports]) => {
      const subsystems = exports.map((d) => d!.subsystem);
      return {
        index,
        name: exports.length === 1 ? exports[0]!.message : unreachableTrapName(subsystems),
      };
    })
    .sort((a, b) => a.index - b.index);
  if (names.length === 0) return core;
  const map = new ByteWriter().u32(names.length);
  for (const { index, name } of names) map.u32(index).name(name);
  const functionNames = new ByteWriter().u8(1).sized(map);
  const section = new ByteWriter()
    .u8(0)
    .sized(new ByteWriter().name('name').bytes(functionNames.view()));
  return concatBytes([core, section.view()]);
}
