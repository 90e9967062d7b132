// Child process for runner.ts's serveComponent: serves one transpiled proxy component's
// wasi:http/incoming-handler with preview2-shim's HTTPServer on a free port of 127.0.0.1.
//
// Usage: node serve-child.mjs <request file> (v8-serialized { module, args, env, preopens,
// hostConfig }), with an IPC channel. Sends { port } once it listens; ends on the message
// 'stop' or when the parent goes away. The guest's stdout/stderr are this process's fd 1/2;
// a failure to start goes to stderr with status 1.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';
import { HTTPServer } from '@bytecodealliance/preview2-shim/http';
import { setUpShim } from './shim-setup.mjs';

const request = deserialize(readFileSync(process.argv[2]));
setUpShim(request);

let server;
try {
  const component = await import(pathToFileURL(request.module).href);
  if (!component.incomingHandler) {
    throw new Error(`${request.module} exports no wasi:http/incoming-handler`);
  }
  server = new HTTPServer(component.incomingHandler);
  server.listen(0, '127.0.0.1');
} catch (err) {
  console.error(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  process.exit(1);
}

const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('message', (message) => message === 'stop' && stop());
process.on('disconnect', stop);
process.send({ port: server.address().port });
