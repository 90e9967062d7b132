import binaryen from 'binaryen';
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
import { exportsOf } from './trap-exports.js';

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
 * Points each denied export at a trap of its own, in place of the C code's
 * (runtime/deny.c's, or clocks/monotonic.c's around host imports that will trap). With
 * `write`, the trap first writes its message (placed at `messages[i]`) on the
 * host's stderr with the adapter's `wasi_virt_denied`.
 */
export function trapDenials(
  m: binaryen.Module,
  denials: DeniedExport[],
  write?: { fn: string; messages: (PlacedText | undefined)[] },
): void {
  denials.forEach((denial, i) => {
    const exp = m.getExport(denial.name);
    if (!exp) return;
    const fn = binaryen.getFunctionInfo(m.getFunction(binaryen.getExportInfo(exp).value));
    const text = write?.messages[i];
    const body = text
      ? m.block(null, [
          m.call(write.fn, [m.i32.const(text.at), m.i32.const(text.length)], binaryen.none),
          m.unreachable(),
        ])
      : m.unreachable();
    const trap = `wasi_virt_denied_${i}`;
    m.addFunction(trap, fn.params, fn.results, [], body);
    m.removeExport(denial.name);
    m.addFunctionExport(trap, denial.name);
  });
}

/**
 * After optimization, which merges identical functions: gives every reachable
 * denied export a function of its own (a copy where several exports share
 * one), so each can carry its own name. The unreachable ones stay merged.
 */
export function separateDenials(m: binaryen.Module, denials: DeniedExport[]): void {
  const names = new Set(denials.filter((d) => d.reachable).map((d) => d.name));
  const users = new Map<string, number>();
  for (const exp of exportsOf(m)) users.set(exp.value, (users.get(exp.value) ?? 0) + 1);
  let copies = 0;
  for (const exp of exportsOf(m)) {
    if (!names.has(exp.name) || users.get(exp.value)! < 2) continue;
    const fn = binaryen.getFunctionInfo(m.getFunction(exp.value));
    const copy = `wasi_virt_denied_copy_${copies++}`;
    m.addFunction(copy, fn.params, fn.results, fn.vars, m.copyExpression(fn.body));
    users.set(exp.value, users.get(exp.value)! - 1);
    m.removeExport(exp.name);
    m.addFunctionExport(copy, exp.name);
  }
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
