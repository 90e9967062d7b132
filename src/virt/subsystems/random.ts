import { wasiPackage } from '../wasi-package.js';
import { accessSubsystem } from './subsystem.js';

/** wasi:random/*: denied, every call traps. */
export const random = accessSubsystem(
  'random',
  ['random', 'insecure', 'insecure-seed'].map((name) => wasiPackage('random', 'random')(name)),
  'wasi:random/*',
);
