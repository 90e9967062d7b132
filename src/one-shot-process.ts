import module from 'node:module';
import { setFlagsFromString } from 'node:v8';

/**
 * Tunes a process that runs one command and exits (the CLI, the action), before it loads
 * anything else. Not for the library, which runs in its user's process.
 *
 * On Node 22 and later, the compiled JavaScript is cached on disk between runs, as Node's own
 * `module.enableCompileCache` does it (absent on Node 20, where this does nothing). Such a
 * process compiles no WebAssembly: the adapter component is written by our own code
 * (src/virt/wrap/).
 *
 * The young generation keeps its first size. V8 doubles it (up to 2 x 16 MB) each time much
 * of what it holds survives, and a process that then exits gains nothing from the larger size:
 * a mount of 50,000 small files peaks about 14 MB lower, for no more CPU (npm run bench,
 * "Mounted trees"; the mount tree itself keeps its per-file numbers outside the heap).
 */
export function tuneOneShotProcess(): void {
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  setFlagsFromString('--semi-space-growth-factor=1');
}
