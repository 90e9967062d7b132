import { type Policy } from './policy.js';
/**
 * The policy file schema (TOML, JSON or YAML), which mirrors the CLI flags:
 *
 *   allow-all = false
 *   hermetic = true              # only stdout, stderr and exit; what follows refines it (README)
 *   allow-exit = true            # also allow-random, allow-clocks, allow-fs, allow-sockets, allow-http
 *   allow-http = ["https://*.example.com"]   # or only requests to these hosts (Spin-style patterns)
 *   allow-sockets = ["tcp://10.0.0.0/8:5432"] # or only these addresses and names (socket-patterns.ts)
 *   stdio = "ignore"             # allow | ignore | deny, for all three streams; allow-stdio = true means allow
 *   stdout = "allow"             # and stdin, stderr: one stream
 *   hide-terminals = true        # get-terminal-* answer none: no terminal interface imported
 *   wasi-version = "0.2.12"
 *   passive-cutoff = "1M"        # mounted files this large stay out of linear memory until read
 *   fixed-time = "2024-05-01T12:00:00Z"   # wall clock fixed, monotonic clock virtual
 *   random-seed = 42             # wasi:random from a seeded generator (not secure)
 *   [env]
 *   allow = ["HOME"]             # true: every host variable; false: none
 *   deny = ["SECRET"]            # every host variable but these
 *   set = { GREETING = "hi" }
 *   args = ["app", "--flag"]
 *   cwd = "/app"
 *   [config]                     # allow / deny / set, as for env
 *   [mounts]
 *   "/data" = "./site"           # host directories embedded read-only at guest paths
 *   [preopens]
 *   "/out" = "/work/out"         # directories the host preopens (or holds below a preopen), remapped
 *   [host-files]
 *   "/data/settings.json" = "/etc/app/settings.json"   # a host file at a guest path, read at run time
 *   overlay = "16M"              # the mounts writable in memory, copy on write (true: 64M each)
 *   [writable]
 *   "/tmp" = "64M"               # empty in-memory directories, writable up to a size of file contents
 *   [imports]
 *   allow = ["wasi:cli/*"]
 *   deny = ["wasi:cli/environment#get-environment"]
 *
 * Each key is a row of the option table (options.ts), read by read-options.ts with the row's
 * parser; this module writes a policy back in the schema.
 */
type Table = Record<string, unknown>;
/**
 * The policy in the file schema: what `--print-policy` prints, and reads back to the same policy.
 * `hermetic` is never written: the settings it expanded to are.
 */
export declare function policyToData(policy: Policy): Table;
export {};
