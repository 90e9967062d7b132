import module from 'node:module';
import { setFlagsFromString } from 'node:v8';

/**
 * Tunes a process that runs one command and exits (the CLI, the action), before it loads
 * anything else. Not for the library, which runs in its user's process.
 *
 * - The only WebAssembly such a process compiles is jco's wasm-tools (6 MB), which builds the
 *   small adapter component once: V8's optimizing tier would compile it again in the background
 *   for a run that is over before that pays off (for a small app, 0.6 s of CPU and 130 MiB
 *   against 0.4 s and 90 MiB with the baseline compiler alone, on Node 20).
 * - On Node 22 and later, the compiled JavaScript is cached on disk between runs, as Node's
 *   own `module.enableCompileCache` does it (absent on Node 20, where this does nothing).
 */
export function tuneOneShotProcess(): void {
  setFlagsFromString('--liftoff-only');
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
}
