// Child process for runner.ts: runs one transpiled component and exits.
//
// Usage: node run-child.mjs <request file>
// The request and the reply are v8-serialized (so Uint8Array and bigint survive).
// Request: { module, mode: 'run' | 'call', args, env, preopens, exportName?, callArgs?, resultFile }
// Reply written to resultFile, exactly one of:
//   { kind: 'returned', value? }  run() / the export returned normally
//   { kind: 'error', value }      the export returned result::err (jco throws the payload)
//   { kind: 'exit', code }        the guest called wasi:cli/exit (the shim calls process.exit)
//   { kind: 'trap', message, stack } the guest trapped or a host import threw (stack: V8's, with
//                                 the wasm functions' names)
//   { kind: 'failure', message }  the runner itself could not do its job
// The guest's stdout/stderr are this process's fd 1/2, which the parent points at files.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { setUpShim } from './shim-setup.mjs';

const request = deserialize(readFileSync(process.argv[2]));
let replied = false;
function reply(message) {
  if (!replied) {
    replied = true;
    writeFileSync(request.resultFile, serialize(message));
  }
}
const describe = (err) =>
  err instanceof Error ? `${err.name}: ${err.message}` : `non-Error thrown: ${String(err)}`;

setUpShim(request);

let component;
try {
  component = await import(pathToFileURL(request.module).href);
} catch (err) {
  reply(
    err instanceof WebAssembly.RuntimeError
      ? { kind: 'trap', message: describe(err) }
      : { kind: 'failure', message: `loading ${request.module}: ${describe(err)}` },
  );
  process.exit(0);
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
/** "add", "greet-all", "run#run" or "wasi:cli/run@0.2.12#run" */
function findExport(name) {
  const [first, fn] = name.includes('#') ? name.split('#', 2) : [name, undefined];
  const top = component[first] ?? component[camel(first)];
  const target = fn === undefined ? top : top?.[camel(fn)];
  if (typeof target !== 'function') {
    const names = Object.keys(component).filter((key) => key !== '_util'); // jco internals
    throw new Error(`no exported function ${name}; exports: ${names.join(', ')}`);
  }
  return fn === undefined ? target : target.bind(top);
}

let target;
try {
  target = request.mode === 'run' ? findExport('run#run') : findExport(request.exportName);
} catch (err) {
  reply({ kind: 'failure', message: err.message });
  process.exit(0);
}

// The shim implements wasi:cli/exit with process.exit(), from inside the wasm call.
// Registered only now so that a crash of this script is not mistaken for a guest exit.
process.on('exit', (code) => reply({ kind: 'exit', code }));
try {
  const value = target(...(request.callArgs ?? []));
  reply({ kind: 'returned', value });
} catch (err) {
  // jco throws a result's err payload itself (undefined for wasi:cli/run's `result`), or a
  // ComponentError wrapping it; anything else escaping the call is a trap.
  if (!(err instanceof Error)) {
    reply({ kind: 'error', value: err });
  } else if (err.name === 'ComponentError') {
    reply({ kind: 'error', value: err.payload });
  } else {
    reply({ kind: 'trap', message: describe(err), stack: err.stack });
  }
}
process.exit(0);
