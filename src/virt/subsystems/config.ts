import { wasiPackage } from '../wasi-package.js';
import { vars } from '../config-writer.js';
import { isPassthrough, reachesHost, type Subsystem } from './subsystem.js';

/** wasi:config/store: host properties (all, listed or none), with fixed values. */
export const config: Subsystem = {
  role: 'config',
  interfaces: [wasiPackage('config', 'config')('store')],
  passesThrough: (_iface, policy) => isPassthrough(policy.config),
  forwarded: (_iface, functions, _types, policy) => (reachesHost(policy.config) ? functions : []),
  impliedDenyRules: (policy) => (policy.config.mode === 'none' ? ['wasi:config/store'] : []),
  configWords: (w, { settings }) => ({ config: vars(w, settings.config) }),
};
