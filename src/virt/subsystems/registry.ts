import type { Policy } from '../../policy/policy.js';
import type { WasiInterface } from '../wasi-package.js';
import { clocks } from './clocks.js';
import { config } from './config.js';
import { env } from './env.js';
import { exit } from './exit.js';
import { http } from './http.js';
import { io } from './io.js';
import { random } from './random.js';
import { sockets } from './sockets.js';
import type { Subsystem } from './subsystem.js';

/** Every subsystem, in the order their implied rules are listed. */
export const SUBSYSTEMS: Subsystem[] = [env, config, exit, random, clocks, io, sockets, http];

/** The subsystem an interface belongs to, by its role. */
export function subsystemOf(iface: WasiInterface): Subsystem {
  const subsystem = SUBSYSTEMS.find((s) => s.role === iface.role);
  if (!subsystem) throw new Error(`internal: no subsystem has role '${iface.role}' (${iface.id})`);
  return subsystem;
}

/**
 * The import rules a policy implies for the output: no function it denies may be imported from
 * the host. The rules name functions (`wasi:clocks/*#*`), so an interface the output imports only
 * for its types (the adapter forwarding the filesystem imports wall-clock's `datetime`) passes:
 * types grant nothing.
 */
export const impliedDenyRules = (policy: Policy): string[] =>
  SUBSYSTEMS.flatMap((s) => s.impliedDenyRules(policy)).map((rule) =>
    rule.includes('#') ? rule : `${rule}#*`,
  );
