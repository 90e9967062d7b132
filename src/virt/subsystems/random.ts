import { accessSubsystem } from './subsystem.js';

/** wasi:random/*: denied, every call traps. */
export const random = accessSubsystem('random', 'wasi:random/*');
