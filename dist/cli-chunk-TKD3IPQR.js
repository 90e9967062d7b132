#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserInputError,
  parseByteSize,
  withSha256
} from "./cli-chunk-3Y5FLEB3.js";

// src/report/check-report.ts
var reportFormats = ["text", "json", "junit", "sarif"];
function checkReport(component, file, rules, result) {
  return withSha256(
    {
      component,
      size: file.bytes.length,
      rules: { allow: rules.allow.map((p) => p.text), deny: rules.deny.map((p) => p.text) },
      result
    },
    file.bytes
  );
}

// src/policy/policy.ts
var subsystems = ["exit", "random", "clocks", "fs", "sockets", "http"];
var stdioModes = ["allow", "ignore", "deny"];
var stdioStreams = ["stdin", "stdout", "stderr"];
var DEFAULT_WRITABLE_SIZE = 64 * 1024 * 1024;
var DEFAULT_PASSIVE_CUTOFF = 1 << 20;
var vars = (mode) => ({ mode, names: [], overrides: {} });
var everySubsystem = (access) => Object.fromEntries(subsystems.map((s) => [s, access]));
var everyStream = (mode) => Object.fromEntries(stdioStreams.map((s) => [s, mode]));
function denyAllPolicy() {
  return {
    env: vars("none"),
    config: vars("none"),
    access: everySubsystem("deny"),
    stdio: everyStream("deny"),
    mounts: [],
    preopens: [],
    hostFiles: [],
    writable: [],
    debug: false,
    hideTerminals: false,
    imports: { allow: [], deny: [] }
  };
}
function applyVars(base, patch) {
  if (!patch) return base;
  return {
    mode: patch.mode ?? base.mode,
    names: patch.names ?? (patch.mode && patch.mode !== base.mode ? [] : base.names),
    overrides: { ...base.overrides, ...patch.overrides }
  };
}
function addWritable(base, added) {
  const result = [...base];
  for (const entry of added) {
    const at = result.findIndex((w) => w.guest === entry.guest);
    if (at >= 0) result[at] = entry;
    else result.push(entry);
  }
  return result;
}
var HERMETIC_TIME = "1970-01-01T00:00:00Z";
var HERMETIC_SEED = "0";
var HERMETIC_ARGS = ["app"];
var HERMETIC_TMP = "/tmp";
var HERMETIC_WITH_ALLOW_ALL = "hermetic denies what allow-all allows (drop one; to let one thing through, add its allow-* setting after hermetic)";
function hermeticPolicy(policy) {
  const hasTmp = policy.writable.some((w) => w.guest === HERMETIC_TMP);
  return {
    ...policy,
    access: { ...everySubsystem("deny"), exit: "allow" },
    stdio: { stdin: "deny", stdout: "allow", stderr: "allow" },
    env: { ...policy.env, mode: "none", names: [] },
    config: { ...policy.config, mode: "none", names: [] },
    args: policy.args ?? [...HERMETIC_ARGS],
    fixedTime: policy.fixedTime ?? HERMETIC_TIME,
    randomSeed: policy.randomSeed ?? HERMETIC_SEED,
    hideTerminals: true,
    writable: hasTmp ? policy.writable : [...policy.writable, { guest: HERMETIC_TMP, size: DEFAULT_WRITABLE_SIZE }]
  };
}
function applyPatches(base, ...patches) {
  if (patches.some((p) => p.hermetic) && patches.some((p) => p.allowAll))
    throw new UserInputError(
      `hermetic and allow-all cannot be combined: ${HERMETIC_WITH_ALLOW_ALL}`
    );
  let policy = base;
  for (const patch of patches) {
    if (patch.hermetic) policy = hermeticPolicy(policy);
    const httpHosts = patch.httpHosts ?? (patch.allowAll ? void 0 : policy.httpHosts);
    const socketRules = patch.socketRules ?? (patch.allowAll ? void 0 : policy.socketRules);
    const overlay = patch.overlay ?? policy.overlay;
    if (patch.allowAll) {
      policy = {
        ...policy,
        access: everySubsystem("allow"),
        stdio: everyStream("allow"),
        env: { ...policy.env, mode: "all", names: [] },
        config: { ...policy.config, mode: "all", names: [] }
      };
    }
    policy = {
      env: applyVars(policy.env, patch.env),
      config: applyVars(policy.config, patch.config),
      access: { ...policy.access, ...patch.access },
      stdio: { ...policy.stdio, ...patch.stdio },
      mounts: [...policy.mounts, ...patch.mounts ?? []],
      preopens: [...policy.preopens, ...patch.preopens ?? []],
      hostFiles: [...policy.hostFiles, ...patch.hostFiles ?? []],
      writable: addWritable(policy.writable, patch.writable ?? []),
      debug: patch.debug ?? policy.debug,
      hideTerminals: patch.hideTerminals ?? policy.hideTerminals,
      imports: {
        allow: [...policy.imports.allow, ...patch.imports?.allow ?? []],
        deny: [...policy.imports.deny, ...patch.imports?.deny ?? []]
      },
      ...patch.args ?? policy.args ? { args: patch.args ?? policy.args } : {},
      ...patch.cwd ?? policy.cwd ? { cwd: patch.cwd ?? policy.cwd } : {},
      ...patch.wasiVersion ?? policy.wasiVersion ? { wasiVersion: patch.wasiVersion ?? policy.wasiVersion } : {},
      ...patch.fixedTime ?? policy.fixedTime ? { fixedTime: patch.fixedTime ?? policy.fixedTime } : {},
      ...patch.randomSeed ?? policy.randomSeed ? { randomSeed: patch.randomSeed ?? policy.randomSeed } : {},
      ...httpHosts && httpHosts.length > 0 ? { httpHosts } : {},
      ...socketRules && socketRules.length > 0 ? { socketRules } : {},
      ...overlay !== void 0 && overlay !== false ? { overlay } : {},
      ...(patch.passiveCutoff ?? policy.passiveCutoff) !== void 0 ? { passiveCutoff: patch.passiveCutoff ?? policy.passiveCutoff } : {}
    };
  }
  return policy;
}
function reachesHostFiles(policy) {
  return policy.access.fs === "allow" || policy.preopens.length > 0 || policy.hostFiles.length > 0;
}
var putsFilesInAdapter = (policy) => [policy.mounts, policy.writable, policy.preopens, policy.hostFiles].some((l) => l.length > 0);
var fixesTime = (policy) => policy.fixedTime !== void 0;
var seedsRandom = (policy) => policy.randomSeed !== void 0;
var restrictsHttp = (policy) => policy.access.http === "allow" && policy.httpHosts !== void 0;
var restrictsSockets = (policy) => policy.access.sockets === "allow" && policy.socketRules !== void 0;
var hasWritableTrees = (policy) => policy.writable.length > 0 || policy.overlay !== void 0 && policy.mounts.length > 0;

// src/policy/hermetic.ts
var INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
var INSTANT_EXAMPLE = "2024-05-01T12:00:00Z";
var isLeap = (y) => y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
var daysIn = (y, m) => m === 2 ? isLeap(y) ? 29 : 28 : [4, 6, 9, 11].includes(m) ? 30 : 31;
function daysFromCivil(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function readInstant(text) {
  const m = INSTANT.exec(text);
  if (!m) return `it must look like ${INSTANT_EXAMPLE} (date, time and offset)`;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const fraction = m[7] ?? "";
  if (mo < 1 || mo > 12) return `month ${m[2]} does not exist`;
  if (d < 1 || d > daysIn(y, mo)) return `day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
  if (h > 23 || mi > 59) return `time ${m[4]}:${m[5]} does not exist`;
  if (s > 59) return "a leap second (:60) cannot be represented in WASI time";
  if (fraction.length > 9) return "WASI time has nanoseconds: at most 9 fractional digits";
  const [oh, om] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (oh > 23 || om > 59) return `offset ${m[9]}${m[10]}:${m[11]} does not exist`;
  const offset = (m[9] === "-" ? -1 : 1) * (oh * 3600 + om * 60);
  const seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
  if (seconds < 0) return "WASI wall-clock time starts at 1970-01-01T00:00:00Z";
  return { seconds, nanoseconds: Number(fraction.padEnd(9, "0")) };
}
function formatInstant({ seconds, nanoseconds }) {
  const date = new Date(seconds * 1e3).toISOString().slice(0, 19);
  const fraction = nanoseconds ? `.${String(nanoseconds).padStart(9, "0").replace(/0+$/, "")}` : "";
  return `${date}${fraction}Z`;
}
function parseInstant(label, text) {
  const instant = readInstant(text);
  if (typeof instant === "string")
    throw new UserInputError(`${label} '${text}' is not an RFC 3339 instant: ${instant}`);
  return formatInstant(instant);
}
function instantOf(canonical) {
  const instant = readInstant(canonical);
  if (typeof instant === "string") throw new Error(`internal: '${canonical}' is not an instant`);
  return instant;
}
var U64_MAX = (1n << 64n) - 1n;
function parseSeed(label, text) {
  const seed = /^[0-9]+$/.test(text) ? BigInt(text) : void 0;
  if (seed === void 0 || seed > U64_MAX)
    throw new UserInputError(
      `${label} '${text}' must be an unsigned 64-bit integer in decimal (0 to ${U64_MAX})`
    );
  return seed.toString();
}

// src/policy/pattern-list.ts
function canonicalPatterns(label, patterns, read, format) {
  if (patterns.length === 0) throw new UserInputError(`${label}: no pattern in the list`);
  const canonical = patterns.map((text) => {
    const pattern = text.trim();
    if (pattern === "") throw new UserInputError(`${label}: empty pattern in the list`);
    const rule = read(pattern);
    if (typeof rule === "string")
      throw new UserInputError(
        `${label} pattern '${pattern.slice(0, 100)}' is not allowed: ${rule}`
      );
    return format(rule);
  });
  return [...new Set(canonical)];
}

// src/policy/http-hosts.ts
var DEFAULT_PORTS = { http: 80, https: 443 };
var SCHEME = /^[a-z][a-z0-9+.-]*$/;
var LABEL = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/;
var IPV6 = /^\[[0-9a-f:.]+\]$/;
function namePatternProblem(host) {
  const name = host.startsWith("*.") ? host.slice(2) : host;
  if (name.includes("*"))
    return "a * stands for the whole host (*) or its first label (*.example.com)";
  if (!name.split(".").every((label) => LABEL.test(label)))
    return `'${host}' is not a host name or an address`;
  return void 0;
}
function hostProblem(host) {
  if (host === "") return "the host is empty";
  if (host === "*" || IPV6.test(host)) return void 0;
  return namePatternProblem(host);
}
function readPattern(text) {
  const at = text.indexOf("://");
  if (at < 0) return "it must be SCHEME://HOST[:PORT], e.g. https://api.example.com:443";
  const scheme = text.slice(0, at).toLowerCase();
  if (scheme !== "*" && !SCHEME.test(scheme)) return `'${text.slice(0, at)}' is not a scheme`;
  let rest = text.slice(at + 3).toLowerCase();
  if (rest.endsWith("/")) rest = rest.slice(0, -1);
  if (/[/?#]/.test(rest)) return "a pattern names a host, not a path, query or fragment";
  if (rest.includes("@")) return "a pattern names no user information (user@)";
  const close = rest.lastIndexOf("]");
  const colon = rest.indexOf(":", close + 1);
  const host = colon < 0 ? rest : rest.slice(0, colon);
  const port = colon < 0 ? void 0 : rest.slice(colon + 1);
  const problem = hostProblem(host);
  if (problem) return problem;
  if (port === "*") return { scheme, host, port };
  if (port === void 0) {
    const known = DEFAULT_PORTS[scheme];
    if (known === void 0)
      return `scheme ${scheme} has no default port: add :PORT or :* (e.g. ${scheme}://${host}:*)`;
    return { scheme, host, port: known };
  }
  const number = /^[0-9]{1,5}$/.test(port) ? Number(port) : 0;
  if (number < 1 || number > 65535) return `port '${port}' is not * or a number from 1 to 65535`;
  return { scheme, host, port: number };
}
var formatHttpRule = ({ scheme, host, port }) => `${scheme}://${host}:${port}`;
function httpRuleOf(canonical) {
  const rule = readPattern(canonical);
  if (typeof rule === "string") throw new Error(`internal: '${canonical}' is not a pattern`);
  return rule;
}
var parseHttpPatterns = (label, patterns) => canonicalPatterns(label, patterns, readPattern, formatHttpRule);

// src/policy/ip-address.ts
var IPV4_PART = /^(0|[1-9][0-9]{0,2})$/;
var IPV6_GROUP = /^[0-9a-f]{1,4}$/;
function parseIpv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => IPV4_PART.test(p))) return void 0;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : void 0;
}
function parseIpv6(text) {
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const groups = (half) => half === "" ? [] : half.split(":");
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const last = (halves.length === 2 ? tail : head).at(-1);
  const v4 = last?.includes(".") ? parseIpv4(last) : void 0;
  if (last?.includes(".") && !v4) return void 0;
  if (v4) (halves.length === 2 ? tail : head).pop();
  const written = head.length + tail.length + (v4 ? 2 : 0);
  if (![...head, ...tail].every((g) => IPV6_GROUP.test(g))) return void 0;
  if (halves.length === 2 ? written > 7 : written !== 8) return void 0;
  const zeros = Array(8 - written).fill("0");
  const words = [...head, ...zeros, ...tail].map((g) => parseInt(g, 16));
  return [...words.flatMap((w) => [w >> 8, w & 255]), ...v4 ?? []];
}
function formatIp(bytes) {
  if (bytes.length === 4) return bytes.join(".");
  const words = Array.from({ length: 8 }, (_, i) => bytes[2 * i] << 8 | bytes[2 * i + 1]);
  let best = { at: -1, length: 1 };
  for (let i = 0; i < 8; ) {
    let end = i;
    while (end < 8 && words[end] === 0) end++;
    if (end - i > best.length) best = { at: i, length: end - i };
    i = end > i ? end : i + 1;
  }
  const hex = (ws) => ws.map((w) => w.toString(16)).join(":");
  if (best.at < 0) return hex(words);
  return `${hex(words.slice(0, best.at))}::${hex(words.slice(best.at + best.length))}`;
}
function onlyPrefixBits(bytes, prefix) {
  return bytes.every((byte, i) => {
    const kept = Math.max(0, Math.min(8, prefix - i * 8));
    return (byte & 255 >> kept) === 0;
  });
}
function maskTo(bytes, prefix) {
  return bytes.map((byte, i) => {
    const kept = Math.max(0, Math.min(8, prefix - i * 8));
    return byte & 255 << 8 - kept & 255;
  });
}

// src/policy/socket-patterns.ts
var MAX_SOCKET_PATTERNS = 32;
var MAX_PATTERN_LENGTH = 300;
var MAX_NAME_LENGTH = 253;
var PORT = /^[1-9][0-9]{0,4}$/;
function readPorts(text) {
  if (text === "*") return [0, 65535];
  const [low, high = low, extra] = text.split("-");
  const numbers = [low, high].map((p) => p !== void 0 && PORT.test(p) ? Number(p) : 0);
  const [from, to] = numbers;
  if (extra !== void 0 || from < 1 || to > 65535 || to < 1)
    return `ports '${text}' are not *, a port from 1 to 65535 or a range such as 8000-8999`;
  if (from > to) return `the range '${text}' ends before it starts`;
  return [from, to];
}
function readBlock(text) {
  const v6 = text.startsWith("[");
  if (v6 && !text.endsWith("]")) return `'${text}' has no closing ]`;
  const inner = v6 ? text.slice(1, -1) : text;
  const [address = "", prefixText, extra] = inner.split("/");
  const bytes = v6 ? parseIpv6(address) : parseIpv4(address);
  if (!bytes || extra !== void 0)
    return `'${text}' is not an ${v6 ? "IPv6" : "IPv4"} address or block${v6 ? " ([fd00::/8])" : " (10.0.0.0/8)"}`;
  const bits = bytes.length * 8;
  const prefix = prefixText === void 0 ? bits : /^(0|[1-9][0-9]?[0-9]?)$/.test(prefixText) ? +prefixText : -1;
  if (prefix < 0 || prefix > bits)
    return `prefix '/${prefixText}' is not a number from 0 to ${bits}`;
  if (!onlyPrefixBits(bytes, prefix)) {
    const block = `${formatIp(maskTo(bytes, prefix))}/${prefix}`;
    return `bits after the prefix are set: write the block's first address (${v6 ? `[${block}]` : block})`;
  }
  return { kind: "block", bytes, prefix };
}
function readHost(text) {
  if (text === "") return "the host is empty";
  if (text === "*") return { kind: "any" };
  if (text.startsWith("[") || /^[0-9./]+$/.test(text)) return readBlock(text);
  if (text.length > MAX_NAME_LENGTH) return `the host name is longer than ${MAX_NAME_LENGTH}`;
  return namePatternProblem(text) ?? { kind: "name", name: text };
}
function readPattern2(text) {
  if (text.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  const at = text.indexOf("://");
  if (at < 0) return "it must be PROTOCOL://HOST:PORTS, e.g. tcp://10.0.0.0/8:5432";
  const protocol = text.slice(0, at).toLowerCase();
  if (protocol !== "tcp" && protocol !== "udp" && protocol !== "*")
    return `'${text.slice(0, at)}' is not tcp, udp or *`;
  const rest = text.slice(at + 3).toLowerCase();
  const colon = rest.indexOf(":", rest.lastIndexOf("]") + 1);
  if (rest.indexOf(":", colon + 1) > 0 && !rest.startsWith("["))
    return "an IPv6 address or block goes in brackets: tcp://[::1]:80, udp://[fd00::/8]:*";
  if (colon < 0) return `add :PORT, :FROM-TO or :* (e.g. ${protocol}://${rest}:*)`;
  const host = readHost(rest.slice(0, colon));
  if (typeof host === "string") return host;
  const ports = readPorts(rest.slice(colon + 1));
  if (typeof ports === "string") return ports;
  return { protocol, host, ports };
}
var formatHost = (host) => {
  if (host.kind === "any") return "*";
  if (host.kind === "name") return host.name;
  const full = host.prefix === host.bytes.length * 8;
  const text = `${formatIp(host.bytes)}${full ? "" : `/${host.prefix}`}`;
  return host.bytes.length === 16 ? `[${text}]` : text;
};
function formatSocketRule({ protocol, host, ports: [from, to] }) {
  const ports = from === 0 && to === 65535 ? "*" : from === to ? `${from}` : `${from}-${to}`;
  return `${protocol}://${formatHost(host)}:${ports}`;
}
function socketRuleOf(canonical) {
  const rule = readPattern2(canonical);
  if (typeof rule === "string") throw new Error(`internal: '${canonical}' is not a pattern`);
  return rule;
}
function parseSocketPatterns(label, patterns) {
  const canonical = canonicalPatterns(label, patterns, readPattern2, formatSocketRule);
  if (canonical.length > MAX_SOCKET_PATTERNS)
    throw new UserInputError(
      `${label}: ${canonical.length} patterns, more than ${MAX_SOCKET_PATTERNS}: join addresses into blocks (10.0.0.0/8) or ports into ranges (8000-8999)`
    );
  return canonical;
}

// src/policy/patch-values.ts
function parseBoolean(label, value, alternative = "") {
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UserInputError(`${label} takes true or false${alternative}, not '${value}'`);
}
function parseNames(label, value) {
  const list = value.split(",").map((n) => n.trim());
  if (list.some((n) => n === ""))
    throw new UserInputError(`${label}=${value}: empty name in the list`);
  return list;
}
function parsePair(label, value, example) {
  const eq = value.indexOf("=");
  if (eq <= 0)
    throw new UserInputError(`${label} '${value}' must be KEY=VALUE (for example ${example})`);
  return [value.slice(0, eq), value.slice(eq + 1)];
}
function parseStdioMode(label, value, alternative = "") {
  if (!stdioModes.includes(value))
    throw new UserInputError(
      `${label} takes ${stdioModes.join(", ")}${alternative}, not '${value}'`
    );
  return value;
}
function parseGuestAssignment(label, value, example) {
  const eq = value.indexOf("=");
  const guest = value.slice(0, eq);
  if (eq <= 0 || !guest.startsWith("/") || eq === value.length - 1)
    throw new UserInputError(`${label} '${value}' must be ${example}`);
  return { guest, rest: value.slice(eq + 1) };
}

// src/policy/option-values.ts
var fail = (key, what) => {
  throw new UserInputError(`'${key}' must be ${what}`);
};
var only = (_label, texts) => texts[texts.length - 1];
var strings = (key, value) => Array.isArray(value) && value.every((v) => typeof v === "string") ? value : fail(key, "a list of strings");
var stringTable = (key, value) => {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return fail(key, "a table of strings");
  for (const [name, v] of Object.entries(value))
    if (typeof v !== "string") fail(`${key}.${name}`, "a string");
  return Object.entries(value);
};
var booleanValue = {
  placeholder: "<bool>",
  shape: "`true` or `false`",
  text: (label, texts) => parseBoolean(label, only(label, texts)),
  data: (key, value) => typeof value === "boolean" ? value : fail(key, "true or false")
};
var stdioModeValue = {
  placeholder: "<mode>",
  shape: stdioModes.map((m) => `\`${m}\``).join(", "),
  text: (label, texts) => parseStdioMode(label, only(label, texts)),
  data: (key, value) => typeof value === "string" && stdioModes.includes(value) ? value : fail(key, `one of ${stdioModes.join(", ")}`)
};
var hostValuesValue = {
  placeholder: "<names>",
  shape: "`true` (every host value), `false` (none) or `A,B`",
  text(label, texts) {
    const value = only(label, texts);
    if (value === "true") return "all";
    if (value === "false") return "none";
    return parseNames(label, value);
  },
  data(key, value) {
    if (typeof value === "boolean") return value ? "all" : "none";
    return strings(key, value);
  }
};
var namesValue = {
  placeholder: "<names>",
  shape: "`A,B`",
  text: (label, texts) => parseNames(label, only(label, texts)),
  data: strings
};
var pairsValue = {
  placeholder: "<KEY=VALUE>",
  shape: "`K=V`, one a line (a line may hold `A=1,B=2`)",
  text(label, texts) {
    const result = {};
    for (const text of texts) {
      const pieces = text.split(",");
      for (const piece of pieces.every((p) => p.includes("=")) ? pieces : [text]) {
        const [key, value] = parsePair(label, piece, "GREETING=hello");
        result[key] = value;
      }
    }
    return result;
  },
  data: (key, value) => Object.fromEntries(stringTable(key, value))
};
var listValue = {
  placeholder: "<value>",
  shape: "one value a line",
  text: (_label, texts) => texts,
  data: strings
};
var stringValue = (placeholder, shape) => ({
  placeholder,
  shape,
  text: only,
  data: (key, value) => typeof value === "string" ? value : fail(key, "a string")
});
var sizeValue = {
  placeholder: "<size>",
  shape: "a size: `65536`, `64K`, `1M`",
  text: (label, texts) => parseByteSize(label, only(label, texts)),
  data: (key, value) => typeof value === "number" || typeof value === "bigint" || typeof value === "string" ? parseByteSize(`'${key}'`, String(value)) : fail(key, 'a size in bytes such as 65536 or "64K"')
};
var guestPathsValue = (shape, example) => ({
  placeholder: `<${shape.toLowerCase().replace(/^\//, "")}>`,
  shape: `\`${shape}\`, one a line`,
  text: (label, texts) => texts.map((text) => {
    const { guest, rest } = parseGuestAssignment(
      label,
      text,
      `${shape} (for example ${example})`
    );
    return { guest, host: rest };
  }),
  data: (key, value) => stringTable(key, value).map(([guest, host]) => ({ guest, host }))
});
var isLocalTomlDate = (value) => {
  const { isLocal } = value;
  return typeof isLocal === "function" && isLocal.call(value);
};
var instantValue = {
  placeholder: "<rfc3339>",
  shape: "an RFC 3339 instant: `2024-05-01T12:00:00Z`",
  text: (label, texts) => parseInstant(label, only(label, texts)),
  data(key, value) {
    if (value instanceof Date && !Number.isNaN(value.getTime()) && !isLocalTomlDate(value))
      return parseInstant(`'${key}'`, Date.prototype.toISOString.call(value));
    return typeof value === "string" ? parseInstant(`'${key}'`, value) : fail(key, 'an RFC 3339 instant such as "2024-05-01T12:00:00Z"');
  }
};
var seedValue = {
  placeholder: "<u64>",
  shape: "an unsigned 64-bit integer: `42`",
  text: (label, texts) => parseSeed(label, only(label, texts)),
  data: (key, value) => typeof value === "number" && Number.isSafeInteger(value) || typeof value === "bigint" || typeof value === "string" ? parseSeed(`'${key}'`, String(value)) : fail(key, "an unsigned 64-bit integer such as 42 (quoted above 2^53)")
};
var patternAccessValue = (parse, shape) => ({
  placeholder: "<patterns>",
  shape,
  text(label, texts) {
    const value = only(label, texts);
    if (value === "true" || value === "false") return value === "true";
    return parse(label, value.split(","));
  },
  data(key, value) {
    if (typeof value === "boolean") return value;
    return parse(`'${key}'`, strings(key, value));
  }
});
var httpAccessValue = patternAccessValue(
  parseHttpPatterns,
  "`true` (every host), `false` (none) or `https://api.example.com,http://localhost:3000`"
);
var socketsAccessValue = patternAccessValue(
  parseSocketPatterns,
  "`true` (every address), `false` (none) or `tcp://127.0.0.1:5432,udp://10.0.0.0/8:53`"
);
function writableGuest(label, guest, example) {
  const parts = guest.split("/").filter((p) => p !== "" && p !== ".");
  if (!guest.startsWith("/") || parts.includes("..") || parts.length === 0)
    throw new UserInputError(
      `${label} '${guest}' must be an absolute guest directory other than / without '..' (for example ${example})`
    );
  return `/${parts.join("/")}`;
}
var writableValue = {
  placeholder: "<guest[=size]>",
  shape: "`/GUEST` or `/GUEST=SIZE` (`/tmp=64M`), one a line",
  text: (label, texts) => texts.map((text) => {
    const eq = text.indexOf("=");
    const guest = writableGuest(label, eq < 0 ? text : text.slice(0, eq), "/tmp=64M");
    const size = eq < 0 ? DEFAULT_WRITABLE_SIZE : parseByteSize(`${label} ${guest}`, text.slice(eq + 1));
    return { guest, size };
  }),
  data(key, value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return fail(key, 'a table of guest directory = size ("/tmp" = "64M")');
    return Object.entries(value).map(([guest, size]) => ({
      guest: writableGuest(`'${key}'`, guest, '"/tmp" = "64M"'),
      size: sizeValue.data(`${key}.${guest}`, size)
    }));
  }
};
var overlayValue = {
  placeholder: "<size>",
  shape: "`true` (64M), `false` or a size: `16M`",
  text(label, texts) {
    const value = only(label, texts);
    if (value === "true" || value === "false") return value === "true" && DEFAULT_WRITABLE_SIZE;
    return parseByteSize(label, value);
  },
  data(key, value) {
    if (typeof value === "boolean") return value && DEFAULT_WRITABLE_SIZE;
    return sizeValue.data(key, value);
  }
};

// src/policy/options.ts
function option(row) {
  return row;
}
var flagWords = { implicit: "true", words: ["true", "false"] };
var upper = (name) => name.toUpperCase().replace(/-/g, "_");
var SUBSYSTEM_HELP = {
  exit: "let the component exit the host process (otherwise exit traps)",
  random: "pass wasi:random through (otherwise it traps)",
  clocks: "pass wasi:clocks through (otherwise they trap)",
  fs: "pass host filesystem preopens through"
};
var SUBSYSTEM_METHODS = ["exit", "random", "clocks"];
var setStdio = (patch, streams, mode) => {
  patch.stdio = { ...patch.stdio, ...Object.fromEntries(streams.map((s) => [s, mode])) };
};
var hostValues = (values) => values === "all" ? { mode: "all", names: [] } : values === "none" ? { mode: "none", names: [] } : { mode: "allow", names: values };
function varsOptions(kind, short) {
  const what = kind === "env" ? "environment variables" : "config properties";
  const set = (patch, vars2) => {
    patch[kind] = { ...patch[kind], ...vars2 };
  };
  return [
    option({
      name: `allow-${kind}`,
      help: `let host ${what} through: true (all), false (none) or only the comma-separated names`,
      kind: hostValuesValue,
      bare: { implicit: "true", words: [] },
      variable: `WASI_VIRT_ALLOW_${upper(kind)}`,
      input: `allow-${kind}`,
      file: `${kind}.allow`,
      library: `${kind}().allow(names) / .allowAll() / .denyAll()`,
      excludes: `deny-${kind}`,
      apply: (patch, values) => set(patch, hostValues(values))
    }),
    option({
      name: `deny-${kind}`,
      help: `let every host ${kind === "env" ? "environment variable" : "config property"} through except these`,
      kind: namesValue,
      variable: `WASI_VIRT_DENY_${upper(kind)}`,
      input: `deny-${kind}`,
      file: `${kind}.deny`,
      library: `${kind}().deny(names)`,
      apply: (patch, names) => set(patch, { mode: "deny", names })
    }),
    option({
      name: kind,
      short,
      help: `set ${kind === "env" ? "an environment variable" : "a config property"} (repeatable)`,
      kind: pairsValue,
      repeatable: true,
      variable: `WASI_VIRT_${upper(kind)}`,
      input: kind,
      file: `${kind}.set`,
      library: `${kind}().overrides(pairs)`,
      apply: (patch, overrides) => set(patch, { overrides: { ...patch[kind]?.overrides, ...overrides } })
    })
  ];
}
var patternOption = (subsystem, help, kind, method, keep) => option({
  name: `allow-${subsystem}`,
  help,
  kind,
  bare: { ...flagWords, attached: "patterns" },
  variable: `WASI_VIRT_ALLOW_${upper(subsystem)}`,
  input: `allow-${subsystem}`,
  file: `allow-${subsystem}`,
  library: `access('${subsystem}', allow) / ${method}(patterns)`,
  apply: (patch, access) => {
    patch.access = { ...patch.access, [subsystem]: access === false ? "deny" : "allow" };
    keep(patch, Array.isArray(access) ? access : []);
  }
});
var POLICY_OPTIONS = [
  option({
    name: "allow-all",
    help: "allow every subsystem; env and config reach all host values",
    kind: booleanValue,
    bare: flagWords,
    variable: "WASI_VIRT_ALLOW_ALL",
    input: "allow-all",
    file: "allow-all",
    library: "allowAll()",
    apply: (patch, on) => patch.allowAll = on
  }),
  option({
    name: "hermetic",
    help: "nothing from the host but stdout, stderr and exit: fixed time (the Unix epoch unless --fixed-time), seeded random (0 unless --random-seed), arguments `app` (unless --arg), no host env or config, stdin denied, terminals hidden, an in-memory writable /tmp (64M); later settings refine it",
    kind: booleanValue,
    bare: flagWords,
    variable: "WASI_VIRT_HERMETIC",
    input: "hermetic",
    file: "hermetic",
    library: "hermetic()",
    excludes: "allow-all",
    excludesWhy: HERMETIC_WITH_ALLOW_ALL,
    apply: (patch, on) => patch.hermetic = on
  }),
  ...subsystems.filter(
    (subsystem) => subsystem !== "http" && subsystem !== "sockets"
  ).map(
    (subsystem) => option({
      name: `allow-${subsystem}`,
      help: SUBSYSTEM_HELP[subsystem],
      kind: booleanValue,
      bare: flagWords,
      variable: `WASI_VIRT_ALLOW_${upper(subsystem)}`,
      input: `allow-${subsystem}`,
      file: `allow-${subsystem}`,
      library: SUBSYSTEM_METHODS.includes(subsystem) ? `${subsystem}(allow)` : `access('${subsystem}', allow)`,
      apply: (patch, on) => {
        patch.access = { ...patch.access, [subsystem]: on ? "allow" : "deny" };
      }
    })
  ),
  patternOption(
    "sockets",
    "pass wasi:sockets through: true (every address), false (none) or only the comma-separated patterns (PROTOCOL://HOST:PORTS: tcp, udp or *; an address, a block such as 10.0.0.0/8 or [fd00::/8], a host name, *.SUFFIX or *; a port, a range such as 8000-8999 or *); connect, bind and send-to anything else fail with access-denied, and only the names listed may be looked up",
    socketsAccessValue,
    "allowSockets",
    (patch, rules) => patch.socketRules = rules
  ),
  patternOption(
    "http",
    "pass wasi:http through: true (every host), false (none) or only requests to the comma-separated Spin-style patterns (SCHEME://HOST[:PORT], * for any scheme, host or port, *.SUFFIX for the hosts below SUFFIX); any other request fails with HTTP-request-denied",
    httpAccessValue,
    "allowHttp",
    (patch, hosts) => patch.httpHosts = hosts
  ),
  option({
    name: "fixed-time",
    help: "wall-clock time stands at this RFC 3339 instant and the monotonic clock is virtual (starts at 1 ns, advances only by what the component waits); nothing from the host, even with --allow-clocks",
    kind: instantValue,
    variable: "WASI_VIRT_FIXED_TIME",
    input: "fixed-time",
    file: "fixed-time",
    library: "fixedTime(instant)",
    apply: (patch, instant) => patch.fixedTime = instant
  }),
  option({
    name: "random-seed",
    help: "wasi:random from a deterministic generator seeded with this u64 (not secure randomness); nothing from the host, even with --allow-random",
    kind: seedValue,
    variable: "WASI_VIRT_RANDOM_SEED",
    input: "random-seed",
    file: "random-seed",
    library: "randomSeed(seed)",
    apply: (patch, seed) => patch.randomSeed = seed
  }),
  option({
    name: "allow-stdio",
    help: "pass stdin, stdout and stderr through",
    kind: booleanValue,
    bare: flagWords,
    variable: "WASI_VIRT_ALLOW_STDIO",
    input: "allow-stdio",
    file: "allow-stdio",
    library: "access('stdio', allow)",
    apply: (patch, on) => setStdio(patch, stdioStreams, on ? "allow" : "deny")
  }),
  option({
    name: "stdio",
    help: "allow, ignore (reads end, writes vanish) or deny (reads and writes fail) all three streams",
    kind: stdioModeValue,
    bare: { implicit: "allow", words: stdioModes },
    variable: "WASI_VIRT_STDIO",
    input: "stdio",
    file: "stdio",
    library: "stdio(mode)",
    apply: (patch, mode) => setStdio(patch, stdioStreams, mode)
  }),
  ...stdioStreams.map(
    (stream) => option({
      name: stream,
      help: `allow, ignore or deny ${stream}`,
      kind: stdioModeValue,
      bare: { implicit: "allow", words: stdioModes },
      variable: `WASI_VIRT_${upper(stream)}`,
      input: stream,
      file: stream,
      library: `stdio(mode, '${stream}')`,
      apply: (patch, mode) => setStdio(patch, [stream], mode)
    })
  ),
  option({
    name: "hide-terminals",
    help: "the adapter answers get-terminal-stdin, -stdout and -stderr with none (no terminal), so nothing terminal is imported even for allowed streams",
    kind: booleanValue,
    bare: flagWords,
    variable: "WASI_VIRT_HIDE_TERMINALS",
    input: "hide-terminals",
    file: "hide-terminals",
    library: "hideTerminals(on)",
    apply: (patch, on) => patch.hideTerminals = on
  }),
  ...varsOptions("env", "e"),
  option({
    name: "arg",
    help: "bake a fixed argument instead of the caller's (repeatable)",
    kind: listValue,
    repeatable: true,
    variable: "WASI_VIRT_ARGS",
    input: "args",
    file: "env.args",
    library: "env().args(values)",
    apply: (patch, args) => patch.args = [...patch.args ?? [], ...args]
  }),
  option({
    name: "cwd",
    help: "bake a fixed initial working directory",
    kind: stringValue("<path>", "a path"),
    variable: "WASI_VIRT_CWD",
    input: "cwd",
    file: "env.cwd",
    library: "env().cwd(path)",
    apply: (patch, cwd) => patch.cwd = cwd
  }),
  ...varsOptions("config", "c"),
  option({
    name: "mount",
    help: "embed a host directory as a read-only tree at a guest path (repeatable)",
    kind: guestPathsValue("/GUEST=HOST_DIR", "/data=./site"),
    repeatable: true,
    variable: "WASI_VIRT_MOUNTS",
    input: {
      none: "a workflow names files, not a directory: the action's `mounts` input takes `/guest=GLOB` lines"
    },
    file: "mounts",
    library: "mount(guest, host)",
    apply: (patch, mounts) => patch.mounts = [...patch.mounts ?? [], ...mounts]
  }),
  option({
    name: "preopen",
    help: "remap a directory the host preopens (or one below it) to a guest path, at run time (repeatable)",
    kind: guestPathsValue("/GUEST=/HOST_DIR", "/data=/srv/data"),
    repeatable: true,
    variable: "WASI_VIRT_PREOPENS",
    input: "preopens",
    file: "preopens",
    library: "preopen(guest, host)",
    apply: (patch, preopens) => patch.preopens = [...patch.preopens ?? [], ...preopens]
  }),
  option({
    name: "host-file",
    help: "a host file, read at run time through the host preopens, at a guest path (repeatable)",
    kind: guestPathsValue("/GUEST_FILE=/HOST_FILE", "/etc/app.toml=/config/app.toml"),
    repeatable: true,
    variable: "WASI_VIRT_HOST_FILES",
    input: "host-files",
    file: "host-files",
    library: "hostFile(guest, host)",
    apply: (patch, files) => patch.hostFiles = [...patch.hostFiles ?? [], ...files]
  }),
  option({
    name: "writable",
    help: "an empty directory in the component's memory at a guest path, writable up to SIZE bytes of file contents (default 64M); nothing reaches the host (repeatable)",
    kind: writableValue,
    repeatable: true,
    variable: "WASI_VIRT_WRITABLE",
    input: "writable",
    file: "writable",
    library: "writable(guest, size?)",
    apply: (patch, dirs) => patch.writable = [...patch.writable ?? [], ...dirs]
  }),
  option({
    name: "overlay",
    help: "make the mounted trees writable in the component's memory, copy on write (the embedded bytes never change), each up to SIZE bytes of changed file contents (default 64M); nothing reaches the host",
    kind: overlayValue,
    bare: { ...flagWords, attached: "SIZE" },
    variable: "WASI_VIRT_OVERLAY",
    input: "overlay",
    file: "overlay",
    library: "overlay(size?)",
    apply: (patch, quota) => patch.overlay = quota
  }),
  option({
    name: "wasi-version",
    help: "WASI version to generate when no component decides it (default 0.2.12)",
    kind: stringValue("<version>", "`0.2.0` to `0.2.12`, or `0.3.0`"),
    variable: "WASI_VIRT_WASI_VERSION",
    input: "wasi-version",
    file: "wasi-version",
    library: "wasiVersion(version)",
    apply: (patch, version) => patch.wasiVersion = version
  }),
  option({
    name: "passive-cutoff",
    help: "mounted files this large or larger stay out of linear memory until read (default 1M)",
    kind: sizeValue,
    variable: "WASI_VIRT_PASSIVE_CUTOFF",
    input: "passive-cutoff",
    file: "passive-cutoff",
    library: "passiveCutoff(bytes)",
    apply: (patch, bytes) => patch.passiveCutoff = bytes
  }),
  option({
    name: "debug",
    help: "trace every virtualized call on stderr",
    kind: booleanValue,
    bare: flagWords,
    variable: "WASI_VIRT_DEBUG",
    input: "debug",
    file: "debug",
    library: "debug(on)",
    apply: (patch, on) => patch.debug = on
  }),
  option({
    name: "allow-import",
    help: "import patterns the output may use (repeatable); once given, every other import fails the output's gate",
    kind: listValue,
    repeatable: true,
    variable: "WASI_VIRT_ALLOW_IMPORTS",
    input: "allowed-imports",
    file: "imports.allow",
    library: "allowImports(patterns)",
    apply: (patch, allow) => {
      patch.imports = { ...patch.imports, allow: [...patch.imports?.allow ?? [], ...allow] };
    }
  }),
  option({
    name: "deny-import",
    help: "import patterns the output must not use (repeatable; deny wins; '*' means import-free)",
    kind: listValue,
    repeatable: true,
    variable: "WASI_VIRT_DENY_IMPORTS",
    input: "forbidden-imports",
    file: "imports.deny",
    library: "denyImports(patterns)",
    apply: (patch, deny) => {
      patch.imports = { ...patch.imports, deny: [...patch.imports?.deny ?? [], ...deny] };
    }
  })
];

// src/policy/read-options.ts
function checkExclusions(given, label) {
  for (const option2 of given) {
    const other = given.find((o) => o.name === option2.excludes);
    const why = option2.excludesWhy ? `: ${option2.excludesWhy}` : "";
    if (other)
      throw new UserInputError(`${label(option2)} and ${label(other)} cannot be combined${why}`);
  }
}
function patchFromTexts(texts, label) {
  const patch = {};
  const given = [];
  for (const option2 of POLICY_OPTIONS) {
    const values = texts(option2);
    if (values === void 0 || values.length === 0) continue;
    const value = option2.kind.text(label(option2), values);
    option2.apply(patch, value);
    if (value !== false) given.push(option2);
  }
  checkExclusions(given, label);
  return patch;
}
var isTable = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function fileSchema() {
  const tables = /* @__PURE__ */ new Map();
  const top = [];
  for (const { file } of POLICY_OPTIONS) {
    const [head, key] = file.split(".");
    if (!top.includes(head)) top.push(head);
    if (key !== void 0) tables.set(head, [...tables.get(head) ?? [], key]);
  }
  return { top, tables };
}
function patchFromData(data, source) {
  const fail2 = (message) => {
    throw new UserInputError(`policy file '${source}': ${message}`);
  };
  if (data === null || data === void 0) return {};
  if (!isTable(data)) return fail2("the top level must be a table");
  const { top, tables } = fileSchema();
  const checkKeys = (table, known, where) => {
    for (const key of Object.keys(table))
      if (!known.includes(key))
        fail2(`unknown key '${where}${key}' (known keys here: ${known.join(", ")})`);
  };
  checkKeys(data, top, "");
  for (const [name, keys] of tables) {
    const table = data[name];
    if (table === void 0) continue;
    if (!isTable(table)) fail2(`'${name}' must be a table`);
    checkKeys(table, keys, `${name}.`);
  }
  const valueAt = (path) => path.split(".").reduce((at, key) => isTable(at) ? at[key] : void 0, data);
  const patch = {};
  const given = [];
  try {
    for (const option2 of POLICY_OPTIONS) {
      const value = valueAt(option2.file);
      if (value === void 0) continue;
      const read = option2.kind.data(option2.file, value);
      option2.apply(patch, read);
      if (read !== false) given.push(option2);
    }
    checkExclusions(given, (option2) => `'${option2.file}'`);
  } catch (error) {
    if (error instanceof UserInputError) fail2(error.message);
    throw error;
  }
  return patch;
}

export {
  reportFormats,
  checkReport,
  instantOf,
  httpRuleOf,
  socketRuleOf,
  subsystems,
  stdioStreams,
  DEFAULT_PASSIVE_CUTOFF,
  denyAllPolicy,
  applyPatches,
  reachesHostFiles,
  putsFilesInAdapter,
  fixesTime,
  seedsRandom,
  restrictsHttp,
  restrictsSockets,
  hasWritableTrees,
  parseBoolean,
  POLICY_OPTIONS,
  patchFromTexts,
  patchFromData
};
