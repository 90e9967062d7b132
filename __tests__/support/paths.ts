import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const fixture = (name: string) => join(FIXTURES, `${name}.wasm`);
/** A hand-written test component in __tests__/wat. */
export const watFile = (name: string) => join(ROOT, '__tests__', 'wat', name);
export const FIXTURE_NAMES = [
  'env-args',
  'cat-files',
  'list-dir',
  'write-file',
  'stdio',
  'clocks-random',
  'sleep',
  'exit-code',
  'trap',
  'import-free',
  'env-plug',
  'clock-plug',
  'config-app',
  'stdout-root',
  'stream-plug',
  'sockets-probe',
  'http-probe',
  'net-echo',
  'net-allow',
  'http-fetch',
  'http-static',
  'hermetic-probe',
  'fs-ops',
  'fs-bench',
  'env-p3',
  'clocks-random-p3',
  'stdio-p3',
  'net-p3',
  'fs-p3',
  'mixed-p3',
];
