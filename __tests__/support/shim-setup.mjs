// The host a child process gives a transpiled component through preview2-shim's process-global
// state: run-child.mjs and serve-child.mjs both set it before they load the component.
import { _setArgs, _setCwd, _setEnv } from '@bytecodealliance/preview2-shim/cli';
import { _setPreopens } from '@bytecodealliance/preview2-shim/filesystem';

/** request: { args, env, preopens, hostConfig }, as runner.ts's shimSettings() makes it. */
export function setUpShim(request) {
  // The shim's defaults are the host process's env, argv and cwd: replace them all.
  _setEnv(request.env);
  _setArgs(request.args);
  _setCwd('/');
  _setPreopens(request.preopens);
  globalThis.__wasiVirtHostConfig = request.hostConfig;
}
