#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./cli-chunk-HWCCQPND.js";

// src/one-shot-process.ts
import module from "node:module";
import { setFlagsFromString } from "node:v8";
function tuneOneShotProcess() {
  module.enableCompileCache?.();
  setFlagsFromString("--semi-space-growth-factor=1");
}

// src/cli/bin.ts
tuneOneShotProcess();
var { main } = await import("./cli-main-33CQUPUG.js");
var { processIo } = await import("./cli-io-K5UWWVX5.js");
process.exitCode = await main(process.argv.slice(2), processIo());
