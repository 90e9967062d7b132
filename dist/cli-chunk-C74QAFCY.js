#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  POLICY_OPTIONS,
  patchFromTexts
} from "./cli-chunk-TKD3IPQR.js";

// src/cli/virt-flags.ts
var flagLabel = (option) => option.short ? `-${option.short}/--${option.name}` : `--${option.name}`;
var optionalValueFlags = new Map(
  POLICY_OPTIONS.flatMap((o) => o.bare ? [[`--${o.name}`, o.bare]] : [])
);
var aliases = /* @__PURE__ */ new Map([["--out", "--output"]]);
function flagTerm(long) {
  if (long === "--output") return "-o, --output, --out <file>";
  const optional = long === void 0 ? void 0 : optionalValueFlags.get(long);
  if (!optional) return void 0;
  if (optional.attached) return `${long}[=${[...optional.words, optional.attached].join("|")}]`;
  return optional.words.length > 0 ? `${long} [${optional.words.join("|")}]` : `${long}[=names]`;
}
function normalizeArgv(argv, valueFlags) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = renamed(argv[i]);
    if (arg === "--") return [...out, ...argv.slice(i)];
    const optional = optionalValueFlags.get(arg);
    if (optional) {
      const next = argv[i + 1];
      const given = next !== void 0 && optional.words.includes(next);
      if (given) i++;
      out.push(`${arg}=${given ? next : optional.implicit}`);
      continue;
    }
    out.push(arg);
    if (valueFlags.has(arg) && i + 1 < argv.length) out.push(argv[++i]);
  }
  return out;
}
function renamed(arg) {
  const [flag, value] = arg.split(/=(.*)/s, 2);
  const alias = aliases.get(flag);
  return alias === void 0 ? arg : value === void 0 ? alias : `${alias}=${value}`;
}
var optionKey = (option) => option.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
function texts(value) {
  if (value === void 0) return void 0;
  return Array.isArray(value) ? value : [String(value)];
}
function patchFromFlags(flags) {
  return patchFromTexts((option) => texts(flags[optionKey(option)]), flagLabel);
}

export {
  flagTerm,
  normalizeArgv,
  patchFromFlags
};
