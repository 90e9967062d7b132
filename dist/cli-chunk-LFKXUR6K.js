#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "wasi-virt";
var INFORMATION_URI = "https://github.com/wasi-virt-action/wasi-virt-action";

export {
  VERSION,
  TOOL_NAME,
  INFORMATION_URI
};
