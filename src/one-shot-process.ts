import module from 'node:module';

/**
 * Tunes a process that runs one command and exits (the CLI, the action), before it loads
 * anything else. Not for the library, which runs in its user's process.
 *
 * On Node 22 and later, the compiled JavaScript is cached on disk between runs, as Node's own
 * `module.enableCompileCache` does it (absent on Node 20, where this does nothing). Such a
 * process compiles no WebAssembly: the adapter component is written by our own code
 * (src/virt/wrap/).
 */
export function tuneOneShotProcess(): void {
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
}
