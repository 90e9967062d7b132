#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ExitCode,
  processIo
} from "./cli-chunk-OQZ2DEPI.js";
import "./cli-chunk-HWCCQPND.js";
export {
  ExitCode,
  processIo
};
