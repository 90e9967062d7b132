// Child of scripts/build-toolchain-fixtures.mjs: runs componentize-js once and writes the component.
// A child process so that the parent can fix what componentize-js bakes into its output: its work
// directory's name comes from Math.random() (node --random-seed fixes it) under os.tmpdir() (TMPDIR).
//
// Usage: node --random-seed=N componentize-js.mjs <request.json>
// request: { componentizeJs, sourcePath, witPath, worldName, disableFeatures, wizerEnv, output }
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { componentize } = await import(pathToFileURL(request.componentizeJs).href);
const { component } = await componentize({
  sourcePath: request.sourcePath,
  witPath: request.witPath,
  worldName: request.worldName,
  disableFeatures: request.disableFeatures,
  // The environment of the wizer process that pre-initializes the engine.
  env: request.wizerEnv,
});
writeFileSync(request.output, component);
