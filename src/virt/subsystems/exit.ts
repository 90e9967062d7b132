import { accessSubsystem } from './subsystem.js';

/** wasi:cli/exit: denied, exit traps. */
export const exit = accessSubsystem('exit', 'wasi:cli/exit');
