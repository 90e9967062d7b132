#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/io.ts
function processIo() {
  const writer = (stream) => {
    let closed = false;
    stream.on("error", (error) => {
      if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
      closed = true;
    });
    return (text) => {
      if (!closed && !stream.destroyed) stream.write(text);
    };
  };
  return {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    terminal: process.stderr
  };
}
var ExitCode = { pass: 0, violation: 1, usage: 2, internal: 3 };

export {
  processIo,
  ExitCode
};
