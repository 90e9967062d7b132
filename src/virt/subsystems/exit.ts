import { wasiPackage } from '../wasi-package.js';
import { accessSubsystem } from './subsystem.js';

/** wasi:cli/exit: denied, exit traps. */
export const exit = accessSubsystem('exit', [wasiPackage('cli', 'exit')('exit')], 'wasi:cli/exit');
