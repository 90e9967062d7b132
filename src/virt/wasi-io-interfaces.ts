import type { WasiInterface } from './wasi-package.js';
import { wasiPackage } from './wasi-package.js';

const io = wasiPackage('io', 'io');
const cli = wasiPackage('cli', 'io');
const filesystem = wasiPackage('filesystem', 'io');

/**
 * The WASI 0.2 I/O interfaces the adapter owns once it virtualizes any I/O:
 * wasi:io, stdio and terminals, and the filesystem. Methods are named as the
 * component model names them (`[method]input-stream.read`); their WIT
 * signatures leave out `self`.
 */
export const WASI_IO_INTERFACES: WasiInterface[] = [
  io('error'),
  io('poll'),
  io('streams'),
  ...['stdin', 'stdout', 'stderr'].map((stream) => cli(stream)),
  ...['terminal-input', 'terminal-output'].map((name) => cli(name)),
  ...['terminal-stdin', 'terminal-stdout', 'terminal-stderr'].map((name) => cli(name)),
  filesystem('types'),
  filesystem('preopens'),
];
