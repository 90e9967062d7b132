import { wasiPackage } from '../wasi-package.js';
import { CONFIG_ENUMS as E } from '../config-layout.js';
import { vars } from '../config-writer.js';
import { isPassthrough, reachesHost, type Subsystem } from './subsystem.js';

/** wasi:cli/environment: host variables (all, listed or none, with fixed values), arguments, the initial directory. */
export const env: Subsystem = {
  role: 'env',
  interfaces: [wasiPackage('cli', 'env')('environment')],
  passesThrough: (_iface, policy) =>
    isPassthrough(policy.env) && policy.args === undefined && policy.cwd === undefined,
  forwarded(iface, functions, _types, policy) {
    const uses = (f: string) => functions.includes(f);
    // WASI 0.3 renamed initial-cwd to get-initial-cwd.
    const cwd = 'initial-cwd' in iface.functions ? 'initial-cwd' : 'get-initial-cwd';
    return [
      ...(reachesHost(policy.env) && uses('get-environment') ? ['get-environment'] : []),
      ...(policy.args === undefined && uses('get-arguments') ? ['get-arguments'] : []),
      ...(policy.cwd === undefined && reachesHost(policy.env) && uses(cwd) ? [cwd] : []),
    ];
  },
  impliedDenyRules: (policy) => [
    ...(policy.env.mode === 'none' ? ['wasi:cli/environment#get-environment'] : []),
    ...(policy.cwd !== undefined || policy.env.mode === 'none'
      ? ['wasi:cli/environment#initial-cwd']
      : []),
    ...(policy.args !== undefined ? ['wasi:cli/environment#get-arguments'] : []),
  ],
  configWords(w, { settings }) {
    const args = settings.args?.map((a) => w.string(a));
    const { cwd } = settings;
    const cwdMode =
      cwd !== undefined
        ? E.WV_CWD_FIXED
        : settings.env.mode === 'none'
          ? E.WV_CWD_NONE
          : E.WV_CWD_HOST;
    return {
      env: vars(w, settings.env),
      args_mode: [args === undefined ? E.WV_ARGS_HOST : E.WV_ARGS_FIXED],
      args: args === undefined ? [0, 0] : w.list(args),
      cwd_mode: [cwdMode],
      cwd: cwd !== undefined ? w.string(cwd) : [0, 0],
    };
  },
};
