import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric2 = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric2.test(a);
      const bnum = numeric2.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit2(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit2(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component2 = 0; component2 < 3; component2++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component2 < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit2(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component2 = 0; component2 < 2; component2++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached2 = cache2.get(memoKey);
        if (cached2) {
          return cached2;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache2.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache2 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies2 = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies2;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var valid = (version, options) => {
      const v = parse2(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange2 = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name = parts2.shift();
        switch (name) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle, prefix] = parts2;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json2[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json2.slice(start) : json2;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode: composeNode2, composeEmptyNode };
    function composeNode2(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode2;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode2 = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode2.composeNode(ctx, value, props, onError) : composeNode2.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex2 = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex2 >= 48 && hex2 <= 57 ? hex2 - 48 : (
              /* A-F */
              hex2 >= 65 && hex2 <= 70 ? hex2 - 65 + 10 : (
                /* a-f */
                hex2 >= 97 && hex2 <= 102 ? hex2 - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe2 = k === "__proto__";
      if (ctx.uk && (unsafe2 || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe2) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe2 = k === "__proto__";
      if (ctx.uk && (unsafe2 || k === "constructor"))
        return false;
      if (unsafe2) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
function extendedTypeOf(obj) {
  let type = typeof obj;
  if (type === "object") {
    if (Array.isArray(obj))
      return "array";
    if (typeof obj.getUTCDate === "function" && obj instanceof Date)
      return "date";
    if (globalThis.Temporal) {
      if (obj.until) {
        if (obj instanceof Temporal.ZonedDateTime)
          return "temporal/tz+uc";
        if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
          return "temporal/uc";
        if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
          return "temporal";
        if (obj instanceof Temporal.PlainYearMonth)
          return "temporal/x";
      } else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) {
        return "temporal/x";
      }
    }
  }
  return type;
}
function isArrayOfTables(obj) {
  for (let i = 0; i < obj.length; i++) {
    if (extendedTypeOf(obj[i]) !== "object")
      return false;
  }
  return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
  return JSON.stringify(s).replaceAll("\x7F", "\\u007f");
}
function formatString(s) {
  return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
  if (BARE_KEY.test(s))
    return s;
  if (HAS_WELLFORMED && !s.isWellFormed())
    throw new RangeError("key contains illegal lone surrogates");
  return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  switch (type) {
    // @ts-expect-error -- intentional fallthrough case
    case "number":
      if (isNaN(val))
        return "nan";
      if (val === Infinity)
        return "inf";
      if (val === -Infinity)
        return "-inf";
      if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
        return val.toFixed(1);
    case "bigint":
    case "boolean":
    case "temporal":
      return val.toString();
    case "string":
      return formatString(val);
    case "date":
      if (isNaN(val.getTime()))
        throw new TypeError("cannot serialize invalid date");
      return val.toISOString();
    case "object":
      return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
    case "array":
      return stringifyArray(val, depth, numberAsFloat, strictTemporal);
    // @ts-expect-error -- intentional fallthrough case
    case "temporal/tz+uc":
      if (strictTemporal) {
        let tz = val.timeZoneId;
        let tzc = tz.charCodeAt(0);
        if (
          // Classic offset
          tzc !== 43 && tzc !== 45 && // Fast pre-check pass; see below for the actually accepted values
          (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
          tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
          !tz.startsWith("GMT") && tz !== "Greenwich" && // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
          !tz.startsWith("Etc/"))
        ) {
          throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
        }
      }
    case "temporal/uc":
      if (strictTemporal && val.calendarId !== "iso8601")
        throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
      return val.toString({
        calendarName: "never",
        timeZoneName: "never"
      });
    case "temporal/x":
      throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
  }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
  let keys = Object.keys(obj);
  if (keys.length === 0)
    return "{}";
  let res = "{ ";
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (i)
      res += ", ";
    res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
  if (array.length === 0)
    return "[]";
  let res = "[ ";
  for (let i = 0; i < array.length; i++) {
    if (i)
      res += ", ";
    if (array[i] === null || array[i] === void 0) {
      throw new TypeError("arrays cannot contain null or undefined values");
    }
    res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let res = "";
  for (let i = 0; i < array.length; i++) {
    res += `${res && "\n"}[[${key}]]
`;
    res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
  }
  return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let preamble = "";
  let tables = "";
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (obj[k] !== null && obj[k] !== void 0) {
      let type = extendedTypeOf(obj[k]);
      if (type === "symbol" || type === "function") {
        throw new TypeError(`cannot serialize values of type '${type}'`);
      }
      let key = formatKey(k);
      if (type === "array" && isArrayOfTables(obj[k])) {
        tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
      } else if (type === "object") {
        let tblKey = prefix ? `${prefix}.${key}` : key;
        tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
      } else {
        preamble += key;
        preamble += " = ";
        preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
        preamble += "\n";
      }
    }
  }
  if (tableKey && (preamble || !tables))
    preamble = preamble ? `[${tableKey}]
${preamble}` : `[${tableKey}]`;
  return preamble && tables ? `${preamble}
${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
  if (extendedTypeOf(obj) !== "object") {
    throw new TypeError("stringify can only be called with an object");
  }
  let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
  if (str[str.length - 1] !== "\n")
    return str + "\n";
  return str;
}
var BARE_KEY, HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    BARE_KEY = /^[a-z0-9-_]+$/i;
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  TomlDate: () => TomlDate,
  TomlError: () => TomlError,
  default: () => dist_default,
  parse: () => parse,
  stringify: () => stringify
});
var dist_default;
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
    dist_default = { parse, stringify, TomlDate, TomlError };
  }
});

// src/component/ast.ts
var TYPE_SORT = { component: "type" };
var FUNC_SORT = { component: "func" };
var INSTANCE_SORT = { component: "instance" };
var SectionId = {
  custom: 0,
  coreModule: 1,
  coreInstance: 2,
  coreType: 3,
  component: 4,
  instance: 5,
  alias: 6,
  type: 7,
  canon: 8,
  start: 9,
  import: 10,
  export: 11,
  value: 12
};

// src/component/errors.ts
var WasmDecodeError = class extends Error {
  constructor(offset, problem) {
    super(`${problem} (at byte offset ${offset}, 0x${offset.toString(16)})`);
    this.offset = offset;
    this.problem = problem;
  }
  offset;
  problem;
  name = "WasmDecodeError";
};

// src/component/read/limits.ts
var LIMITS = {
  /** Bytes of any name or string. */
  name: 1e5,
  /** A type's effective size: 1 per type constructor, a reference to a type counting as that type's size. */
  typeSize: 1e6,
  canonicalOptions: 10,
  instantiateArguments: 1e5,
  inlineExports: 1e5,
  startArguments: 1e3,
  recordFields: 1e4,
  variantCases: 1e4,
  tupleTypes: 1e4,
  enumCases: 1e4,
  flags: 32,
  funcParams: 1e3,
  /** Core modules and components defined in one component's whole tree, the outermost one included. */
  definitions: 1e3,
  moduleTypeDeclarations: 1e5,
  componentTypeDeclarations: 1e5,
  instanceTypeDeclarations: 1e6,
  coreImports: 1e6,
  coreExports: 1e6,
  coreFuncParams: 1e3,
  coreFuncResults: 1e3,
  structFields: 1e4,
  supertypes: 1
};
var component = (s, name) => "component" in s && s.component === name;
var core = (s, name) => "core" in s && s.core === name;
var SPACE_LIMITS = [
  { what: "core modules", max: 1e3, counts: (s) => core(s, "module") },
  { what: "components", max: 1e3, counts: (s) => component(s, "component") },
  {
    what: "instances (core and component together)",
    max: 4096,
    counts: (s) => core(s, "instance") || component(s, "instance")
  },
  { what: "values", max: 1e3, counts: (s) => component(s, "value") },
  {
    what: "functions (core and component together)",
    max: 1e6,
    counts: (s) => core(s, "func") || component(s, "func")
  },
  {
    what: "types (core and component together)",
    max: 1e6,
    counts: (s) => core(s, "type") || component(s, "type")
  },
  ...["table", "memory", "global", "tag"].map((name) => ({
    what: `core ${name}s`,
    max: 1e6,
    counts: (s) => core(s, name)
  }))
];

// src/component/read/byte-reader.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var SHORT_NAME = 64;
function isAscii(bytes) {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) return false;
  return true;
}
var ByteReader = class {
  constructor(bytes, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.end = end;
    this.offset = start;
  }
  bytes;
  end;
  offset;
  get atEnd() {
    return this.offset >= this.end;
  }
  get remaining() {
    return this.end - this.offset;
  }
  fail(problem, at = this.offset) {
    throw new WasmDecodeError(at, problem);
  }
  need(count, what) {
    if (count > this.end - this.offset) {
      const have = this.end - this.offset;
      this.fail(
        `unexpected end of input: expected ${what} (${count} byte${count === 1 ? "" : "s"}, ${have} left)`
      );
    }
  }
  u8(what = "a byte") {
    this.need(1, what);
    return this.bytes[this.offset++];
  }
  peekU8(what = "a byte") {
    this.need(1, what);
    return this.bytes[this.offset];
  }
  take(count, what) {
    this.need(count, what);
    const view = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return view;
  }
  /** Unsigned LEB128 of at most `bits` bits (u32 by default). */
  u32(what = "a u32") {
    const byte = this.offset < this.end ? this.bytes[this.offset] : 128;
    if (byte < 128) {
      this.offset++;
      return byte;
    }
    return this.unsignedLeb(32, what);
  }
  unsignedLeb(bits, what) {
    return this.leb(bits, false, what);
  }
  /** Signed LEB128 of at most `bits` bits, returned as a JS number (exact up to 2^53). */
  signedLeb(bits, what) {
    return this.leb(bits, true, what);
  }
  leb(bits, signed, what) {
    const start = this.offset;
    const maxBytes = Math.ceil(bits / 7);
    let result = 0;
    let scale = 1;
    for (let i = 0; i < maxBytes; i++) {
      if (this.offset >= this.end) {
        this.fail(`unexpected end of input inside a LEB128 encoding ${what}`, start);
      }
      const byte = this.bytes[this.offset++];
      result += (byte & 127) * scale;
      scale *= 128;
      if (i === maxBytes - 1) {
        if (byte & 128)
          this.fail(`malformed LEB128 ${what}: longer than ${maxBytes} bytes`, start);
        if (!lastByteFits(byte, bits - 7 * (maxBytes - 1), signed)) {
          this.fail(`malformed LEB128 ${what}: value does not fit in ${bits} bits`, start);
        }
      }
      if ((byte & 128) === 0) return signed && byte & 64 ? result - scale : result;
    }
    return this.fail(`malformed LEB128 ${what}`, start);
  }
  /** A length-prefixed UTF-8 string. */
  name(what = "a name") {
    const lengthAt = this.offset;
    const length = this.u32(`(length of ${what})`);
    if (length > LIMITS.name)
      this.fail(`${what} is ${length} bytes long, over the limit of ${LIMITS.name}`, lengthAt);
    const start = this.offset;
    const raw = this.take(length, what);
    if (length <= SHORT_NAME && isAscii(raw)) return String.fromCharCode.apply(null, raw);
    try {
      return utf8.decode(raw);
    } catch {
      return this.fail(`invalid UTF-8 in ${what}`, start);
    }
  }
  /** `vec(T)`: a u32 count then that many items, at most `max` (limits.ts). */
  vec(what, item, max = Infinity) {
    const countAt = this.offset;
    const count = this.u32(`(count of ${what})`);
    if (count > max)
      this.fail(
        `${what}: count ${count} exceeds the limit of ${max} (wasm-tools and wasmtime refuse it too)`,
        countAt
      );
    if (count > this.remaining) {
      this.fail(`${what}: count ${count} exceeds the ${this.remaining} bytes left`, countAt);
    }
    const items = [];
    for (let i = 0; i < count; i++) items.push(item(i));
    return items;
  }
  /** `0x00` (absent) or `0x01 T` (present). */
  optional(what, item) {
    const at = this.offset;
    const flag = this.u8(`presence flag of ${what}`);
    if (flag === 0) return void 0;
    if (flag === 1) return item();
    return this.fail(`expected 0x00 or 0x01 as presence flag of ${what}, found 0x${hex(flag)}`, at);
  }
  expectEnd(what) {
    if (this.offset !== this.end) {
      this.fail(`${what} has ${this.end - this.offset} unexpected trailing byte(s)`);
    }
  }
};
function lastByteFits(byte, usedBits, signed) {
  if (!signed) return (byte & 127) >> usedBits === 0;
  const signAndUnused = 127 << usedBits - 1 & 127;
  const bitsSet = byte & signAndUnused;
  return bitsSet === 0 || bitsSet === signAndUnused;
}
function hex(byte) {
  return byte.toString(16).padStart(2, "0");
}

// src/component/read/core-types.ts
var numericTypes = {
  127: "i32",
  126: "i64",
  125: "f32",
  124: "f64",
  123: "v128"
};
var abstractHeapTypes = {
  112: "func",
  111: "extern",
  110: "any",
  109: "eq",
  108: "i31",
  107: "struct",
  106: "array",
  105: "exn",
  104: "cont",
  113: "none",
  114: "noextern",
  115: "nofunc",
  116: "noexn",
  117: "nocont"
};
function readHeapType(r) {
  const at = r.offset;
  const first = r.peekU8("a heap type");
  if (first === 101) {
    r.u8();
    const inner = r.u8('an abstract heap type after "shared"');
    const name2 = abstractHeapTypes[inner];
    if (!name2) r.fail(`unknown shared abstract heap type 0x${hex(inner)}`, at);
    return { abstract: `shared ${name2}` };
  }
  const value = r.signedLeb(33, "heap type");
  if (value >= 0) return { typeIndex: value };
  const name = abstractHeapTypes[value + 128];
  if (!name) r.fail(`unknown heap type 0x${hex(value + 128 & 255)}`, at);
  return { abstract: name };
}
function readCoreValType(r) {
  const at = r.offset;
  const code = r.u8("a core value type");
  const numeric2 = numericTypes[code];
  if (numeric2) return numeric2;
  if (code === 99 || code === 100) return { ref: readHeapType(r), nullable: code === 99 };
  const name = abstractHeapTypes[code];
  if (name) return { ref: { abstract: name }, nullable: true };
  return r.fail(`unknown core value type 0x${hex(code)}`, at);
}
function readStorageType(r) {
  const code = r.peekU8("a storage type");
  if (code === 120 || code === 119) {
    r.u8();
    return code === 120 ? "i8" : "i16";
  }
  return readCoreValType(r);
}
function readMutability(r) {
  const at = r.offset;
  const flag = r.u8("a mutability flag");
  if (flag > 1) r.fail(`expected mutability 0x00 or 0x01, found 0x${hex(flag)}`, at);
  return flag === 1;
}
function readFieldType(r) {
  const type = readStorageType(r);
  return { type, mutable: readMutability(r) };
}
function readCompositeType(r) {
  const at = r.offset;
  const code = r.u8("a composite type (0x60 func, 0x5f struct, 0x5e array)");
  switch (code) {
    case 96:
      return {
        kind: "func",
        params: r.vec("core func params", () => readCoreValType(r), LIMITS.coreFuncParams),
        results: r.vec("core func results", () => readCoreValType(r), LIMITS.coreFuncResults)
      };
    case 95:
      return {
        kind: "struct",
        fields: r.vec("struct fields", () => readFieldType(r), LIMITS.structFields)
      };
    case 94:
      return { kind: "array", element: readFieldType(r) };
    default:
      return r.fail(
        `expected a core composite type (0x60, 0x5f or 0x5e), found 0x${hex(code)}`,
        at
      );
  }
}
function readSubType(r, nonFinalCode) {
  const code = r.peekU8("a core sub type");
  if (code === nonFinalCode || code === 79) {
    r.u8();
    const supertypes = r.vec("supertypes", () => r.u32("a supertype index"), LIMITS.supertypes);
    return { final: code === 79, supertypes, type: readCompositeType(r) };
  }
  return { final: true, supertypes: [], type: readCompositeType(r) };
}
function readCoreType(r) {
  const at = r.offset;
  const code = r.peekU8("a core type");
  if (code === 80) {
    r.u8();
    return {
      kind: "module",
      decls: r.vec(
        "module type declarations",
        () => readModuleDecl(r),
        LIMITS.moduleTypeDeclarations
      )
    };
  }
  if (code === 0) {
    r.u8();
    const next = r.u8("0x50 after 0x00 in a core sub type");
    if (next !== 80)
      r.fail(`expected 0x50 after 0x00 in a core sub type, found 0x${hex(next)}`, at + 1);
    r.offset--;
    return { kind: "sub", subtype: readSubType(r, 80) };
  }
  if (code === 78) {
    r.u8();
    return { kind: "rec", types: r.vec("rec group types", () => readSubType(r, 80)) };
  }
  return { kind: "sub", subtype: readSubType(r, -1) };
}
function readLimits(r, what, allowedFlags) {
  const at = r.offset;
  const flags = r.u8(`${what} limits flags`);
  if (flags & ~allowedFlags) r.fail(`unknown ${what} limits flags 0x${hex(flags)}`, at);
  const is64 = (flags & 4) !== 0;
  const bits = is64 ? 64 : 32;
  const min = r.unsignedLeb(bits, `(${what} minimum)`);
  const max = flags & 1 ? r.unsignedLeb(bits, `(${what} maximum)`) : void 0;
  const pageSizeLog2 = flags & 8 ? r.u32(`(${what} page size log2)`) : void 0;
  return {
    min,
    ...max !== void 0 ? { max } : {},
    is64,
    shared: (flags & 2) !== 0,
    ...pageSizeLog2 !== void 0 ? { pageSizeLog2 } : {}
  };
}
function readCoreExternType(r) {
  const at = r.offset;
  const kind = r.u8("a core extern kind");
  switch (kind) {
    case 0:
      return { kind: "func", typeIndex: r.u32("(core func type index)") };
    case 1: {
      const element = readCoreValType(r);
      const { min, max, is64 } = readLimits(r, "table", 5);
      return { kind: "table", element, min, ...max !== void 0 ? { max } : {}, is64 };
    }
    case 2: {
      const { shared, ...rest } = readLimits(r, "memory", 15);
      return { kind: "memory", shared, ...rest };
    }
    case 3: {
      const type = readCoreValType(r);
      return { kind: "global", type, mutable: readMutability(r) };
    }
    case 4: {
      const attributeAt = r.offset;
      const attribute = r.u8("a tag attribute");
      if (attribute !== 0)
        r.fail(`expected tag attribute 0x00, found 0x${hex(attribute)}`, attributeAt);
      return { kind: "tag", typeIndex: r.u32("(tag type index)") };
    }
    default:
      return r.fail(`unknown core extern kind 0x${hex(kind)}`, at);
  }
}
function readModuleDecl(r) {
  const at = r.offset;
  const code = r.u8("a module type declaration");
  switch (code) {
    case 0:
      return {
        kind: "import",
        module: r.name("an import module name"),
        name: r.name("an import name"),
        type: readCoreExternType(r)
      };
    case 1: {
      const type = readCoreType(r);
      if (type.kind === "module")
        r.fail("a module type may not be nested inside a module type", at + 1);
      return { kind: "type", type };
    }
    case 2: {
      const sort = r.u8("alias sort");
      const form = r.u8("alias form");
      if (sort !== 16 || form !== 1) {
        r.fail(
          `expected an outer core type alias (0x10 0x01) in a module type, found 0x${hex(sort)} 0x${hex(form)}`,
          at + 1
        );
      }
      return {
        kind: "alias-outer",
        count: r.u32("(outer alias count)"),
        index: r.u32("(outer alias index)")
      };
    }
    case 3:
      return { kind: "export", name: r.name("an export name"), type: readCoreExternType(r) };
    default:
      return r.fail(`unknown module type declaration 0x${hex(code)}`, at);
  }
}

// src/component/read/scope.ts
var MAX_NESTING = 100;
var coreSorts = [
  "func",
  "table",
  "memory",
  "global",
  "tag",
  "type",
  "module",
  "instance"
];
var componentSorts = ["func", "value", "type", "component", "instance"];
var SCOPE_NAMES = {
  component: "component",
  "component-type": "component type",
  "instance-type": "instance type"
};
var countingIndices = (sort) => SPACE_LIMITS.flatMap((limit, i) => limit.counts(sort) ? [i] : []);
var coreLimits = new Map(coreSorts.map((core2) => [core2, countingIndices({ core: core2 })]));
var componentLimits = new Map(
  componentSorts.map((component2) => [component2, countingIndices({ component: component2 })])
);
var limitsCounting = (sort) => ("core" in sort ? coreLimits.get(sort.core) : componentLimits.get(sort.component)) ?? [];
function sortName(sort) {
  return "core" in sort ? `core ${sort.core}` : sort.component;
}
var Scope = class _Scope {
  constructor(kind, parent, onEntry) {
    this.kind = kind;
    this.parent = parent;
    this.depth = parent ? parent.depth + 1 : 0;
    this.onEntry = onEntry ?? parent?.onEntry ?? (() => {
    });
  }
  kind;
  parent;
  core = Object.fromEntries(coreSorts.map((s) => [s, []]));
  component = Object.fromEntries(componentSorts.map((s) => [s, []]));
  /** How many scopes enclose this one. */
  depth;
  /** Entries so far that each of SPACE_LIMITS counts. */
  counted = SPACE_LIMITS.map(() => 0);
  /** In the outermost scope: the core modules and components defined in the tree, itself included. */
  definitions = 1;
  /** Told of every entry of this scope and the scopes nested in it. */
  onEntry;
  /** Opens a nested scope, refusing nesting deep enough to exhaust the decoder's stack. */
  static nested(reader, at, kind, parent, onEntry) {
    const scope = new _Scope(kind, parent, onEntry);
    if (scope.depth > MAX_NESTING)
      reader.fail(`components and types are nested more than ${MAX_NESTING} levels deep`, at);
    return scope;
  }
  space(sort) {
    return "core" in sort ? this.core[sort.core] : this.component[sort.component];
  }
  /**
   * Appends an entry to the space of `sort`, refusing (at byte offset `at`) what breaks the
   * structural limits (limits.ts): too many entries, or what the entry hook refuses.
   */
  push(sort, origin, at) {
    for (const i of limitsCounting(sort)) {
      const limit = SPACE_LIMITS[i];
      if (++this.counted[i] > limit.max)
        throw new WasmDecodeError(
          at,
          `more than ${limit.max} ${limit.what} in one ${SCOPE_NAMES[this.kind]} (wasm-tools and wasmtime refuse it too)`
        );
    }
    if (origin.via === "core-module" || origin.via === "component") {
      const root = this.ancestor(this.depth);
      if (++root.definitions > LIMITS.definitions)
        throw new WasmDecodeError(
          at,
          `more than ${LIMITS.definitions} core modules and components defined in one component, nested ones and itself included (wasm-tools and wasmtime refuse it too)`
        );
    }
    this.onEntry(this, sort, origin, at);
    const space = this.space(sort);
    space.push(origin);
    return space.length - 1;
  }
  /** Fails unless `index` is already defined in the space of `sort`. */
  check(reader, at, sort, index, what) {
    const size = this.space(sort).length;
    if (index >= size) {
      reader.fail(
        `${what} refers to ${sortName(sort)} index ${index}, but only ${size} ${sortName(sort)} definition(s) exist at this point`,
        at
      );
    }
  }
  /** The scope `count` levels out (0 = this one), if there is one. */
  ancestor(count) {
    return count === 0 ? this : this.parent?.ancestor(count - 1);
  }
  /** The scope `count` levels out, failing past the outermost. */
  outer(reader, at, count) {
    const scope = this.ancestor(count);
    if (!scope) {
      reader.fail(
        `outer alias count ${count} reaches beyond the ${this.depth} enclosing scope(s)`,
        at
      );
    }
    return scope;
  }
};

// src/component/read/type-info.ts
var OPAQUE = { size: 1 };
var infoSort = (sort) => "component" in sort && ["type", "instance", "component"].includes(sort.component) ? sort.component : void 0;
var sum = (sizes) => sizes.reduce((a, b) => a + b, 0);
var infos = /* @__PURE__ */ new WeakMap();
function typeInfo(scope, sort, index) {
  return infos.get(scope)?.[sort][index] ?? OPAQUE;
}
var recordTypeInfo = (scope, sort, origin, at) => {
  const info = entryInfo(scope, sort, origin);
  if (!info) return;
  if (info.size >= LIMITS.typeSize)
    throw new WasmDecodeError(
      at,
      `a type's effective size exceeds the limit of ${LIMITS.typeSize} (types nested inside each other too often; wasm-tools and wasmtime refuse it too)`
    );
  let spaces = infos.get(scope);
  if (!spaces) infos.set(scope, spaces = { type: [], instance: [], component: [] });
  spaces[sort.component].push(info);
};
var declaredInfo = /* @__PURE__ */ new WeakMap();
function valTypeSize(scope, type) {
  if (!type) return 0;
  return "prim" in type ? 1 : typeInfo(scope, "type", type.typeIndex).size;
}
function defValTypeSize(scope, def) {
  const size = (t) => valTypeSize(scope, t);
  switch (def.kind) {
    case "record":
      return 1 + sum(def.fields.map((f) => size(f.type)));
    case "variant":
      return 1 + sum(def.cases.map((c) => size(c.type)));
    case "tuple":
      return 1 + sum(def.types.map(size));
    case "list":
      return 1 + size(def.element);
    case "option":
      return 1 + size(def.type);
    case "result":
      return 1 + size(def.ok) + size(def.err);
    case "stream":
    case "future":
      return 1 + size(def.element);
    case "map":
      return 1 + size(def.key) + size(def.value);
    default:
      return 1;
  }
}
function defTypeInfo(scope, type) {
  switch (type.kind) {
    case "defined":
      return { size: defValTypeSize(scope, type.def) };
    case "func":
      return {
        size: 1 + sum(type.params.map((p) => valTypeSize(scope, p.type))) + valTypeSize(scope, type.result)
      };
    case "component":
    case "instance":
      return declaredInfo.get(type.decls) ?? OPAQUE;
    case "resource":
      return OPAQUE;
  }
}
function externInfo(scope, type) {
  switch (type.kind) {
    case "func":
    case "component":
    case "instance":
      return typeInfo(scope, "type", type.typeIndex);
    case "type":
      return "eq" in type.bound ? typeInfo(scope, "type", type.bound.eq) : OPAQUE;
    case "value":
      return "type" in type.bound ? { size: valTypeSize(scope, type.bound.type) } : OPAQUE;
    case "module":
      return OPAQUE;
  }
}
function recordDeclarations(scope, decls) {
  const exports = /* @__PURE__ */ new Map();
  let size = 1;
  for (const decl of decls) {
    if (decl.kind !== "import" && decl.kind !== "export") continue;
    const info = externInfo(scope, decl.type);
    size += info.size;
    if (decl.kind === "export") exports.set(decl.name.name, info);
  }
  declaredInfo.set(decls, { size, exports });
}
function exportsOf(scope, items) {
  const exports = /* @__PURE__ */ new Map();
  for (const { name, sort, index } of items) {
    const kind = infoSort(sort);
    if (kind) exports.set(name, typeInfo(scope, kind, index));
  }
  return exports;
}
var typeInfoAt = (scope, sort, index) => scope ? typeInfo(scope, sort, index) : OPAQUE;
function entryInfo(scope, sort, origin) {
  const kind = infoSort(sort);
  if (!kind) return void 0;
  switch (origin.via) {
    case "type":
      return defTypeInfo(scope, origin.type);
    case "import":
      return externInfo(scope, origin.type);
    case "export":
      if (origin.type) return externInfo(scope, origin.type);
      return origin.item ? typeInfo(scope, kind, origin.item.index) : OPAQUE;
    case "alias": {
      const { alias } = origin;
      if (alias.kind === "outer") return typeInfoAt(scope.ancestor(alias.count), kind, alias.index);
      if (alias.kind === "export")
        return typeInfo(scope, "instance", alias.instance).exports?.get(alias.name) ?? OPAQUE;
      return OPAQUE;
    }
    case "instance": {
      const { instance } = origin;
      if (instance.kind === "exports")
        return {
          size: 1,
          exports: exportsOf(
            scope,
            instance.exports.map((e) => ({ name: e.name.name, ...e.item }))
          )
        };
      return { size: 1, exports: typeInfo(scope, "component", instance.component).exports };
    }
    case "component": {
      const nested = origin.component;
      return {
        size: 1,
        exports: exportsOf(
          nested.scope,
          nested.exports.map((e) => ({ name: e.name.name, ...e.item }))
        )
      };
    }
    default:
      return OPAQUE;
  }
}

// src/component/read/types.ts
var primitives = {
  127: "bool",
  126: "s8",
  125: "u8",
  124: "s16",
  123: "u16",
  122: "s32",
  121: "u32",
  120: "s64",
  119: "u64",
  118: "f32",
  117: "f64",
  116: "char",
  115: "string",
  100: "error-context"
};
var coreSortCodes = {
  0: "func",
  1: "table",
  2: "memory",
  3: "global",
  4: "tag",
  16: "type",
  17: "module",
  18: "instance"
};
var componentSortCodes = {
  1: "func",
  2: "value",
  3: "type",
  4: "component",
  5: "instance"
};
function readCoreSort(r) {
  const at = r.offset;
  const code = r.u8("a core sort");
  const sort = coreSortCodes[code];
  if (!sort) r.fail(`unknown core sort 0x${hex(code)}`, at);
  return sort;
}
function readSort(r) {
  const at = r.offset;
  const code = r.u8("a sort");
  if (code === 0) return { core: readCoreSort(r) };
  const sort = componentSortCodes[code];
  if (!sort) r.fail(`unknown sort 0x${hex(code)}`, at);
  return { component: sort };
}
function typeRef(r, scope, what) {
  const at = r.offset;
  const index = r.u32(`(${what})`);
  scope.check(r, at, { component: "type" }, index, what);
  return index;
}
function readValType(r, scope) {
  const at = r.offset;
  const value = r.signedLeb(33, "value type");
  if (value >= 0) {
    scope.check(r, at, { component: "type" }, value, "value type");
    return { typeIndex: value };
  }
  const prim = primitives[value + 128];
  if (!prim) r.fail(`unknown primitive value type 0x${hex(value + 128 & 255)}`, at);
  return { prim };
}
function readLabel(r, what) {
  return r.name(what);
}
function readNamedValTypes(r, scope, what, max) {
  return r.vec(
    what,
    () => ({
      name: readLabel(r, `a ${what} label`),
      type: readValType(r, scope)
    }),
    max
  );
}
function readDefValType(r, scope, code, at) {
  const prim = primitives[code];
  if (prim) return { kind: "prim", prim };
  switch (code) {
    case 114:
      return {
        kind: "record",
        fields: readNamedValTypes(r, scope, "record field", LIMITS.recordFields)
      };
    case 113:
      return {
        kind: "variant",
        cases: r.vec(
          "variant cases",
          () => {
            const name = readLabel(r, "a variant case label");
            const type = r.optional("a case payload", () => readValType(r, scope));
            const refinesAt = r.offset;
            const refines = r.u8("the 0x00 that ends a variant case");
            if (refines !== 0)
              r.fail(
                `expected 0x00 at the end of variant case "${name}", found 0x${hex(refines)}`,
                refinesAt
              );
            return type ? { name, type } : { name };
          },
          LIMITS.variantCases
        )
      };
    case 112:
      return { kind: "list", element: readValType(r, scope) };
    case 103: {
      const element = readValType(r, scope);
      return { kind: "list", element, length: r.u32("(fixed list length)") };
    }
    case 111:
      return {
        kind: "tuple",
        types: r.vec("tuple types", () => readValType(r, scope), LIMITS.tupleTypes)
      };
    case 110:
      return {
        kind: "flags",
        names: r.vec("flag labels", () => readLabel(r, "a flag label"), LIMITS.flags)
      };
    case 109:
      return {
        kind: "enum",
        names: r.vec("enum labels", () => readLabel(r, "an enum label"), LIMITS.enumCases)
      };
    case 107:
      return { kind: "option", type: readValType(r, scope) };
    case 106: {
      const ok = r.optional("a result ok type", () => readValType(r, scope));
      const err = r.optional("a result error type", () => readValType(r, scope));
      return { kind: "result", ...ok ? { ok } : {}, ...err ? { err } : {} };
    }
    case 105:
      return { kind: "own", typeIndex: typeRef(r, scope, "own handle type") };
    case 104:
      return { kind: "borrow", typeIndex: typeRef(r, scope, "borrow handle type") };
    case 102: {
      const element = r.optional("a stream element type", () => readValType(r, scope));
      return { kind: "stream", ...element ? { element } : {} };
    }
    case 101: {
      const element = r.optional("a future element type", () => readValType(r, scope));
      return { kind: "future", ...element ? { element } : {} };
    }
    case 99: {
      const key = readValType(r, scope);
      return { kind: "map", key, value: readValType(r, scope) };
    }
    default:
      return r.fail(`unknown type definition opcode 0x${hex(code)}`, at);
  }
}
function readFuncType(r, scope, async) {
  const params = readNamedValTypes(r, scope, "param", LIMITS.funcParams);
  const at = r.offset;
  const form = r.u8("a result list (0x00 type or 0x01 0x00)");
  if (form === 0) return { kind: "func", async, params, result: readValType(r, scope) };
  if (form === 1) {
    const emptyAt = r.offset;
    const count = r.u8("the 0x00 of an empty result list");
    if (count !== 0)
      r.fail(`named function results are not supported (found ${count} named results)`, emptyAt);
    return { kind: "func", async, params };
  }
  return r.fail(`expected a result list (0x00 or 0x01), found 0x${hex(form)}`, at);
}
function readDefType(r, scope) {
  const at = r.offset;
  const code = r.u8("a type definition");
  switch (code) {
    case 64:
    case 67:
      return readFuncType(r, scope, code === 67);
    case 65:
      return { kind: "component", decls: readDeclarations(r, scope, "component-type") };
    case 66:
      return { kind: "instance", decls: readDeclarations(r, scope, "instance-type") };
    case 63: {
      if (scope.kind !== "component")
        r.fail(
          "a resource type may only be defined in a component, not in a component or instance type",
          at
        );
      const repAt = r.offset;
      const rep = readCoreValType(r);
      if (rep !== "i32") r.fail("a resource representation must be i32", repAt);
      const dtor = r.optional("a resource destructor", () => {
        const dtorAt = r.offset;
        const index = r.u32("(destructor core func index)");
        scope.check(r, dtorAt, { core: "func" }, index, "resource destructor");
        return index;
      });
      return { kind: "resource", rep, ...dtor !== void 0 ? { dtor } : {} };
    }
    default:
      return { kind: "defined", def: readDefValType(r, scope, code, at) };
  }
}
function readExternName(r) {
  const at = r.offset;
  const form = r.u8("an extern name form");
  if (form === 0 || form === 1) return { name: r.name("an import or export name") };
  if (form !== 2) r.fail(`unknown extern name form 0x${hex(form)}`, at);
  const result = { name: r.name("an import or export name") };
  r.vec("name attributes", () => {
    const attributeAt = r.offset;
    const kind = r.u8("a name attribute");
    if (kind === 0) result.implements = r.name("an implements attribute");
    else if (kind === 1) result.versionSuffix = r.name("a version suffix attribute");
    else if (kind === 2) result.externalId = r.name("an external-id attribute");
    else r.fail(`unknown name attribute 0x${hex(kind)}`, attributeAt);
  });
  return result;
}
function externSort(type) {
  return type.kind === "module" ? { core: "module" } : { component: type.kind };
}
function readExternType(r, scope) {
  const at = r.offset;
  const kind = r.u8("an extern type");
  switch (kind) {
    case 0: {
      const coreAt = r.offset;
      const marker = r.u8("0x11 (core module)");
      if (marker !== 17)
        r.fail(`expected 0x11 (core module) in an extern type, found 0x${hex(marker)}`, coreAt);
      const indexAt = r.offset;
      const coreTypeIndex = r.u32("(core module type index)");
      scope.check(r, indexAt, { core: "type" }, coreTypeIndex, "core module import/export");
      return { kind: "module", coreTypeIndex };
    }
    case 1:
      return { kind: "func", typeIndex: typeRef(r, scope, "func import/export type") };
    case 2: {
      const boundAt = r.offset;
      const bound = r.u8("a value bound");
      if (bound === 0) {
        const valueAt = r.offset;
        const eqValue = r.u32("(value index)");
        scope.check(r, valueAt, { component: "value" }, eqValue, "value bound");
        return { kind: "value", bound: { eqValue } };
      }
      if (bound === 1) return { kind: "value", bound: { type: readValType(r, scope) } };
      return r.fail(`unknown value bound 0x${hex(bound)}`, boundAt);
    }
    case 3: {
      const boundAt = r.offset;
      const bound = r.u8("a type bound");
      let typeBound;
      if (bound === 0) typeBound = { eq: typeRef(r, scope, "type bound") };
      else if (bound === 1) typeBound = { subResource: true };
      else return r.fail(`unknown type bound 0x${hex(bound)}`, boundAt);
      return { kind: "type", bound: typeBound };
    }
    case 4:
      return { kind: "component", typeIndex: typeRef(r, scope, "component import/export type") };
    case 5:
      return { kind: "instance", typeIndex: typeRef(r, scope, "instance import/export type") };
    default:
      return r.fail(`unknown extern type 0x${hex(kind)}`, at);
  }
}
function readAlias(r, scope) {
  const at = r.offset;
  const sort = readSort(r);
  const formAt = r.offset;
  const form = r.u8("an alias form");
  switch (form) {
    case 0: {
      const instanceAt = r.offset;
      const instance = r.u32("(instance index)");
      scope.check(r, instanceAt, { component: "instance" }, instance, "alias export");
      return { kind: "export", sort, instance, name: r.name("an alias export name") };
    }
    case 1: {
      const instanceAt = r.offset;
      const instance = r.u32("(core instance index)");
      scope.check(r, instanceAt, { core: "instance" }, instance, "alias core export");
      return { kind: "core-export", sort, instance, name: r.name("an alias core export name") };
    }
    case 2: {
      const countAt = r.offset;
      const count = r.u32("(outer alias count)");
      const indexAt = r.offset;
      const index = r.u32("(outer alias index)");
      const target = scope.outer(r, countAt, count);
      target.check(r, indexAt, sort, index, `outer alias (${count} out)`);
      return { kind: "outer", sort, count, index };
    }
    default:
      return r.fail(`unknown alias form 0x${hex(form)} (at alias starting ${at})`, formAt);
  }
}
function readDeclarations(r, parent, kind) {
  const scope = Scope.nested(r, r.offset, kind, parent, recordTypeInfo);
  const decls = r.vec(
    kind === "component-type" ? "component type declarations" : "instance type declarations",
    () => readDeclaration(r, scope),
    kind === "component-type" ? LIMITS.componentTypeDeclarations : LIMITS.instanceTypeDeclarations
  );
  recordDeclarations(scope, decls);
  return decls;
}
function readDeclaration(r, scope) {
  const offset = r.offset;
  const code = r.u8("a declaration");
  switch (code) {
    case 0: {
      const type = readCoreType(r);
      scope.push({ core: "type" }, { via: "core-type", type }, offset);
      return { kind: "core-type", type, offset };
    }
    case 1: {
      const type = readDefType(r, scope);
      scope.push({ component: "type" }, { via: "type", type }, offset);
      return { kind: "type", type, offset };
    }
    case 2: {
      const alias = readAlias(r, scope);
      scope.push(alias.sort, { via: "alias", alias }, offset);
      return { kind: "alias", alias, offset };
    }
    case 3:
    case 4: {
      if (code === 3 && scope.kind !== "component-type")
        r.fail("an import declaration may only appear in a component type", offset);
      const name = readExternName(r);
      const type = readExternType(r, scope);
      scope.push(
        externSort(type),
        code === 3 ? { via: "import", name: name.name, type } : { via: "export", name: name.name, type },
        offset
      );
      return { kind: code === 3 ? "import" : "export", name, type, offset };
    }
    default:
      return r.fail(`unknown declaration opcode 0x${hex(code)}`, offset);
  }
}

// src/component/read/canon.ts
var shapes = {
  0: { kind: "lift", operands: ["coreFunc", "options", "type"] },
  1: { kind: "lower", operands: ["func", "options"] },
  2: { kind: "resource.new", operands: ["type"] },
  3: { kind: "resource.drop", operands: ["type"] },
  7: { kind: "resource.drop async", operands: ["type"] },
  4: { kind: "resource.rep", operands: ["type"] },
  36: { kind: "backpressure.inc", operands: [] },
  37: { kind: "backpressure.dec", operands: [] },
  8: { kind: "backpressure.set", operands: [] },
  9: { kind: "task.return", operands: ["resultList", "options"] },
  5: { kind: "task.cancel", operands: [] },
  10: { kind: "context.get", operands: ["coreValType", "u32"] },
  11: { kind: "context.set", operands: ["coreValType", "u32"] },
  6: { kind: "subtask.cancel", operands: ["flag"] },
  13: { kind: "subtask.drop", operands: [] },
  14: { kind: "stream.new", operands: ["type"] },
  15: { kind: "stream.read", operands: ["type", "options"] },
  16: { kind: "stream.write", operands: ["type", "options"] },
  17: { kind: "stream.cancel-read", operands: ["type", "flag"] },
  18: { kind: "stream.cancel-write", operands: ["type", "flag"] },
  19: { kind: "stream.drop-readable", operands: ["type"] },
  20: { kind: "stream.drop-writable", operands: ["type"] },
  21: { kind: "future.new", operands: ["type"] },
  22: { kind: "future.read", operands: ["type", "options"] },
  23: { kind: "future.write", operands: ["type", "options"] },
  24: { kind: "future.cancel-read", operands: ["type", "flag"] },
  25: { kind: "future.cancel-write", operands: ["type", "flag"] },
  26: { kind: "future.drop-readable", operands: ["type"] },
  27: { kind: "future.drop-writable", operands: ["type"] },
  28: { kind: "error-context.new", operands: ["options"] },
  29: { kind: "error-context.debug-message", operands: ["options"] },
  30: { kind: "error-context.drop", operands: [] },
  31: { kind: "waitable-set.new", operands: [] },
  32: { kind: "waitable-set.wait", operands: ["flag", "memory"] },
  33: { kind: "waitable-set.poll", operands: ["flag", "memory"] },
  34: { kind: "waitable-set.drop", operands: [] },
  35: { kind: "waitable.join", operands: [] },
  38: { kind: "thread.index", operands: [] },
  39: { kind: "thread.new-indirect", operands: ["coreType", "table"] },
  40: { kind: "thread.resume-later", operands: [] },
  41: { kind: "thread.suspend", operands: ["flag"] },
  12: { kind: "thread.yield", operands: ["flag"] },
  42: { kind: "thread.suspend-then-resume", operands: ["flag"] },
  43: { kind: "thread.yield-then-resume", operands: ["flag"] },
  44: { kind: "thread.suspend-then-promote", operands: ["flag"] },
  45: { kind: "thread.yield-then-promote", operands: ["flag"] },
  64: { kind: "thread.spawn-ref", operands: ["flag", "coreType"] },
  65: { kind: "thread.spawn-indirect", operands: ["flag", "coreType", "table"] },
  66: { kind: "thread.available-parallelism", operands: ["flag"] }
};
function canonOpcode(kind) {
  const entry = Object.entries(shapes).find(([, shape]) => shape.kind === kind);
  if (!entry) throw new Error(`internal: no canonical definition ${kind}`);
  return Number(entry[0]);
}
var referenceSorts = {
  coreFunc: { core: "func" },
  func: { component: "func" },
  type: { component: "type" },
  coreType: { core: "type" },
  table: { core: "table" },
  memory: { core: "memory" }
};
function readOptions(r, scope) {
  return r.vec(
    "canonical options",
    () => {
      const at = r.offset;
      const code = r.u8("a canonical option");
      const index = (sort, what) => {
        const indexAt = r.offset;
        const value = r.u32(`(${what} index)`);
        scope.check(r, indexAt, sort, value, `${what} option`);
        return value;
      };
      switch (code) {
        case 0:
          return { kind: "string-encoding", encoding: "utf8" };
        case 1:
          return { kind: "string-encoding", encoding: "utf16" };
        case 2:
          return { kind: "string-encoding", encoding: "latin1+utf16" };
        case 3:
          return { kind: "memory", index: index({ core: "memory" }, "memory") };
        case 4:
          return { kind: "realloc", index: index({ core: "func" }, "realloc") };
        case 5:
          return { kind: "post-return", index: index({ core: "func" }, "post-return") };
        case 6:
          return { kind: "async" };
        case 7:
          return { kind: "callback", index: index({ core: "func" }, "callback") };
        default:
          return r.fail(`unknown canonical option 0x${hex(code)}`, at);
      }
    },
    LIMITS.canonicalOptions
  );
}
function expectFuncSortByte(r, kind) {
  const at = r.offset;
  const sort = r.u8(`the func sort byte of canon ${kind}`);
  if (sort !== 0) r.fail(`expected 0x00 (func) after canon ${kind}, found 0x${hex(sort)}`, at);
}
function canonSort(canon) {
  return canon.kind === "lift" ? { component: "func" } : { core: "func" };
}
function readCanon(r, scope) {
  const at = r.offset;
  const opcode = r.u8("a canonical definition");
  const shape = shapes[opcode];
  if (!shape) r.fail(`unknown canonical definition opcode 0x${hex(opcode)}`, at);
  if (shape.kind === "lift" || shape.kind === "lower") expectFuncSortByte(r, shape.kind);
  const canon = { kind: shape.kind, opcode, operands: {}, options: [] };
  for (const operand of shape.operands) {
    const operandAt = r.offset;
    switch (operand) {
      case "options":
        canon.options = readOptions(r, scope);
        break;
      case "resultList": {
        const form = r.u8("a result list");
        if (form === 0) canon.result = readValType(r, scope);
        else if (form === 1 && r.u8("the 0x00 of an empty result list") === 0)
          canon.result = null;
        else r.fail("malformed result list in canon task.return", operandAt);
        break;
      }
      case "coreValType": {
        const type = readCoreValType(r);
        if (type !== "i32") r.fail(`canon ${shape.kind} supports only i32`, operandAt);
        break;
      }
      case "flag": {
        const flag = r.u8(`a flag of canon ${shape.kind}`);
        if (flag > 1)
          r.fail(`expected 0x00 or 0x01 in canon ${shape.kind}, found 0x${hex(flag)}`, operandAt);
        canon.operands[operand] = flag;
        break;
      }
      default: {
        const value = r.u32(`(${operand} operand of canon ${shape.kind})`);
        const sort = referenceSorts[operand];
        if (sort) scope.check(r, operandAt, sort, value, `canon ${shape.kind}`);
        canon.operands[operand] = value;
      }
    }
  }
  return canon;
}

// src/component/read/core-module.ts
var externKinds = ["func", "table", "memory", "global", "tag"];
function readCoreModule(bytes, start, end) {
  const r = new ByteReader(bytes, start, end);
  const magic = r.take(4, "the core module magic \\0asm");
  if (magic[0] !== 0 || magic[1] !== 97 || magic[2] !== 115 || magic[3] !== 109) {
    r.fail("an embedded core module does not start with the magic \\0asm", start);
  }
  const versionAt = r.offset;
  const version = r.take(4, "the core module version");
  if (version[0] !== 1 || version[1] !== 0 || version[2] !== 0 || version[3] !== 0) {
    r.fail(
      `an embedded core module has version ${[...version].map(hex).join(" ")}, expected 01 00 00 00`,
      versionAt
    );
  }
  const module = { start, end, imports: [], exports: [] };
  while (!r.atEnd) {
    const idAt = r.offset;
    const id = r.u8("a core section id");
    const size = r.u32("(core section size)");
    if (size > r.remaining) {
      r.fail(
        `core section ${id} declares ${size} bytes but only ${r.remaining} remain in the module`,
        idAt
      );
    }
    const body = new ByteReader(bytes, r.offset, r.offset + size);
    if (id === 2) {
      module.imports = body.vec(
        "core imports",
        () => {
          const moduleName = body.name("a core import module name");
          const name = body.name("a core import name");
          return { module: moduleName, name, kind: readCoreExternType(body).kind };
        },
        LIMITS.coreImports
      );
      body.expectEnd("the core import section");
    } else if (id === 7) {
      module.exports = body.vec(
        "core exports",
        () => {
          const name = body.name("a core export name");
          const kindAt = body.offset;
          const kind = externKinds[body.u8("a core export kind")];
          if (!kind) body.fail("unknown core export kind", kindAt);
          return { name, kind, index: body.u32("(core export index)") };
        },
        LIMITS.coreExports
      );
      body.expectEnd("the core export section");
    } else if (id > 13) {
      r.fail(`unknown core section id ${id}`, idAt);
    }
    r.offset += size;
  }
  return module;
}

// src/component/read/read-component.ts
var COMPONENT_VERSION = 13;
function sniffWasm(bytes) {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 97 || bytes[2] !== 115 || bytes[3] !== 109) {
    return "not-wasm";
  }
  if (bytes[6] === 0 && bytes[7] === 0) return "core-module";
  if (bytes[4] === COMPONENT_VERSION && bytes[5] === 0 && bytes[6] === 1 && bytes[7] === 0)
    return "component";
  return "unknown-version";
}
function readComponent(bytes) {
  if (bytes.length === 0)
    throw new WasmDecodeError(0, "the input is empty, expected a WebAssembly component");
  const kind = sniffWasm(bytes);
  if (kind === "not-wasm") {
    if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 97 && bytes[2] === 115 && bytes[3] === 109) {
      throw new WasmDecodeError(
        bytes.length,
        `unexpected end of input: the ${bytes.length}-byte file ends inside the 8-byte WebAssembly preamble`
      );
    }
    throw new WasmDecodeError(0, "not a WebAssembly binary: expected the magic bytes \\0asm");
  }
  if (kind === "core-module") {
    throw new WasmDecodeError(
      4,
      "this is a core WebAssembly module, not a component: wrap it into a component first (for example `wasm-tools component new` with a WASI preview1 adapter)"
    );
  }
  if (kind === "unknown-version") {
    throw new WasmDecodeError(
      4,
      `unsupported component binary version ${[...bytes.subarray(4, 8)].map(hex).join(" ")}: this reader supports version 0d 00 with layer 01 00`
    );
  }
  return readComponentAt(bytes, 0, bytes.length, void 0);
}
function readComponentAt(bytes, start, end, parent) {
  const r = new ByteReader(bytes, start, end);
  const preambleAt = r.offset;
  const preamble = r.take(8, "the 8-byte component preamble");
  if (sniffWasm(preamble) !== "component") {
    r.fail(
      "a nested component does not start with a component preamble (\\0asm 0d 00 01 00)",
      preambleAt
    );
  }
  const component2 = {
    start,
    end,
    sections: [],
    imports: [],
    exports: [],
    types: [],
    coreTypes: [],
    aliases: [],
    canons: [],
    coreModules: [],
    coreInstances: [],
    instances: [],
    components: [],
    starts: [],
    customs: [],
    scope: Scope.nested(r, start, "component", parent, recordTypeInfo)
  };
  while (!r.atEnd) {
    const sectionStart = r.offset;
    const id = r.u8("a section id");
    const size = r.u32("(section size)");
    const payloadStart = r.offset;
    if (size > r.remaining) {
      r.fail(
        `section ${sectionName(id)} declares ${size} bytes but only ${r.remaining} remain`,
        sectionStart
      );
    }
    const payloadEnd = payloadStart + size;
    const span = { id, start: sectionStart, payloadStart, end: payloadEnd };
    component2.sections.push(span);
    readSection(new ByteReader(bytes, payloadStart, payloadEnd), id, component2, sectionStart);
    if (vectorSections.has(id)) span.count = new ByteReader(bytes, payloadStart, payloadEnd).u32();
    r.offset = payloadEnd;
  }
  return component2;
}
var vectorSections = /* @__PURE__ */ new Set([
  SectionId.coreInstance,
  SectionId.coreType,
  SectionId.instance,
  SectionId.alias,
  SectionId.type,
  SectionId.canon,
  SectionId.import,
  SectionId.export,
  SectionId.value
]);
var sectionNames = [
  "custom",
  "core module",
  "core instance",
  "core type",
  "component",
  "instance",
  "alias",
  "type",
  "canon",
  "start",
  "import",
  "export",
  "value"
];
function sectionName(id) {
  return sectionNames[id] ? `${id} (${sectionNames[id]})` : String(id);
}
function readSection(r, id, c, sectionStart) {
  const scope = c.scope;
  switch (id) {
    case SectionId.custom: {
      const name = r.name("a custom section name");
      c.customs.push({ name, start: r.offset, end: r.end });
      return;
    }
    case SectionId.coreModule: {
      const module = readCoreModule(r.bytes, r.offset, r.end);
      c.coreModules.push(module);
      scope.push({ core: "module" }, { via: "core-module", module }, sectionStart);
      return;
    }
    case SectionId.component: {
      const nested = readComponentAt(r.bytes, r.offset, r.end, scope);
      c.components.push(nested);
      scope.push({ component: "component" }, { via: "component", component: nested }, sectionStart);
      return;
    }
    case SectionId.coreInstance:
      r.vec("core instances", () => {
        const at = r.offset;
        const instance = readCoreInstance(r, scope);
        c.coreInstances.push(instance);
        scope.push({ core: "instance" }, { via: "core-instance", instance }, at);
      });
      break;
    case SectionId.coreType:
      r.vec("core types", () => {
        const at = r.offset;
        const type = readCoreType(r);
        c.coreTypes.push(type);
        scope.push({ core: "type" }, { via: "core-type", type }, at);
      });
      break;
    case SectionId.instance:
      r.vec("instances", () => {
        const at = r.offset;
        const instance = readInstance(r, scope);
        c.instances.push(instance);
        scope.push({ component: "instance" }, { via: "instance", instance }, at);
      });
      break;
    case SectionId.alias:
      r.vec("aliases", () => {
        const at = r.offset;
        const alias = readAlias(r, scope);
        c.aliases.push(alias);
        scope.push(alias.sort, { via: "alias", alias }, at);
      });
      break;
    case SectionId.type:
      r.vec("types", () => {
        const at = r.offset;
        const type = readDefType(r, scope);
        c.types.push(type);
        scope.push({ component: "type" }, { via: "type", type }, at);
      });
      break;
    case SectionId.canon:
      r.vec("canonical definitions", () => {
        const at = r.offset;
        const canon = readCanon(r, scope);
        c.canons.push(canon);
        scope.push(canonSort(canon), { via: "canon", canon }, at);
      });
      break;
    case SectionId.start: {
      const funcAt2 = r.offset;
      const func = r.u32("(start func index)");
      scope.check(r, funcAt2, { component: "func" }, func, "start");
      const args = r.vec(
        "start arguments",
        () => {
          const at = r.offset;
          const value = r.u32("(start argument value index)");
          scope.check(r, at, { component: "value" }, value, "start argument");
          return value;
        },
        LIMITS.startArguments
      );
      const results2 = r.u32("(start result count)");
      c.starts.push({ func, args, results: results2 });
      for (let i = 0; i < results2; i++)
        scope.push({ component: "value" }, { via: "start" }, sectionStart);
      break;
    }
    case SectionId.import:
      r.vec("imports", () => {
        const offset = r.offset;
        const name = readExternName(r);
        const type = readExternType(r, scope);
        c.imports.push({ name, type, offset });
        scope.push(externSort(type), { via: "import", name: name.name, type }, offset);
      });
      break;
    case SectionId.export:
      r.vec("exports", () => {
        const offset = r.offset;
        const name = readExternName(r);
        const item = readSortIndex(r, scope, "(exported index)", `export "${name.name}"`);
        const type = r.optional("an export type ascription", () => readExternType(r, scope));
        c.exports.push({ name, item, ...type ? { type } : {}, offset });
        scope.push(
          item.sort,
          { via: "export", name: name.name, item, ...type ? { type } : {} },
          offset
        );
      });
      break;
    case SectionId.value:
      r.vec("values", () => {
        const at = r.offset;
        readValType(r, scope);
        const length = r.u32("(value length)");
        r.take(length, "value bytes");
        scope.push({ component: "value" }, { via: "value" }, at);
      });
      break;
    default:
      r.fail(`unknown component section id ${id}`, sectionStart);
  }
  r.expectEnd(`section ${sectionName(id)}`);
}
function readCoreInstance(r, scope) {
  const at = r.offset;
  const form = r.u8("a core instance form");
  if (form === 0) {
    const moduleAt = r.offset;
    const module = r.u32("(core module index)");
    scope.check(r, moduleAt, { core: "module" }, module, "core instantiate");
    const args = r.vec(
      "core instantiate arguments",
      () => {
        const name = r.name("a core instantiate argument name");
        const sortAt = r.offset;
        const sort = r.u8("the instance sort (0x12)");
        if (sort !== 18)
          r.fail(
            `core instantiate arguments must be instances (0x12), found 0x${hex(sort)}`,
            sortAt
          );
        const instanceAt = r.offset;
        const instance = r.u32("(core instance index)");
        scope.check(
          r,
          instanceAt,
          { core: "instance" },
          instance,
          `core instantiate argument "${name}"`
        );
        return { name, instance };
      },
      LIMITS.instantiateArguments
    );
    return { kind: "instantiate", module, args };
  }
  if (form === 1) {
    const exports = r.vec(
      "core inline exports",
      () => {
        const name = r.name("a core inline export name");
        const sort = readCoreSort(r);
        const indexAt = r.offset;
        const index = r.u32("(core export index)");
        scope.check(r, indexAt, { core: sort }, index, `core inline export "${name}"`);
        return { name, sort, index };
      },
      LIMITS.inlineExports
    );
    return { kind: "exports", exports };
  }
  return r.fail(`unknown core instance form 0x${hex(form)}`, at);
}
function readInstance(r, scope) {
  const at = r.offset;
  const form = r.u8("an instance form");
  if (form === 0) {
    const componentAt = r.offset;
    const component2 = r.u32("(component index)");
    scope.check(r, componentAt, { component: "component" }, component2, "instantiate");
    const args = r.vec(
      "instantiate arguments",
      () => {
        const name = r.name("an instantiate argument name");
        const item = readSortIndex(r, scope, "(argument index)", `instantiate argument "${name}"`);
        return { name, item };
      },
      LIMITS.instantiateArguments
    );
    return { kind: "instantiate", component: component2, args };
  }
  if (form === 1) {
    const exports = r.vec(
      "inline exports",
      () => {
        const name = readExternName(r);
        return {
          name,
          item: readSortIndex(r, scope, "(export index)", `inline export "${name.name}"`)
        };
      },
      LIMITS.inlineExports
    );
    return { kind: "exports", exports };
  }
  return r.fail(`unknown instance form 0x${hex(form)}`, at);
}
function readSortIndex(r, scope, indexWhat, what) {
  const at = r.offset;
  const sort = readSort(r);
  const index = r.u32(indexWhat);
  scope.check(r, at, sort, index, what);
  return { sort, index };
}

// src/inspect/instance-exports.ts
function definedInstanceExports(scope, index) {
  const origin = scope.component.instance[index];
  if (origin?.via !== "instance") return void 0;
  const { instance } = origin;
  if (instance.kind === "exports") {
    return instance.exports.map((e) => ({ name: e.name.name, item: e.item, scope }));
  }
  const nested = scope.component.component[instance.component];
  if (nested?.via !== "component") return void 0;
  const inner = nested.component;
  return inner.exports.map((e) => ({
    name: e.name.name,
    item: e.item,
    ...e.type ? { type: e.type } : {},
    scope: inner.scope
  }));
}
var isComponentSort = (item, sort) => "component" in item.sort && item.sort.component === sort;
function instanceContents(scope, index) {
  const origin = scope.component.instance[index];
  switch (origin?.via) {
    case "import":
    case "export":
      if (origin.type?.kind === "instance") return { scope, typeIndex: origin.type.typeIndex };
      return origin.via === "export" && origin.item ? instanceContents(scope, origin.item.index) : void 0;
    case "instance": {
      const exports = definedInstanceExports(scope, index);
      return exports && { exports };
    }
    case "alias": {
      const { alias } = origin;
      if (alias.kind !== "export") return void 0;
      const from = instanceContents(scope, alias.instance);
      const exp = from && "exports" in from ? from.exports.find((e) => e.name === alias.name) : void 0;
      if (!exp || "core" in exp.item.sort || exp.item.sort.component !== "instance")
        return void 0;
      return exp.type?.kind === "instance" ? { scope: exp.scope, typeIndex: exp.type.typeIndex } : instanceContents(exp.scope, exp.item.index);
    }
    default:
      return void 0;
  }
}

// src/inspect/extern-name.ts
var fragment = "(?:[a-z0-9]+|[A-Z0-9]+)";
var labelSource = `(?:[a-z]+[0-9a-z]*|[A-Z]+[0-9A-Z]*)(?:-${fragment})*`;
var wordsSource = "[a-z][0-9a-z]*(?:-[0-9a-z]+)*";
var label = new RegExp(`^${labelSource}$`);
var interfaceHead = new RegExp(`^(?:${wordsSource}:)+${wordsSource}(?:/${labelSource})+$`);
var numeric = "(?:0|[1-9][0-9]*)";
var preId = `(?:${numeric}|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)`;
var semverPattern = new RegExp(
  `^${numeric}\\.${numeric}\\.${numeric}(?:-${preId}(?:\\.${preId})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`
);
function isLabel(text) {
  return label.test(text);
}
function isInterfaceName(text) {
  const at = text.indexOf("@");
  const head = at === -1 ? text : text.slice(0, at);
  if (!interfaceHead.test(head)) return false;
  return at === -1 || semverPattern.test(text.slice(at + 1));
}
var implementsForm = /^\[implements=<([^<>]*)>\](.*)$/s;
function splitImplements(name) {
  const match = implementsForm.exec(name);
  return match ? { interface: match[1], label: match[2] } : void 0;
}
function implementedInterface(name) {
  return splitImplements(name.name)?.interface ?? name.implements;
}
function plainNameProblem(name) {
  const implemented = splitImplements(name);
  if (implemented) {
    if (!isInterfaceName(implemented.interface))
      return "the interface in [implements=<...>] is not a valid interface name (namespace:package/interface@version)";
    return isLabel(implemented.label) ? void 0 : "the label after [implements=<...>] is not kebab-case";
  }
  const annotated = /^\[(constructor|method|static)\](.*)$/s.exec(name);
  if (annotated) {
    const [, kind, rest] = annotated;
    if (kind === "constructor")
      return isLabel(rest) ? void 0 : "the resource name is not kebab-case";
    const parts2 = rest.split(".");
    return parts2.length === 2 && parts2.every(isLabel) ? void 0 : `[${kind}] must be followed by resource.function, both kebab-case`;
  }
  return isLabel(name) ? void 0 : "it is neither a kebab-case label nor an interface name";
}
function externNameProblem(name) {
  if (name.length === 0) return "it is empty";
  if (name.includes(":") && !name.startsWith("[")) {
    return isInterfaceName(name) ? void 0 : "it is not a valid interface name (namespace:package/interface@version, lowercase words, a semver version)";
  }
  return plainNameProblem(name);
}
function externNameProblems(name) {
  const problem = externNameProblem(name.name);
  if (problem) return problem;
  if (name.implements !== void 0) {
    if (splitImplements(name.name))
      return "it has both an [implements=<...>] prefix and an implements attribute";
    if (name.name.includes(":") && !name.name.startsWith("["))
      return "an implements attribute is only allowed on a plain (label) name";
    if (!isInterfaceName(name.implements))
      return "its implements attribute is not a valid interface name";
  }
  return void 0;
}
function findInvalidName(externs) {
  for (const { what, name, members } of externs) {
    const problem = externNameProblems(name);
    if (problem) return { where: what, name: name.name, problem };
    for (const member of members) {
      const memberProblem = externNameProblem(member);
      if (memberProblem)
        return { where: `${what} ${name.name}: member`, name: member, problem: memberProblem };
    }
  }
  return void 0;
}

// src/inspect/interface-name.ts
var word = /^[a-z][0-9a-z]*(-[0-9a-z]+)*$/;
var label2 = /^([a-z][0-9a-z]*|[A-Z][0-9A-Z]*)(-([0-9a-z]+|[0-9A-Z]+))*$/;
function parseInterfaceName(name) {
  const at = name.indexOf("@");
  const path = at === -1 ? name : name.slice(0, at);
  const version = at === -1 ? void 0 : name.slice(at + 1);
  const [head, ...projections] = path.split("/");
  if (!head || projections.length === 0 || !projections.every((p) => label2.test(p)))
    return void 0;
  const parts2 = head.split(":");
  if (parts2.length < 2 || !parts2.every((p) => word.test(p))) return void 0;
  if (version !== void 0 && version.length === 0) return void 0;
  const pkg = parts2[parts2.length - 1];
  const namespace = parts2.slice(0, -1).join(":");
  const iface = projections.join("/");
  return {
    namespace,
    package: pkg,
    interface: iface,
    ...version !== void 0 ? { version } : {},
    id: `${namespace}:${pkg}/${iface}`
  };
}

// src/component/read/local-types.ts
function aliasedType(decl) {
  const { alias } = decl;
  return alias.kind === "outer" ? { outer: { count: alias.count, index: alias.index } } : { opaque: true };
}
function localTypes(decls) {
  const locals = [];
  const types2 = /* @__PURE__ */ new Map();
  const functions = /* @__PURE__ */ new Map();
  for (const decl of decls) {
    if (decl.kind === "type") {
      locals.push({ def: decl.type });
    } else if (decl.kind === "alias") {
      if ("component" in decl.alias.sort && decl.alias.sort.component === "type")
        locals.push(aliasedType(decl));
    } else if (decl.kind === "export" || decl.kind === "import") {
      if (decl.type.kind === "type") {
        locals.push("eq" in decl.type.bound ? { eq: decl.type.bound.eq } : { resource: true });
        types2.set(decl.name.name, locals.length - 1);
      } else if (decl.type.kind === "func") {
        functions.set(decl.name.name, decl.type.typeIndex);
      }
    }
  }
  return { locals, types: types2, functions };
}
function definitionOf(locals, index) {
  const seen = /* @__PURE__ */ new Set();
  let local = locals[index];
  while (local && "eq" in local && !seen.has(index)) {
    seen.add(index);
    index = local.eq;
    local = locals[index];
  }
  return local && "def" in local ? local.def : void 0;
}
function isPlainValueType(locals, index, known = /* @__PURE__ */ new Map()) {
  const answer = known.get(index);
  if (answer !== void 0) return answer;
  known.set(index, false);
  const plain = plainDefinition(locals, definitionOf(locals, index), known);
  known.set(index, plain);
  return plain;
}
function plainDefinition(locals, def, known) {
  if (!def || def.kind !== "defined") return false;
  const plain = (t) => t === void 0 || "prim" in t || isPlainValueType(locals, t.typeIndex, known);
  const d = def.def;
  switch (d.kind) {
    case "prim":
    case "flags":
    case "enum":
      return true;
    case "record":
      return d.fields.every((f) => plain(f.type));
    case "variant":
      return d.cases.every((c) => plain(c.type));
    case "list":
    case "option":
      return plain(d.kind === "list" ? d.element : d.type);
    case "tuple":
      return d.types.every(plain);
    case "result":
      return plain(d.ok) && plain(d.err);
    case "map":
      return plain(d.key) && plain(d.value);
    default:
      return false;
  }
}

// src/inspect/component-interface.ts
function describeComponent(component2) {
  return {
    imports: component2.imports.map(
      (imp) => withImplements(describeItem(component2.scope, imp.name.name, imp.type, imp.offset), imp.name)
    ),
    exports: component2.exports.map((exp) => {
      const type = exp.type ?? inferExternType(component2.scope, exp.item.sort, exp.item.index);
      const item = describeItem(component2.scope, exp.name.name, type, exp.offset, exp.item.sort);
      if (!item.functions && !exp.type && isInstance(exp.item.sort))
        Object.assign(item, summarizeContents(instanceContents(component2.scope, exp.item.index)));
      return withImplements(item, exp.name);
    })
  };
}
var isInstance = (sort) => "component" in sort && sort.component === "instance";
function describeItem(scope, name, type, offset, sort) {
  const kind = type?.kind ?? sortKind(sort);
  const parsed = parseInterfaceName(name);
  const item = { name, kind, ...parsed ? { interface: parsed } : {}, offset };
  if (type?.kind === "instance") {
    const instanceType = resolveInstanceType(scope, type.typeIndex);
    if (instanceType) Object.assign(item, summarizeInstance(instanceType.decls));
    else item.functionsUnknown = true;
  }
  return item;
}
function withImplements(item, name) {
  const implemented = implementedInterface(name);
  if (implemented === void 0) return item;
  const parsed = parseInterfaceName(implemented);
  return { ...item, implements: implemented, ...parsed ? { interface: parsed } : {} };
}
function sortKind(sort) {
  if (!sort) return "instance";
  return "core" in sort ? "module" : sort.component;
}
function summarizeInstance(decls) {
  const functions = [];
  const asyncFunctions = [];
  const resources = [];
  const types2 = [];
  const { locals } = localTypes(decls);
  for (const decl of decls) {
    if (decl.kind !== "export") continue;
    if (decl.type.kind === "func") {
      functions.push(decl.name.name);
      const signature = definitionOf(locals, decl.type.typeIndex);
      if (signature?.kind === "func" && signature.async) asyncFunctions.push(decl.name.name);
    } else if (decl.type.kind === "type") {
      ("subResource" in decl.type.bound ? resources : types2).push(decl.name.name);
    }
  }
  return {
    functions,
    ...asyncFunctions.length > 0 ? { asyncFunctions } : {},
    resources,
    types: types2,
    typesOnly: functions.length === 0
  };
}
function resolveInstanceType(scope, typeIndex2, hops = 0) {
  const origin = scope.component.type[typeIndex2];
  if (!origin || hops > MAX_TYPE_HOPS) return void 0;
  return resolveInstanceOrigin(scope, origin, hops + 1);
}
var MAX_TYPE_HOPS = 1e3;
function resolveInstanceOrigin(scope, origin, hops) {
  switch (origin.via) {
    case "type":
      return origin.type.kind === "instance" ? origin.type : void 0;
    case "alias": {
      const { alias } = origin;
      if (alias.kind === "outer") {
        const target = scope.ancestor(alias.count);
        return target ? resolveInstanceType(target, alias.index, hops) : void 0;
      }
      if (alias.kind !== "export") return void 0;
      const exported = definedInstanceExports(scope, alias.instance)?.find(
        (e) => e.name === alias.name && isComponentSort(e.item, "type")
      );
      if (!exported) return void 0;
      return exported.type?.kind === "type" && "eq" in exported.type.bound ? resolveInstanceType(exported.scope, exported.type.bound.eq, hops) : resolveInstanceType(exported.scope, exported.item.index, hops);
    }
    case "import":
    case "export":
      if (origin.type?.kind === "type" && "eq" in origin.type.bound)
        return resolveInstanceType(scope, origin.type.bound.eq, hops);
      if (origin.via === "export" && !origin.type && origin.item && isComponentSort(origin.item, "type"))
        return resolveInstanceType(scope, origin.item.index, hops);
      return void 0;
    default:
      return void 0;
  }
}
function summarizeContents(contents) {
  if (!contents) return {};
  if (!("exports" in contents)) {
    const instanceType = resolveInstanceType(contents.scope, contents.typeIndex);
    return instanceType ? summarizeInstance(instanceType.decls) : {};
  }
  const funcs = contents.exports.filter((e) => isComponentSort(e.item, "func"));
  const functions = funcs.map((e) => e.name);
  const asyncFunctions = funcs.filter(isAsyncExport).map((e) => e.name);
  const types2 = contents.exports.filter((e) => isComponentSort(e.item, "type")).map((e) => e.name);
  return {
    functions,
    ...asyncFunctions.length > 0 ? { asyncFunctions } : {},
    types: types2,
    typesOnly: functions.length === 0
  };
}
function isAsyncExport(exp) {
  if (exp.type?.kind !== "func") return false;
  const origin = exp.scope.component.type[exp.type.typeIndex];
  return origin?.via === "type" && origin.type.kind === "func" && origin.type.async;
}
function inferExternType(scope, sort, index) {
  if (!isInstance(sort)) return void 0;
  const origin = scope.component.instance[index];
  if (origin?.via === "import" || origin?.via === "export") return origin.type;
  return void 0;
}

// src/inspect/load-component.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";

// src/errors.ts
var UserInputError = class extends Error {
  name = "UserInputError";
};

// src/byte-size.ts
var byteUnits = { "": 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 };
function parseByteSize(label3, value) {
  const match = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const bytes = match ? Number(match[1]) * byteUnits[match[2].toLowerCase()] : NaN;
  if (!Number.isSafeInteger(bytes) || bytes > 2 ** 32)
    throw new UserInputError(
      `${label3} takes a size in bytes such as 65536, 64K or 1M (at most 4G), not '${value}'`
    );
  return bytes;
}

// src/digest.ts
function withSha256(target, bytes) {
  let digest;
  return Object.defineProperty(target, "sha256", {
    enumerable: true,
    get: () => digest ??= process.getBuiltinModule("node:crypto").createHash("sha256").update(bytes).digest("hex")
  });
}

// src/escape.ts
var named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
function hex4(code) {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeControl(text) {
  return text.replace(unsafe, (c) => named[c] ?? hex4(c.charCodeAt(0))).replace(/[\ud800-\udfff]/g, (c, at, whole) => {
    const code = c.charCodeAt(0);
    const pairedHigh = code < 56320 && /[\udc00-\udfff]/.test(whole[at + 1] ?? "");
    const pairedLow = code >= 56320 && /[\ud800-\udbff]/.test(whole[at - 1] ?? "");
    return pairedHigh || pairedLow ? c : hex4(code);
  });
}

// src/inspect/load-component.ts
var DEFAULT_MAX_COMPONENT_SIZE = 2 ** 31;
async function readRegularFile(path, maxSize) {
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await file.stat();
    if (info.isDirectory())
      throw new UserInputError(`'${path}' is a directory; give the path of a component .wasm file`);
    if (!info.isFile())
      throw new UserInputError(
        `'${path}' is not a regular file (a device, FIFO or socket); give the path of a component .wasm file`
      );
    if (info.size > maxSize)
      throw new UserInputError(
        `'${path}' is ${info.size} bytes, over the ${maxSize}-byte limit for a component; raise WASI_VIRT_MAX_COMPONENT_SIZE if it is really one`
      );
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await file.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled !== bytes.length)
      throw new UserInputError(`'${path}' changed while it was read; read it again`);
    return bytes;
  } finally {
    await file.close();
  }
}
function maxComponentSize(env2) {
  const value = env2.WASI_VIRT_MAX_COMPONENT_SIZE;
  return value ? parseByteSize("WASI_VIRT_MAX_COMPONENT_SIZE", value) : DEFAULT_MAX_COMPONENT_SIZE;
}
var UNREADABLE = new Map(
  Object.entries({
    ENOENT: "does not exist; check the component path",
    EACCES: "is not readable (permission denied); make it readable or copy it",
    EISDIR: "is a directory; give the path of a component .wasm file",
    ENOTDIR: "names a directory inside something that is not one; check the component path",
    ENAMETOOLONG: "is longer than the system allows; give a shorter path",
    ELOOP: "goes through too many symbolic links; give the real path"
  })
);
async function loadComponentFile(path, maxSize = maxComponentSize(process.env)) {
  let bytes;
  try {
    bytes = await readRegularFile(path, maxSize);
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    const code = error.code;
    const why = code ? UNREADABLE.get(code) : void 0;
    throw new UserInputError(
      why ? `'${path}' ${why}` : `cannot read '${path}' (${code ?? error.message}); check the path and its permissions`
    );
  }
  return withSha256({ path, bytes, component: decodeComponent(path, bytes) }, bytes);
}
function decodeComponent(path, bytes) {
  let component2;
  try {
    component2 = readComponent(bytes);
  } catch (error) {
    if (error instanceof WasmDecodeError)
      throw new UserInputError(
        `'${path}' is not a valid component: ${escapeControl(error.message)}`
      );
    throw error;
  }
  checkNames(path, component2);
  return component2;
}
function checkNames(path, component2) {
  const described = describeComponent(component2);
  const members = (item) => [
    ...item.functions ?? [],
    ...item.resources ?? [],
    ...item.types ?? []
  ];
  const invalid = findInvalidName([
    ...component2.imports.map((imp, i) => ({
      what: "import",
      name: imp.name,
      members: members(described.imports[i] ?? {})
    })),
    ...component2.exports.map((exp, i) => ({
      what: "export",
      name: exp.name,
      members: members(described.exports[i] ?? {})
    }))
  ]);
  if (invalid)
    throw new UserInputError(
      `'${path}' is not a valid component: ${invalid.where} name '${escapeControl(invalid.name)}' is invalid: ${invalid.problem}`
    );
}

// src/verify/pattern.ts
var import_satisfies = __toESM(require_satisfies(), 1);
var import_valid = __toESM(require_valid(), 1);
var import_valid2 = __toESM(require_valid2(), 1);
function globToRegExp(glob) {
  const escaped = glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`, "s");
}
function parsePattern(text, source) {
  const trimmed = text.trim();
  const hash2 = trimmed.indexOf("#");
  const head = hash2 === -1 ? trimmed : trimmed.slice(0, hash2);
  const func = hash2 === -1 ? void 0 : trimmed.slice(hash2 + 1);
  const at = head.indexOf("@");
  const name = at === -1 ? head : head.slice(0, at);
  const range = at === -1 ? void 0 : head.slice(at + 1);
  const problem = (what) => {
    throw new UserInputError(`invalid import pattern '${text}' (from ${source}): ${what}`);
  };
  if (!name) problem("the interface part is empty; use * to match every import");
  if (/\s/.test(name)) problem("it contains whitespace");
  if (func !== void 0 && (!func || func.includes("@") || func.includes("#"))) {
    problem("the function after # must be a function name or glob, e.g. #get-environment");
  }
  if (range !== void 0 && (!range || (0, import_valid2.default)(range) === null)) {
    problem(`'${range}' is not a semver range (examples: 0.2.*, ^0.2.3, >=0.2.0 <0.3.0)`);
  }
  return {
    text: trimmed,
    source,
    name: globToRegExp(name),
    ...range !== void 0 ? { range } : {},
    ...func !== void 0 ? { func: globToRegExp(func) } : {}
  };
}
function matchesInterface(pattern, item) {
  const subject = item.interface?.id ?? item.name;
  if (!pattern.name.test(subject)) return false;
  if (pattern.range === void 0) return true;
  const version = item.interface?.version;
  return version !== void 0 && (0, import_valid.default)(version) !== null && (0, import_satisfies.default)(version, pattern.range, { includePrerelease: true });
}
function matchesFunction(pattern, func) {
  return pattern.func === void 0 || pattern.func.test(func);
}

// src/verify/check-imports.ts
function describeRule(pattern) {
  return `${pattern.source} '${pattern.text}'`;
}
function checkImports(items, rules2) {
  const imports = items.map((item) => ({ item, violations: checkImport(item, rules2) }));
  const violations = imports.flatMap((entry) => entry.violations);
  return { imports, violations, passed: violations.length === 0 };
}
function checkImport(item, rules2) {
  const deny = rules2.deny.filter((p) => matchesInterface(p, item));
  const allow = rules2.allow.filter((p) => matchesInterface(p, item));
  const violation = (reason, rule, func, unknown = false) => {
    const shown = item.implements !== void 0 && !item.name.startsWith("[implements=") ? `${item.name} (implements ${item.implements})` : item.name;
    const subject = func ? `${shown}#${func}` : shown;
    const because = unknown ? ": its functions could not be determined (the instance type cannot be resolved), so the rule rejects the whole import" : "";
    const message = reason === "denied" ? `import ${subject} is denied by ${rule}${because}` : `import ${subject} is not allowed: no --allow rule matches it (${rule})${because}`;
    return {
      import: item.name,
      ...func ? { function: func } : {},
      reason,
      rule,
      offset: item.offset,
      message
    };
  };
  const wholeDeny = deny.find((p) => p.func === void 0);
  if (wholeDeny) return [violation("denied", describeRule(wholeDeny))];
  if (item.functionsUnknown) {
    const funcDeny = deny.find((p) => p.func !== void 0);
    if (funcDeny) return [violation("denied", describeRule(funcDeny), void 0, true)];
    if (rules2.allow.length > 0 && !allow.some((p) => p.func === void 0)) {
      const allowList2 = `allow list: ${rules2.allow.map((p) => p.text).join(", ")}`;
      return [violation("not-allowed", allowList2, void 0, true)];
    }
    return [];
  }
  const functions = item.functions ?? [];
  const found = [];
  for (const func of functions) {
    const denied = deny.find((p) => matchesFunction(p, func));
    if (denied) found.push(violation("denied", describeRule(denied), func));
  }
  if (rules2.allow.length === 0) return found;
  const allowList = `allow list: ${rules2.allow.map((p) => p.text).join(", ")}`;
  if (allow.some((p) => p.func === void 0)) return found;
  if (functions.length === 0) {
    const typesOnlyAndNamed = item.typesOnly === true && allow.length > 0;
    return typesOnlyAndNamed ? found : [...found, violation("not-allowed", allowList)];
  }
  for (const func of functions) {
    const alreadyDenied = found.some((v) => v.function === func);
    if (!alreadyDenied && !allow.some((p) => matchesFunction(p, func))) {
      found.push(violation("not-allowed", allowList, func));
    }
  }
  return found;
}

// src/verify/import-rules.ts
function importRulesFrom(sources) {
  return {
    allow: sources.flatMap((s) => s.policy.allow.map((p) => parsePattern(p, s.allowLabel))),
    deny: sources.flatMap((s) => s.policy.deny.map((p) => parsePattern(p, s.denyLabel)))
  };
}

// src/policy/load-policy-file.ts
import { readFile } from "node:fs/promises";
import { extname } from "node:path";

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
function parseInstant(label3, text) {
  const instant = readInstant(text);
  if (typeof instant === "string")
    throw new UserInputError(`${label3} '${text}' is not an RFC 3339 instant: ${instant}`);
  return formatInstant(instant);
}
function instantOf(canonical) {
  const instant = readInstant(canonical);
  if (typeof instant === "string") throw new Error(`internal: '${canonical}' is not an instant`);
  return instant;
}
var U64_MAX = (1n << 64n) - 1n;
function parseSeed(label3, text) {
  const seed = /^[0-9]+$/.test(text) ? BigInt(text) : void 0;
  if (seed === void 0 || seed > U64_MAX)
    throw new UserInputError(
      `${label3} '${text}' must be an unsigned 64-bit integer in decimal (0 to ${U64_MAX})`
    );
  return seed.toString();
}

// src/policy/pattern-list.ts
function canonicalPatterns(label3, patterns, read, format) {
  if (patterns.length === 0) throw new UserInputError(`${label3}: no pattern in the list`);
  const canonical = patterns.map((text) => {
    const pattern = text.trim();
    if (pattern === "") throw new UserInputError(`${label3}: empty pattern in the list`);
    const rule = read(pattern);
    if (typeof rule === "string")
      throw new UserInputError(
        `${label3} pattern '${pattern.slice(0, 100)}' is not allowed: ${rule}`
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
  if (!name.split(".").every((label3) => LABEL.test(label3)))
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
var parseHttpPatterns = (label3, patterns) => canonicalPatterns(label3, patterns, readPattern, formatHttpRule);

// src/policy/ip-address.ts
var IPV4_PART = /^(0|[1-9][0-9]{0,2})$/;
var IPV6_GROUP = /^[0-9a-f]{1,4}$/;
function parseIpv4(text) {
  const parts2 = text.split(".");
  if (parts2.length !== 4 || !parts2.every((p) => IPV4_PART.test(p))) return void 0;
  const bytes = parts2.map(Number);
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
  const hex2 = (ws) => ws.map((w) => w.toString(16)).join(":");
  if (best.at < 0) return hex2(words);
  return `${hex2(words.slice(0, best.at))}::${hex2(words.slice(best.at + best.length))}`;
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
function parseSocketPatterns(label3, patterns) {
  const canonical = canonicalPatterns(label3, patterns, readPattern2, formatSocketRule);
  if (canonical.length > MAX_SOCKET_PATTERNS)
    throw new UserInputError(
      `${label3}: ${canonical.length} patterns, more than ${MAX_SOCKET_PATTERNS}: join addresses into blocks (10.0.0.0/8) or ports into ranges (8000-8999)`
    );
  return canonical;
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
function hostPolicy() {
  return {
    env: vars("all"),
    config: vars("all"),
    access: everySubsystem("allow"),
    stdio: everyStream("allow"),
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

// src/policy/patch-values.ts
function parseBoolean(label3, value, alternative = "") {
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UserInputError(`${label3} takes true or false${alternative}, not '${value}'`);
}
function parseNames(label3, value) {
  const list = value.split(",").map((n) => n.trim());
  if (list.some((n) => n === ""))
    throw new UserInputError(`${label3}=${value}: empty name in the list`);
  return list;
}
function parsePair(label3, value, example) {
  const eq = value.indexOf("=");
  if (eq <= 0)
    throw new UserInputError(`${label3} '${value}' must be KEY=VALUE (for example ${example})`);
  return [value.slice(0, eq), value.slice(eq + 1)];
}
function parseStdioMode(label3, value, alternative = "") {
  if (!stdioModes.includes(value))
    throw new UserInputError(
      `${label3} takes ${stdioModes.join(", ")}${alternative}, not '${value}'`
    );
  return value;
}
function parseGuestAssignment(label3, value, example) {
  const eq = value.indexOf("=");
  const guest = value.slice(0, eq);
  if (eq <= 0 || !guest.startsWith("/") || eq === value.length - 1)
    throw new UserInputError(`${label3} '${value}' must be ${example}`);
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
  text: (label3, texts) => parseBoolean(label3, only(label3, texts)),
  data: (key, value) => typeof value === "boolean" ? value : fail(key, "true or false")
};
var stdioModeValue = {
  placeholder: "<mode>",
  shape: stdioModes.map((m) => `\`${m}\``).join(", "),
  text: (label3, texts) => parseStdioMode(label3, only(label3, texts)),
  data: (key, value) => typeof value === "string" && stdioModes.includes(value) ? value : fail(key, `one of ${stdioModes.join(", ")}`)
};
var hostValuesValue = {
  placeholder: "<names>",
  shape: "`true` (every host value), `false` (none) or `A,B`",
  text(label3, texts) {
    const value = only(label3, texts);
    if (value === "true") return "all";
    if (value === "false") return "none";
    return parseNames(label3, value);
  },
  data(key, value) {
    if (typeof value === "boolean") return value ? "all" : "none";
    return strings(key, value);
  }
};
var namesValue = {
  placeholder: "<names>",
  shape: "`A,B`",
  text: (label3, texts) => parseNames(label3, only(label3, texts)),
  data: strings
};
var pairsValue = {
  placeholder: "<KEY=VALUE>",
  shape: "`K=V`, one a line (a line may hold `A=1,B=2`)",
  text(label3, texts) {
    const result = {};
    for (const text of texts) {
      const pieces = text.split(",");
      for (const piece of pieces.every((p) => p.includes("=")) ? pieces : [text]) {
        const [key, value] = parsePair(label3, piece, "GREETING=hello");
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
  text: (label3, texts) => parseByteSize(label3, only(label3, texts)),
  data: (key, value) => typeof value === "number" || typeof value === "bigint" || typeof value === "string" ? parseByteSize(`'${key}'`, String(value)) : fail(key, 'a size in bytes such as 65536 or "64K"')
};
var guestPathsValue = (shape, example) => ({
  placeholder: `<${shape.toLowerCase().replace(/^\//, "")}>`,
  shape: `\`${shape}\`, one a line`,
  text: (label3, texts) => texts.map((text) => {
    const { guest, rest } = parseGuestAssignment(
      label3,
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
  text: (label3, texts) => parseInstant(label3, only(label3, texts)),
  data(key, value) {
    if (value instanceof Date && !Number.isNaN(value.getTime()) && !isLocalTomlDate(value))
      return parseInstant(`'${key}'`, Date.prototype.toISOString.call(value));
    return typeof value === "string" ? parseInstant(`'${key}'`, value) : fail(key, 'an RFC 3339 instant such as "2024-05-01T12:00:00Z"');
  }
};
var seedValue = {
  placeholder: "<u64>",
  shape: "an unsigned 64-bit integer: `42`",
  text: (label3, texts) => parseSeed(label3, only(label3, texts)),
  data: (key, value) => typeof value === "number" && Number.isSafeInteger(value) || typeof value === "bigint" || typeof value === "string" ? parseSeed(`'${key}'`, String(value)) : fail(key, "an unsigned 64-bit integer such as 42 (quoted above 2^53)")
};
var patternAccessValue = (parse2, shape) => ({
  placeholder: "<patterns>",
  shape,
  text(label3, texts) {
    const value = only(label3, texts);
    if (value === "true" || value === "false") return value === "true";
    return parse2(label3, value.split(","));
  },
  data(key, value) {
    if (typeof value === "boolean") return value;
    return parse2(`'${key}'`, strings(key, value));
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
function writableGuest(label3, guest, example) {
  const parts2 = guest.split("/").filter((p) => p !== "" && p !== ".");
  if (!guest.startsWith("/") || parts2.includes("..") || parts2.length === 0)
    throw new UserInputError(
      `${label3} '${guest}' must be an absolute guest directory other than / without '..' (for example ${example})`
    );
  return `/${parts2.join("/")}`;
}
var writableValue = {
  placeholder: "<guest[=size]>",
  shape: "`/GUEST` or `/GUEST=SIZE` (`/tmp=64M`), one a line",
  text: (label3, texts) => texts.map((text) => {
    const eq = text.indexOf("=");
    const guest = writableGuest(label3, eq < 0 ? text : text.slice(0, eq), "/tmp=64M");
    const size = eq < 0 ? DEFAULT_WRITABLE_SIZE : parseByteSize(`${label3} ${guest}`, text.slice(eq + 1));
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
  text(label3, texts) {
    const value = only(label3, texts);
    if (value === "true" || value === "false") return value === "true" && DEFAULT_WRITABLE_SIZE;
    return parseByteSize(label3, value);
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
  const set = (patch, vars3) => {
    patch[kind] = { ...patch[kind], ...vars3 };
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
    (patch, rules2) => patch.socketRules = rules2
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
var policyOption = (name) => POLICY_OPTIONS.find((o) => o.name === name);

// src/policy/read-options.ts
function checkExclusions(given, label3) {
  for (const option2 of given) {
    const other = given.find((o) => o.name === option2.excludes);
    const why = option2.excludesWhy ? `: ${option2.excludesWhy}` : "";
    if (other)
      throw new UserInputError(`${label3(option2)} and ${label3(other)} cannot be combined${why}`);
  }
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

// src/policy/load-policy-file.ts
var yaml = async () => (await Promise.resolve().then(() => __toESM(require_dist(), 1))).parse;
var parsers = {
  ".toml": async () => (await Promise.resolve().then(() => (init_dist(), dist_exports))).parse,
  ".json": async () => JSON.parse,
  ".yaml": yaml,
  ".yml": yaml
};
async function loadPolicyFile(path) {
  const loadParser = parsers[extname(path).toLowerCase()];
  if (!loadParser) {
    throw new UserInputError(`policy file '${path}' must end in .toml, .json, .yaml or .yml`);
  }
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UserInputError(
      `cannot read policy file '${path}': ${error.code ?? String(error)}`
    );
  }
  const parser = await loadParser();
  let data;
  try {
    data = parser(text);
  } catch (error) {
    const detail = error.message.split("\n")[0];
    throw new UserInputError(
      `policy file '${path}' is not valid ${extname(path).slice(1).toUpperCase()}: ${detail}`
    );
  }
  return patchFromData(data, path);
}

// src/policy/policy-data.ts
var pathTables = [
  ["mounts", "mounts"],
  ["preopens", "preopens"],
  ["host-files", "hostFiles"]
];
function varsToData(vars3) {
  const table = {};
  if (vars3.mode === "all" || vars3.mode === "none") table.allow = vars3.mode === "all";
  else table[vars3.mode] = vars3.names;
  if (Object.keys(vars3.overrides).length > 0) table.set = vars3.overrides;
  return table;
}
function policyToData(policy) {
  const data = {};
  for (const subsystem of subsystems)
    data[`allow-${subsystem}`] = policy.access[subsystem] === "allow";
  if (policy.httpHosts && policy.access.http === "allow") data["allow-http"] = policy.httpHosts;
  if (policy.socketRules && policy.access.sockets === "allow")
    data["allow-sockets"] = policy.socketRules;
  for (const stream of stdioStreams) data[stream] = policy.stdio[stream];
  if (policy.hideTerminals) data["hide-terminals"] = true;
  if (policy.wasiVersion) data["wasi-version"] = policy.wasiVersion;
  if (policy.passiveCutoff !== void 0) data["passive-cutoff"] = policy.passiveCutoff;
  if (policy.debug) data.debug = true;
  if (policy.fixedTime !== void 0) data["fixed-time"] = policy.fixedTime;
  if (policy.randomSeed !== void 0)
    data["random-seed"] = Number.isSafeInteger(Number(policy.randomSeed)) ? Number(policy.randomSeed) : policy.randomSeed;
  data.env = {
    ...varsToData(policy.env),
    ...policy.args ? { args: policy.args } : {},
    ...policy.cwd !== void 0 ? { cwd: policy.cwd } : {}
  };
  data.config = varsToData(policy.config);
  if (policy.imports.allow.length > 0 || policy.imports.deny.length > 0)
    data.imports = { ...policy.imports };
  for (const [key, field] of pathTables) {
    if (policy[field].length > 0)
      data[key] = Object.fromEntries(policy[field].map((m) => [m.guest, m.host]));
  }
  if (policy.overlay !== void 0) data.overlay = policy.overlay;
  if (policy.writable.length > 0)
    data.writable = Object.fromEntries(policy.writable.map((w) => [w.guest, w.size]));
  return data;
}

// src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "wasi-virt";
var INFORMATION_URI = "https://github.com/wasi-virt-action/wasi-virt-action";

// src/report/render-json.ts
function componentBody(report) {
  const { result } = report;
  return {
    component: { path: report.component, size: report.size, sha256: report.sha256 },
    passed: result.passed,
    rules: report.rules,
    imports: result.imports.map(({ item, violations }) => ({
      name: item.name,
      kind: item.kind,
      ...item.functions ? { functions: item.functions } : {},
      verdict: violations.length === 0 ? "pass" : "fail"
    })),
    violations: result.violations
  };
}
var tool = { name: TOOL_NAME, version: VERSION };
var json = (value) => JSON.stringify(value, null, 2) + "\n";
function renderCheckJson(report) {
  return json({ tool, ...componentBody(report) });
}
function renderChecksJson(reports) {
  return json({
    tool,
    passed: reports.every((r) => r.result.passed),
    components: reports.map(componentBody)
  });
}

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var PRODUCTIONS = ["name", "ncName", "qName", "nmToken", "nmTokens"];
var createValidator = (production, { xmlVersion = "1.0", asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`
    );
  }
  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache2 = /* @__PURE__ */ new Map();
  const validator = (str) => {
    const cached2 = cache2.get(str);
    if (cached2 !== void 0) return cached2;
    const result = regex.test(str);
    if (cache2.size < maxCacheSize) cache2.set(str, result);
    return result;
  };
  validator.reset = () => {
    cache2 = /* @__PURE__ */ new Map();
  };
  return validator;
};

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep2 = separator || this.separator;
    const isDefault = sep2 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/fast-xml-builder/src/util.js
function valToStr(val) {
  return typeof val === "number" && Object.is(val, -0) ? "-0" : String(val);
}
function safeComment(val) {
  return valToStr(val).replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
}
function safeCdata(val) {
  return valToStr(val).replace(/\]\]>/g, "]]]]><![CDATA[>");
}
function escapeAttribute(val) {
  return valToStr(val).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function resolveName(name, isAttribute2, options, matcher, validator) {
  if (!options.sanitizeName) return name;
  const isPI = !isAttribute2 && name[0] === "?";
  const bare2 = isPI ? name.slice(1) : name;
  if (validator(bare2)) return name;
  const result = options.sanitizeName(bare2, { isAttribute: isAttribute2, matcher: matcher.readOnly() });
  if (typeof result !== "string" || !validator(result)) {
    throw new Error(`sanitizeName returned an invalid XML name for "${bare2}"`);
  }
  return isPI ? "?" + result : result;
}

// node_modules/fast-xml-builder/src/orderedJs2Xml.js
var EOL = "\n";
function detectXmlVersionFromArray(jArray, options) {
  if (!Array.isArray(jArray) || jArray.length === 0) return "1.0";
  const first = jArray[0];
  const firstKey = propName(first);
  if (firstKey === "?xml") {
    const attrs = first[":@"];
    if (attrs) {
      const versionKey = options.attributeNamePrefix + "version";
      if (attrs[versionKey]) return attrs[versionKey];
    }
  }
  return "1.0";
}
function toXml(jArray, options) {
  let indentation = "";
  if (options.format) {
    indentation = EOL;
  }
  const stopNodeExpressions = [];
  if (options.stopNodes && Array.isArray(options.stopNodes)) {
    for (let i = 0; i < options.stopNodes.length; i++) {
      const node = options.stopNodes[i];
      if (typeof node === "string") {
        stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        stopNodeExpressions.push(node);
      }
    }
  }
  const xmlVersion = detectXmlVersionFromArray(jArray, options);
  const qNameValidator = createValidator("qName", { xmlVersion });
  const matcher = new Matcher();
  return arrToStr(jArray, options, indentation, matcher, stopNodeExpressions, qNameValidator);
}
function arrToStr(arr, options, indentation, matcher, stopNodeExpressions, qNameValidator) {
  let xmlStr = "";
  let isPreviousElementTag = false;
  if (options.maxNestedTags && matcher.getDepth() > options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      let text = valToStr(arr);
      text = replaceEntitiesValue(text, options);
      return text;
    }
    return "";
  }
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const rawTagName = propName(tagObj);
    if (rawTagName === void 0) continue;
    const isSpecialName = rawTagName === options.textNodeName || rawTagName === options.cdataPropName || rawTagName === options.commentPropName;
    const tagName = isSpecialName ? rawTagName : resolveName(rawTagName, false, options, matcher, qNameValidator);
    const attrValues = extractAttributeValues(tagObj[":@"], options);
    matcher.push(tagName, attrValues);
    const isStopNode = checkStopNode(matcher, stopNodeExpressions);
    if (tagName === options.textNodeName) {
      let tagText = tagObj[rawTagName];
      if (!isStopNode) {
        tagText = options.tagValueProcessor(tagName, tagText);
        tagText = replaceEntitiesValue(tagText, options);
      }
      tagText = valToStr(tagText);
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      xmlStr += tagText;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.cdataPropName) {
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeCdata(val);
      xmlStr += `<![CDATA[${safeVal}]]>`;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.commentPropName) {
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeComment(val);
      xmlStr += indentation + `<!--${safeVal}-->`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    } else if (tagName[0] === "?") {
      const attStr2 = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
      const tempInd = tagName === "?xml" ? "" : indentation;
      xmlStr += tempInd + `<${tagName}${attStr2}?>`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    }
    let newIdentation = indentation;
    if (newIdentation !== "") {
      newIdentation += options.indentBy;
    }
    const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
    const tagStart = indentation + `<${tagName}${attStr}`;
    let tagValue;
    if (isStopNode) {
      tagValue = getRawContent(tagObj[rawTagName], options, matcher.getDepth());
    } else {
      tagValue = arrToStr(tagObj[rawTagName], options, newIdentation, matcher, stopNodeExpressions, qNameValidator);
    }
    if (options.unpairedTags.indexOf(tagName) !== -1) {
      if (options.suppressUnpairedNode) xmlStr += tagStart + ">";
      else xmlStr += tagStart + "/>";
    } else if ((!tagValue || tagValue.length === 0) && options.suppressEmptyNode) {
      xmlStr += tagStart + "/>";
    } else if (tagValue && tagValue.endsWith(">")) {
      xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>`;
    } else {
      xmlStr += tagStart + ">";
      if (tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</"))) {
        xmlStr += indentation + options.indentBy + tagValue + indentation;
      } else {
        xmlStr += tagValue;
      }
      xmlStr += `</${tagName}>`;
    }
    isPreviousElementTag = true;
    matcher.pop();
  }
  return xmlStr;
}
function extractAttributeValues(attrMap, options) {
  if (!attrMap || options.ignoreAttributes) return null;
  const attrValues = {};
  let hasAttrs = false;
  for (let attr in attrMap) {
    if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
    const cleanAttrName = attr.startsWith(options.attributeNamePrefix) ? attr.substr(options.attributeNamePrefix.length) : attr;
    attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]);
    hasAttrs = true;
  }
  return hasAttrs ? attrValues : null;
}
function getRawContent(arr, options, depth = 0) {
  if (options.maxNestedTags && depth > options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      return valToStr(arr);
    }
    return "";
  }
  let content = "";
  for (let i = 0; i < arr.length; i++) {
    const item = arr[i];
    const tagName = propName(item);
    if (tagName === options.textNodeName) {
      content += valToStr(item[tagName]);
    } else if (tagName === options.cdataPropName) {
      content += item[tagName][0][options.textNodeName];
    } else if (tagName === options.commentPropName) {
      content += item[tagName][0][options.textNodeName];
    } else if (tagName && tagName[0] === "?") {
      continue;
    } else if (tagName) {
      const attStr = attr_to_str_raw(item[":@"], options);
      const nestedContent = getRawContent(item[tagName], options, depth + 1);
      if (!nestedContent || nestedContent.length === 0) {
        content += `<${tagName}${attStr}/>`;
      } else {
        content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
      }
    }
  }
  return content;
}
function attr_to_str_raw(attrMap, options) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      let attrVal = attrMap[attr];
      if (attrVal === true && options.suppressBooleanAttributes) {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}`;
      } else {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (key !== ":@") return key;
  }
}
function attr_to_str(attrMap, options, isStopNode, matcher, qNameValidator) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      const cleanAttrName = attr.substr(options.attributeNamePrefix.length);
      const resolvedAttrName = isStopNode ? cleanAttrName : resolveName(cleanAttrName, true, options, matcher, qNameValidator);
      let attrVal;
      if (isStopNode) {
        attrVal = attrMap[attr];
      } else {
        attrVal = options.attributeValueProcessor(attr, attrMap[attr]);
        attrVal = replaceEntitiesValue(attrVal, options);
      }
      if (attrVal === true && options.suppressBooleanAttributes) {
        attrStr += ` ${resolvedAttrName}`;
      } else {
        attrStr += ` ${resolvedAttrName}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function checkStopNode(matcher, stopNodeExpressions) {
  if (!stopNodeExpressions || stopNodeExpressions.length === 0) return false;
  for (let i = 0; i < stopNodeExpressions.length; i++) {
    if (matcher.matches(stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
}
function replaceEntitiesValue(textValue, options) {
  if (textValue && textValue.length > 0 && options.processEntities) {
    for (let i = 0; i < options.entities.length; i++) {
      const entity = options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
}

// node_modules/fast-xml-builder/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/fast-xml-builder/src/fxb.js
var defaultOptions = {
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  cdataPropName: false,
  format: false,
  indentBy: "  ",
  suppressEmptyNode: false,
  suppressUnpairedNode: true,
  suppressBooleanAttributes: true,
  tagValueProcessor: function(key, a) {
    return a;
  },
  attributeValueProcessor: function(attrName, a) {
    return a;
  },
  preserveOrder: false,
  commentPropName: false,
  unpairedTags: [],
  entities: [
    { regex: new RegExp("&", "g"), val: "&amp;" },
    //it must be on top
    { regex: new RegExp(">", "g"), val: "&gt;" },
    { regex: new RegExp("<", "g"), val: "&lt;" },
    { regex: new RegExp("'", "g"), val: "&apos;" },
    { regex: new RegExp('"', "g"), val: "&quot;" }
  ],
  processEntities: true,
  stopNodes: [],
  // transformTagName: false,
  // transformAttributeName: false,
  oneListGroup: false,
  maxNestedTags: 100,
  jPath: true,
  // When true, callbacks receive string jPath; when false, receive Matcher instance
  sanitizeName: false
  // false = allow all names as-is (default, backward-compatible).
  // Set to a function (name, { isAttribute, matcher }) => string to
  // validate/sanitize tag and attribute names. Throw inside the function
  // to reject an invalid name.
};
function Builder(options) {
  this.options = Object.assign({}, defaultOptions, options);
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    this.options.stopNodes = this.options.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  this.stopNodeExpressions = [];
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    for (let i = 0; i < this.options.stopNodes.length; i++) {
      const node = this.options.stopNodes[i];
      if (typeof node === "string") {
        this.stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        this.stopNodeExpressions.push(node);
      }
    }
  }
  if (this.options.ignoreAttributes === true || this.options.attributesGroupName) {
    this.isAttribute = function() {
      return false;
    };
  } else {
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.attrPrefixLen = this.options.attributeNamePrefix.length;
    this.isAttribute = isAttribute;
  }
  this.processTextOrObjNode = processTextOrObjNode;
  if (this.options.format) {
    this.indentate = indentate;
    this.tagEndChar = ">\n";
    this.newLine = "\n";
  } else {
    this.indentate = function() {
      return "";
    };
    this.tagEndChar = ">";
    this.newLine = "";
  }
}
function detectXmlVersionFromObj(jObj, options) {
  const decl = jObj["?xml"];
  if (decl && typeof decl === "object") {
    if (options.attributesGroupName && decl[options.attributesGroupName]) {
      const v2 = decl[options.attributesGroupName][options.attributeNamePrefix + "version"];
      if (v2) return v2;
    }
    const v = decl[options.attributeNamePrefix + "version"];
    if (v) return v;
  }
  return "1.0";
}
Builder.prototype.build = function(jObj) {
  if (this.options.preserveOrder) {
    return toXml(jObj, this.options);
  } else {
    if (Array.isArray(jObj) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1) {
      jObj = {
        [this.options.arrayNodeName]: jObj
      };
    }
    const matcher = new Matcher();
    const xmlVersion = detectXmlVersionFromObj(jObj, this.options);
    const qNameValidator = createValidator("qName", { xmlVersion });
    return this.j2x(jObj, 0, matcher, qNameValidator).val;
  }
};
Builder.prototype.j2x = function(jObj, level, matcher, qNameValidator) {
  let attrStr = "";
  let val = "";
  if (this.options.maxNestedTags && matcher.getDepth() >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  const jPath = this.options.jPath ? matcher.toString() : matcher;
  const isCurrentStopNode = this.checkStopNode(matcher);
  for (let key in jObj) {
    if (!Object.prototype.hasOwnProperty.call(jObj, key)) continue;
    const isSpecialKey = key === this.options.textNodeName || key === this.options.cdataPropName || key === this.options.commentPropName || this.options.attributesGroupName && key === this.options.attributesGroupName || this.isAttribute(key);
    const resolvedKey = isSpecialKey ? key : resolveName(key, false, this.options, matcher, qNameValidator);
    if (typeof jObj[key] === "undefined") {
      if (this.isAttribute(key)) {
        val += "";
      }
    } else if (jObj[key] === null) {
      if (this.isAttribute(key)) {
        val += "";
      } else if (resolvedKey === this.options.cdataPropName || resolvedKey === this.options.commentPropName) {
        val += "";
      } else if (resolvedKey[0] === "?") {
        val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
      } else {
        val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
      }
    } else if (jObj[key] instanceof Date) {
      val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
    } else if (typeof jObj[key] !== "object") {
      const attr = this.isAttribute(key);
      if (attr && !this.ignoreAttributesFn(attr, jPath)) {
        const resolvedAttr = resolveName(attr, true, this.options, matcher, qNameValidator);
        attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key]), isCurrentStopNode);
      } else if (!attr) {
        if (key === this.options.textNodeName) {
          let newval = this.options.tagValueProcessor(key, valToStr(jObj[key]));
          val += this.replaceEntitiesValue(newval);
        } else {
          matcher.push(resolvedKey);
          const isStopNode = this.checkStopNode(matcher);
          matcher.pop();
          if (isStopNode) {
            const textValue = valToStr(jObj[key]);
            if (textValue === "") {
              val += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
            } else {
              val += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
            }
          } else {
            val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
          }
        }
      }
    } else if (Array.isArray(jObj[key])) {
      const arrLen = jObj[key].length;
      let listTagVal = "";
      let listTagAttr = "";
      for (let j = 0; j < arrLen; j++) {
        const item = jObj[key][j];
        if (typeof item === "undefined") {
        } else if (item === null) {
          if (resolvedKey[0] === "?") val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
          else val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
        } else if (typeof item === "object") {
          if (this.options.oneListGroup) {
            matcher.push(resolvedKey);
            const result = this.j2x(item, level + 1, matcher, qNameValidator);
            matcher.pop();
            listTagVal += result.val;
            if (this.options.attributesGroupName && item.hasOwnProperty(this.options.attributesGroupName)) {
              listTagAttr += result.attrStr;
            }
          } else {
            listTagVal += this.processTextOrObjNode(item, resolvedKey, level, matcher, qNameValidator);
          }
        } else {
          if (this.options.oneListGroup) {
            let textValue = this.options.tagValueProcessor(resolvedKey, item);
            textValue = this.replaceEntitiesValue(textValue);
            textValue = valToStr(textValue);
            listTagVal += textValue;
          } else {
            matcher.push(resolvedKey);
            const isStopNode = this.checkStopNode(matcher);
            matcher.pop();
            if (isStopNode) {
              const textValue = valToStr(item);
              if (textValue === "") {
                listTagVal += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
              } else {
                listTagVal += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
              }
            } else {
              listTagVal += this.buildTextValNode(item, resolvedKey, "", level, matcher);
            }
          }
        }
      }
      if (this.options.oneListGroup) {
        listTagVal = this.buildObjectNode(listTagVal, resolvedKey, listTagAttr, level);
      }
      val += listTagVal;
    } else {
      if (this.options.attributesGroupName && key === this.options.attributesGroupName) {
        const Ks = Object.keys(jObj[key]);
        const L = Ks.length;
        for (let j = 0; j < L; j++) {
          const resolvedAttr = resolveName(Ks[j], true, this.options, matcher, qNameValidator);
          attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key][Ks[j]]), isCurrentStopNode);
        }
      } else {
        val += this.processTextOrObjNode(jObj[key], resolvedKey, level, matcher, qNameValidator);
      }
    }
  }
  return { attrStr, val };
};
Builder.prototype.buildAttrPairStr = function(attrName, val, isStopNode) {
  if (!isStopNode) {
    val = this.options.attributeValueProcessor(attrName, valToStr(val));
    val = this.replaceEntitiesValue(val);
  }
  if (this.options.suppressBooleanAttributes && val === "true") {
    return " " + attrName;
  } else return " " + attrName + '="' + escapeAttribute(val) + '"';
};
function processTextOrObjNode(object, key, level, matcher, qNameValidator) {
  const attrValues = this.extractAttributes(object);
  matcher.push(key, attrValues);
  const isStopNode = this.checkStopNode(matcher);
  if (isStopNode) {
    const rawContent = this.buildRawContent(object, matcher.getDepth());
    const attrStr = this.buildAttributesForStopNode(object);
    matcher.pop();
    return this.buildObjectNode(rawContent, key, attrStr, level);
  }
  const result = this.j2x(object, level + 1, matcher, qNameValidator);
  matcher.pop();
  if (key[0] === "?") {
    return this.buildTextValNode("", key, result.attrStr, level, matcher);
  } else if (object[this.options.textNodeName] !== void 0 && Object.keys(object).length === 1) {
    return this.buildTextValNode(object[this.options.textNodeName], key, result.attrStr, level, matcher);
  } else {
    return this.buildObjectNode(result.val, key, result.attrStr, level);
  }
}
Builder.prototype.extractAttributes = function(obj) {
  if (!obj || typeof obj !== "object") return null;
  const attrValues = {};
  let hasAttrs = false;
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
      attrValues[cleanKey] = escapeAttribute(attrGroup[attrKey]);
      hasAttrs = true;
    }
  } else {
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        attrValues[attr] = escapeAttribute(obj[key]);
        hasAttrs = true;
      }
    }
  }
  return hasAttrs ? attrValues : null;
};
Builder.prototype.buildRawContent = function(obj, depth = 0) {
  if (this.options.maxNestedTags && depth >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (typeof obj === "string") {
    return obj;
  }
  if (typeof obj !== "object" || obj === null) {
    return String(obj);
  }
  if (obj[this.options.textNodeName] !== void 0) {
    return obj[this.options.textNodeName];
  }
  let content = "";
  for (let key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (this.isAttribute(key)) continue;
    if (this.options.attributesGroupName && key === this.options.attributesGroupName) continue;
    const value = obj[key];
    if (key === this.options.textNodeName) {
      content += value;
    } else if (Array.isArray(value)) {
      for (let item of value) {
        if (typeof item === "string" || typeof item === "number") {
          content += `<${key}>${item}</${key}>`;
        } else if (typeof item === "object" && item !== null) {
          const nestedContent = this.buildRawContent(item, depth + 1);
          const nestedAttrs = this.buildAttributesForStopNode(item);
          if (nestedContent === "") {
            content += `<${key}${nestedAttrs}/>`;
          } else {
            content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
          }
        }
      }
    } else if (typeof value === "object" && value !== null) {
      const nestedContent = this.buildRawContent(value, depth + 1);
      const nestedAttrs = this.buildAttributesForStopNode(value);
      if (nestedContent === "") {
        content += `<${key}${nestedAttrs}/>`;
      } else {
        content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
      }
    } else {
      content += `<${key}>${value}</${key}>`;
    }
  }
  return content;
};
Builder.prototype.buildAttributesForStopNode = function(obj) {
  if (!obj || typeof obj !== "object") return "";
  let attrStr = "";
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
      const val = attrGroup[attrKey];
      if (val === true && this.options.suppressBooleanAttributes) {
        attrStr += " " + cleanKey;
      } else {
        attrStr += " " + cleanKey + '="' + escapeAttribute(val) + '"';
      }
    }
  } else {
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        const val = obj[key];
        if (val === true && this.options.suppressBooleanAttributes) {
          attrStr += " " + attr;
        } else {
          attrStr += " " + attr + '="' + escapeAttribute(val) + '"';
        }
      }
    }
  }
  return attrStr;
};
Builder.prototype.buildObjectNode = function(val, key, attrStr, level) {
  if (val === "") {
    if (key[0] === "?") return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
    else {
      return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
    }
  } else if (key[0] === "?") {
    return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
  } else {
    let tagEndExp = "</" + key + this.tagEndChar;
    let piClosingChar = "";
    if (key[0] === "?") {
      piClosingChar = "?";
      tagEndExp = "";
    }
    if ((attrStr || attrStr === "") && val.indexOf("<") === -1) {
      return this.indentate(level) + "<" + key + attrStr + piClosingChar + ">" + val + tagEndExp;
    } else if (this.options.commentPropName !== false && key === this.options.commentPropName && piClosingChar.length === 0) {
      return this.indentate(level) + `<!--${safeComment(val)}-->` + this.newLine;
    } else {
      return this.indentate(level) + "<" + key + attrStr + piClosingChar + this.tagEndChar + val + this.indentate(level) + tagEndExp;
    }
  }
};
Builder.prototype.closeTag = function(key) {
  let closeTag = "";
  if (this.options.unpairedTags.indexOf(key) !== -1) {
    if (!this.options.suppressUnpairedNode) closeTag = "/";
  } else if (this.options.suppressEmptyNode) {
    closeTag = "/";
  } else {
    closeTag = `></${key}`;
  }
  return closeTag;
};
Builder.prototype.checkStopNode = function(matcher) {
  if (!this.stopNodeExpressions || this.stopNodeExpressions.length === 0) return false;
  for (let i = 0; i < this.stopNodeExpressions.length; i++) {
    if (matcher.matches(this.stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
};
Builder.prototype.buildTextValNode = function(val, key, attrStr, level, matcher) {
  if (this.options.cdataPropName !== false && key === this.options.cdataPropName) {
    const safeVal = safeCdata(val);
    return this.indentate(level) + `<![CDATA[${safeVal}]]>` + this.newLine;
  } else if (this.options.commentPropName !== false && key === this.options.commentPropName) {
    const safeVal = safeComment(val);
    return this.indentate(level) + `<!--${safeVal}-->` + this.newLine;
  } else if (key[0] === "?") {
    return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
  } else {
    let textValue = this.options.tagValueProcessor(key, val);
    textValue = this.replaceEntitiesValue(textValue);
    textValue = valToStr(textValue);
    if (textValue === "") {
      return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
    } else {
      return this.indentate(level) + "<" + key + attrStr + ">" + textValue + "</" + key + this.tagEndChar;
    }
  }
};
Builder.prototype.replaceEntitiesValue = function(textValue) {
  if (textValue && textValue.length > 0 && this.options.processEntities) {
    for (let i = 0; i < this.options.entities.length; i++) {
      const entity = this.options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
};
function indentate(level) {
  return this.options.indentBy.repeat(level);
}
function isAttribute(name) {
  if (name.startsWith(this.options.attributeNamePrefix) && name !== this.options.textNodeName) {
    return name.substr(this.attrPrefixLen);
  } else {
    return false;
  }
}

// node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js
var json2xml_default = Builder;

// src/report/render-junit.ts
var builder = new json2xml_default({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  format: true,
  suppressEmptyNode: true
});
function suite(report) {
  const { imports, violations } = report.result;
  const component2 = escapeControl(report.component);
  const failures = imports.filter((c) => c.violations.length > 0).length;
  const testcases = imports.length === 0 ? [{ "@classname": component2, "@name": "imports nothing" }] : imports.map(({ item, violations: found }) => ({
    "@classname": component2,
    "@name": escapeControl(item.name),
    ...found.length > 0 ? {
      failure: {
        "@message": found.map((v) => escapeControl(v.message)).join("; "),
        "@type": "ImportPolicyViolation",
        "#text": found.map((v) => escapeControl(v.message)).join("\n")
      }
    } : {}
  }));
  const tests = testcases.length;
  return {
    tests,
    failures,
    xml: {
      "@name": `wasi-virt check ${component2}`,
      "@tests": tests,
      "@failures": failures,
      "@errors": 0,
      "@skipped": 0,
      testcase: testcases,
      "system-out": `${imports.length} import(s), ${violations.length} violation(s)`
    }
  };
}
function renderChecksJunit(reports) {
  const suites = reports.map(suite);
  const xml = builder.build({
    testsuites: {
      "@name": "wasi-virt check",
      "@tests": suites.reduce((n, s) => n + s.tests, 0),
      "@failures": suites.reduce((n, s) => n + s.failures, 0),
      "@errors": 0,
      testsuite: suites.length === 1 ? suites[0].xml : suites.map((s) => s.xml)
    }
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
${xml}`;
}

// src/report/render-sarif.ts
import { createHash } from "node:crypto";
import { relative, sep } from "node:path";
var rules = {
  denied: {
    id: "WVA001",
    name: "DeniedImport",
    shortDescription: { text: "The component imports an interface or function the policy denies." },
    fullDescription: {
      text: "A deny rule matched one of the component imports. Virtualize or remove the capability, or change the rule if the import is intended."
    },
    help: {
      text: "Run `wasi-virt imports <component>` to see what the component imports and which functions each import carries."
    },
    defaultConfiguration: { level: "error" }
  },
  "not-allowed": {
    id: "WVA002",
    name: "ImportNotAllowed",
    shortDescription: { text: "The component imports something no allow rule covers." },
    fullDescription: {
      text: "Allow rules are in force and none matched this import. Virtualize or remove the capability, or add an allow rule for it."
    },
    help: {
      text: "Run `wasi-virt imports <component>` to see what the component imports and which functions each import carries."
    },
    defaultConfiguration: { level: "error" }
  }
};
function artifactUri(path) {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith("..") ? path : rel).split(sep).join("/");
}
function results(report, index) {
  const uri = artifactUri(report.component);
  return report.result.violations.map((v) => ({
    ruleId: rules[v.reason].id,
    ruleIndex: v.reason === "denied" ? 0 : 1,
    level: "error",
    message: { text: v.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, index },
          // Code scanning requires a start line; the byte offset is the precise location.
          region: { startLine: 1, byteOffset: v.offset }
        },
        logicalLocations: [
          {
            name: v.function ?? v.import,
            fullyQualifiedName: v.function ? `${v.import}#${v.function}` : v.import,
            kind: v.function ? "function" : "module"
          }
        ]
      }
    ],
    partialFingerprints: {
      "wasiVirtImport/v1": createHash("sha256").update(`${v.reason}\0${v.import}\0${v.function ?? ""}`).digest("hex")
    }
  }));
}
function renderChecksSarif(reports) {
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            informationUri: INFORMATION_URI,
            rules: [rules.denied, rules["not-allowed"]]
          }
        },
        artifacts: reports.map((report) => ({
          location: { uri: artifactUri(report.component) },
          length: report.size,
          hashes: { "sha-256": report.sha256 }
        })),
        results: reports.flatMap(results)
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}

// src/report/text-table.ts
function textTable(header, cells) {
  const rows = cells.map((row) => row.map(escapeControl));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells2) => cells2.map((cell, i) => i === cells2.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

// src/report/render-text.ts
function verdictLine(report) {
  const { imports, violations, passed } = report.result;
  return `${passed ? "PASS" : "FAIL"}: ${escapeControl(report.component)}: ${imports.length} import(s), ${violations.length} violation(s)`;
}
function renderCheckText(report) {
  const rows = [];
  for (const { item, violations } of report.result.imports) {
    if (violations.length === 0) {
      rows.push([item.name, "", "pass", ""]);
      continue;
    }
    for (const v of violations) rows.push([item.name, v.function ?? "*", "FAIL", v.rule]);
  }
  const summary = verdictLine(report);
  if (rows.length === 0) return `${summary} (the component is import-free)
`;
  return textTable(["IMPORT", "FUNCTION", "VERDICT", "RULE"], rows) + summary + "\n";
}
function renderChecksText(reports) {
  const failing = reports.filter((r) => !r.result.passed).length;
  const violations = reports.reduce((n, r) => n + r.result.violations.length, 0);
  const total = `${failing === 0 ? "PASS" : "FAIL"}: ${reports.length} component(s), ${failing} failing, ${violations} violation(s)
`;
  return [...reports.map(renderCheckText), total].join("\n");
}

// src/report/render-check.ts
var combined = {
  text: renderChecksText,
  json: renderChecksJson,
  junit: renderChecksJunit,
  sarif: renderChecksSarif
};
var single = {
  text: renderCheckText,
  json: renderCheckJson,
  junit: (report) => renderChecksJunit([report]),
  sarif: (report) => renderChecksSarif([report])
};
function renderCheck(report, format) {
  return single[format](report);
}
function renderChecks(reports, format) {
  return reports.length === 1 ? renderCheck(reports[0], format) : combined[format](reports);
}

// src/component/write/byte-writer.ts
var utf82 = new TextEncoder();
function isAscii2(text) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
var ByteWriter = class {
  // Small enough for V8 to keep on its heap: a builder makes many writers for short sections.
  buffer = new Uint8Array(64);
  length = 0;
  reserve(extra) {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
  u8(byte) {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = byte;
    return this;
  }
  bytes(data) {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }
  /** Unsigned LEB128 (u32 and u64 values up to 2^53). */
  u32(value) {
    if (value >= 0 && value < 128 && (value | 0) === value) return this.u8(value);
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`cannot encode ${value} as an unsigned LEB128`);
    do {
      let byte = value % 128;
      value = Math.floor(value / 128);
      if (value !== 0) byte |= 128;
      this.u8(byte);
    } while (value !== 0);
    return this;
  }
  /** Signed LEB128 (s33 type indices and negative type opcodes). */
  s33(value) {
    if (!Number.isInteger(value)) throw new RangeError(`cannot encode ${value} as a signed LEB128`);
    for (; ; ) {
      const byte = (value % 128 + 128) % 128;
      value = Math.floor(value / 128);
      const done = value === 0 && (byte & 64) === 0 || value === -1 && (byte & 64) !== 0;
      this.u8(done ? byte : byte | 128);
      if (done) return this;
    }
  }
  name(text) {
    if (text.length < 128 && isAscii2(text)) {
      this.u8(text.length).reserve(text.length);
      for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
      return this;
    }
    const encoded = utf82.encode(text);
    return this.u32(encoded.length).bytes(encoded);
  }
  vec(items, item) {
    this.u32(items.length);
    for (const value of items) item(value);
    return this;
  }
  optional(value, item) {
    if (value === void 0) return this.u8(0);
    this.u8(1);
    item(value);
    return this;
  }
  /** Appends `size:u32 payload`, the framing of sections and nested items. */
  sized(payload) {
    return this.u32(payload.length).bytes(payload.view());
  }
  /** Copies what is written so far into `target` at `at`. */
  copyTo(target, at) {
    if (this.length > 0) target.set(this.buffer.subarray(0, this.length), at);
  }
  view() {
    return this.buffer.subarray(0, this.length);
  }
  toBytes() {
    return this.buffer.slice(0, this.length);
  }
};

// src/component/write/bytes.ts
function copyInto(target, bytes) {
  if (bytes instanceof Uint8Array) target.set(bytes);
  else bytes.copyTo(target);
}
function concatBytes(chunks) {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    copyInto(out.subarray(at, at + chunk.length), chunk);
    at += chunk.length;
  }
  return out;
}
function regionOf(length, pieces) {
  return {
    length,
    copyTo(target) {
      for (const { at, bytes } of pieces) copyInto(target.subarray(at, at + bytes.length), bytes);
    }
  };
}

// src/component/write/encode-types.ts
var invert = (table) => new Map(Object.entries(table).map(([code, name]) => [name, Number(code)]));
var primitiveCodes = invert(primitives);
var coreSortCodeOf = invert(coreSortCodes);
var componentSortCodeOf = invert(componentSortCodes);
var numericCodes = invert(numericTypes);
var heapCodes = invert(abstractHeapTypes);
var identity = (_sort, index) => index;
function encodeSort(w, sort) {
  if ("core" in sort) w.u8(0).u8(coreSortCodeOf.get(sort.core));
  else w.u8(componentSortCodeOf.get(sort.component));
}
function encodeValType(w, type, map) {
  if ("prim" in type) w.u8(primitiveCodes.get(type.prim));
  else w.s33(map(TYPE_SORT, type.typeIndex));
}
function encodeDefValType(w, def, map) {
  const val = (t) => encodeValType(w, t, map);
  switch (def.kind) {
    case "prim":
      w.u8(primitiveCodes.get(def.prim));
      return;
    case "record":
      w.u8(114).vec(def.fields, (f) => (w.name(f.name), val(f.type)));
      return;
    case "variant":
      w.u8(113).vec(def.cases, (c) => (w.name(c.name), w.optional(c.type, val), w.u8(0)));
      return;
    case "list":
      w.u8(def.length === void 0 ? 112 : 103);
      val(def.element);
      if (def.length !== void 0) w.u32(def.length);
      return;
    case "tuple":
      w.u8(111).vec(def.types, val);
      return;
    case "flags":
      w.u8(110).vec(def.names, (n) => w.name(n));
      return;
    case "enum":
      w.u8(109).vec(def.names, (n) => w.name(n));
      return;
    case "option":
      w.u8(107);
      val(def.type);
      return;
    case "result":
      w.u8(106).optional(def.ok, val).optional(def.err, val);
      return;
    case "own":
    case "borrow":
      w.u8(def.kind === "own" ? 105 : 104).u32(map(TYPE_SORT, def.typeIndex));
      return;
    case "stream":
    case "future":
      w.u8(def.kind === "stream" ? 102 : 101).optional(def.element, val);
      return;
    case "map":
      w.u8(99);
      val(def.key);
      val(def.value);
      return;
  }
}
function encodeDefType(w, type, scopes, inner = identity) {
  const map = scopes[scopes.length - 1];
  switch (type.kind) {
    case "func":
      w.u8(type.async ? 67 : 64).vec(
        type.params,
        (p) => (w.name(p.name), encodeValType(w, p.type, map))
      );
      if (type.result) {
        w.u8(0);
        encodeValType(w, type.result, map);
      } else {
        w.u8(1).u8(0);
      }
      return;
    case "component":
    case "instance":
      w.u8(type.kind === "component" ? 65 : 66);
      encodeDeclarations(w, type.decls, [...scopes, inner]);
      return;
    case "resource":
      w.u8(63).u8(127).optional(type.dtor, (f) => w.u32(map({ core: "func" }, f)));
      return;
    case "defined":
      encodeDefValType(w, type.def, map);
  }
}
function encodeDeclarations(w, decls, scopes) {
  w.vec(decls, (decl) => encodeDeclaration(w, decl, scopes));
}
function encodeDeclaration(w, decl, scopes) {
  const map = scopes[scopes.length - 1];
  switch (decl.kind) {
    case "core-type":
      w.u8(0);
      encodeCoreType(w, decl.type);
      return;
    case "type":
      w.u8(1);
      encodeDefType(w, decl.type, scopes);
      return;
    case "alias":
      w.u8(2);
      encodeAlias(w, decl.alias, scopes);
      return;
    case "import":
    case "export":
      w.u8(decl.kind === "import" ? 3 : 4);
      encodeExternName(w, decl.name);
      encodeExternType(w, decl.type, map);
  }
}
function encodeAlias(w, alias, scopes) {
  const map = scopes[scopes.length - 1];
  encodeSort(w, alias.sort);
  switch (alias.kind) {
    case "export":
      w.u8(0).u32(map({ component: "instance" }, alias.instance)).name(alias.name);
      return;
    case "core-export":
      w.u8(1).u32(map({ core: "instance" }, alias.instance)).name(alias.name);
      return;
    case "outer": {
      const target = scopes[scopes.length - 1 - alias.count];
      if (!target)
        throw new RangeError(
          `outer alias count ${alias.count} reaches past the scopes being encoded`
        );
      w.u8(2).u32(alias.count).u32(target(alias.sort, alias.index));
    }
  }
}
function encodeExternName(w, name) {
  const attributes = [];
  if (name.implements !== void 0) attributes.push([0, name.implements]);
  if (name.versionSuffix !== void 0) attributes.push([1, name.versionSuffix]);
  if (name.externalId !== void 0) attributes.push([2, name.externalId]);
  if (attributes.length === 0) {
    w.u8(0).name(name.name);
    return;
  }
  w.u8(2).name(name.name).vec(attributes, ([kind, value]) => w.u8(kind).name(value));
}
function encodeExternType(w, type, map) {
  switch (type.kind) {
    case "module":
      w.u8(0).u8(17).u32(map({ core: "type" }, type.coreTypeIndex));
      return;
    case "func":
      w.u8(1).u32(map(TYPE_SORT, type.typeIndex));
      return;
    case "value":
      w.u8(2);
      if ("eqValue" in type.bound) w.u8(0).u32(map({ component: "value" }, type.bound.eqValue));
      else {
        w.u8(1);
        encodeValType(w, type.bound.type, map);
      }
      return;
    case "type":
      w.u8(3);
      if ("eq" in type.bound) w.u8(0).u32(map(TYPE_SORT, type.bound.eq));
      else w.u8(1);
      return;
    case "component":
    case "instance":
      w.u8(type.kind === "component" ? 4 : 5).u32(map(TYPE_SORT, type.typeIndex));
  }
}
function encodeHeapType(w, heap) {
  if ("typeIndex" in heap) {
    w.s33(heap.typeIndex);
    return;
  }
  const shared = heap.abstract.startsWith("shared ");
  if (shared) w.u8(101);
  w.u8(heapCodes.get(shared ? heap.abstract.slice("shared ".length) : heap.abstract));
}
function encodeCoreValType(w, type) {
  if (typeof type === "string") {
    w.u8(numericCodes.get(type));
    return;
  }
  w.u8(type.nullable ? 99 : 100);
  encodeHeapType(w, type.ref);
}
function encodeStorageType(w, type) {
  if (type === "i8" || type === "i16") w.u8(type === "i8" ? 120 : 119);
  else encodeCoreValType(w, type);
}
function encodeComposite(w, type) {
  const field = (f) => (encodeStorageType(w, f.type), w.u8(f.mutable ? 1 : 0));
  if (type.kind === "func") {
    w.u8(96).vec(type.params, (t) => encodeCoreValType(w, t)).vec(type.results, (t) => encodeCoreValType(w, t));
  } else if (type.kind === "struct") {
    w.u8(95).vec(type.fields, field);
  } else {
    w.u8(94);
    field(type.element);
  }
}
function encodeSubType(w, sub, prefixNonFinal) {
  if (sub.final && sub.supertypes.length === 0) {
    encodeComposite(w, sub.type);
    return;
  }
  if (!sub.final && prefixNonFinal) w.u8(0);
  w.u8(sub.final ? 79 : 80).vec(sub.supertypes, (s) => w.u32(s));
  encodeComposite(w, sub.type);
}
function encodeLimits(w, flags, min, max, pageSizeLog2) {
  w.u8(flags | (max !== void 0 ? 1 : 0) | (pageSizeLog2 !== void 0 ? 8 : 0)).u32(min);
  if (max !== void 0) w.u32(max);
  if (pageSizeLog2 !== void 0) w.u32(pageSizeLog2);
}
function encodeCoreExternType(w, type) {
  switch (type.kind) {
    case "func":
      w.u8(0).u32(type.typeIndex);
      return;
    case "table":
      w.u8(1);
      encodeCoreValType(w, type.element);
      encodeLimits(w, type.is64 ? 4 : 0, type.min, type.max);
      return;
    case "memory":
      w.u8(2);
      encodeLimits(
        w,
        (type.shared ? 2 : 0) | (type.is64 ? 4 : 0),
        type.min,
        type.max,
        type.pageSizeLog2
      );
      return;
    case "global":
      w.u8(3);
      encodeCoreValType(w, type.type);
      w.u8(type.mutable ? 1 : 0);
      return;
    case "tag":
      w.u8(4).u8(0).u32(type.typeIndex);
  }
}
function encodeCoreType(w, type) {
  switch (type.kind) {
    case "rec":
      w.u8(78).vec(type.types, (sub) => encodeSubType(w, sub, false));
      return;
    case "sub":
      encodeSubType(w, type.subtype, true);
      return;
    case "module":
      w.u8(80).vec(type.decls, (decl) => {
        switch (decl.kind) {
          case "import":
            w.u8(0).name(decl.module).name(decl.name);
            encodeCoreExternType(w, decl.type);
            return;
          case "type":
            w.u8(1);
            encodeCoreType(w, decl.type);
            return;
          case "alias-outer":
            w.u8(2).u8(16).u8(1).u32(decl.count).u32(decl.index);
            return;
          case "export":
            w.u8(3).name(decl.name);
            encodeCoreExternType(w, decl.type);
        }
      });
  }
}

// src/component/write/encode-items.ts
function encodeSortIndex(w, item, map) {
  encodeSort(w, item.sort);
  w.u32(map(item.sort, item.index));
}
function encodeCanonOptions(w, options) {
  w.vec(options, (o) => {
    switch (o.kind) {
      case "string-encoding":
        w.u8({ utf8: 0, utf16: 1, "latin1+utf16": 2 }[o.encoding]);
        return;
      case "memory":
        w.u8(3).u32(o.index);
        return;
      case "realloc":
        w.u8(4).u32(o.index);
        return;
      case "post-return":
        w.u8(5).u32(o.index);
        return;
      case "async":
        w.u8(6);
        return;
      case "callback":
        w.u8(7).u32(o.index);
    }
  });
}

// src/component/write/component-builder.ts
function lebLength(value) {
  let length = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}
function putLeb(target, at, value) {
  while (value >= 128) {
    target[at++] = value % 128 | 128;
    value = Math.floor(value / 128);
  }
  target[at++] = value;
  return at;
}
var PREAMBLE = Uint8Array.from([0, 97, 115, 109, 13, 0, 1, 0]);
var ComponentBuilder = class _ComponentBuilder {
  chunks = [PREAMBLE];
  open;
  /** The open section's items so far (one writer, reused section after section). */
  body = new ByteWriter();
  sizes = /* @__PURE__ */ new Map();
  /** The index in `chunks` of the first nested component's section. */
  firstNested;
  /** A builder that appends definitions to an existing component, whose index spaces are `scope`'s. */
  static extending(bytes, scope) {
    const builder2 = new _ComponentBuilder();
    builder2.chunks[0] = bytes;
    const spaces = [
      ...Object.entries(scope.core).map(([sort, space]) => [`core ${sort}`, space.length]),
      ...Object.entries(scope.component).map(([sort, space]) => [sort, space.length])
    ];
    for (const [name, size] of spaces) builder2.sizes.set(name, size);
    return builder2;
  }
  /** How many definitions the index space of `sort` holds so far. */
  size(sort) {
    return this.sizes.get(sortName(sort)) ?? 0;
  }
  define(sort) {
    const index = this.size(sort);
    this.sizes.set(sortName(sort), index + 1);
    return index;
  }
  item(id, encode) {
    if (this.open?.id !== id) {
      this.flush();
      this.open = { id, count: 0 };
    }
    this.open.count++;
    encode(this.body);
  }
  /** The open section, written in one buffer of its final size: `id size count items`. */
  flush() {
    if (!this.open) return;
    const { id, count } = this.open;
    const size = lebLength(count) + this.body.length;
    const section = new Uint8Array(1 + lebLength(size) + size);
    section[0] = id;
    const at = putLeb(section, putLeb(section, 1, size), count);
    this.body.copyTo(section, at);
    this.chunks.push(section);
    this.body.length = 0;
    this.open = void 0;
  }
  /** A type definition whose encoding (after the section's vector framing) is `encode`'s output. */
  type(encode) {
    this.item(SectionId.type, encode);
    return this.define({ component: "type" });
  }
  /** A type definition from its structure. */
  defType(type) {
    return this.type((w) => encodeDefType(w, type, [identity]));
  }
  /** `(own resource)`, for a resource type of this component. */
  ownType(resource) {
    return this.defType({ kind: "defined", def: { kind: "own", typeIndex: resource } });
  }
  import(name, type) {
    this.item(SectionId.import, (w) => {
      encodeExternName(w, name);
      encodeExternType(w, type, identity);
    });
    return this.define(externSort(type));
  }
  aliasExport(sort, instance, name) {
    this.item(SectionId.alias, (w) => {
      encodeSort(w, sort);
      w.u8(0).u32(instance).name(name);
    });
    return this.define(sort);
  }
  aliasCoreExport(sort, instance, name) {
    this.item(SectionId.alias, (w) => {
      encodeSort(w, { core: sort });
      w.u8(1).u32(instance).name(name);
    });
    return this.define({ core: sort });
  }
  /** `canon lift` without options: enough for functions whose values all flatten to core values. */
  liftPlain(coreFunc, typeIndex2) {
    this.item(SectionId.canon, (w) => w.u8(0).u8(0).u32(coreFunc).u32(0).u32(typeIndex2));
    return this.define({ component: "func" });
  }
  /** `canon lift` with options (string encoding, memory, realloc, post-return). */
  lift(coreFunc, typeIndex2, options) {
    this.item(SectionId.canon, (w) => {
      w.u8(0).u8(0).u32(coreFunc);
      encodeCanonOptions(w, options);
      w.u32(typeIndex2);
    });
    return this.define({ component: "func" });
  }
  /** `canon lower` with options. */
  lower(func, options) {
    this.item(SectionId.canon, (w) => {
      w.u8(1).u8(0).u32(func);
      encodeCanonOptions(w, options);
    });
    return this.define({ core: "func" });
  }
  /** `canon resource.new`, `resource.drop` or `resource.rep` of a resource type. */
  resourceIntrinsic(kind, resource) {
    const opcode = { new: 2, drop: 3, rep: 4 }[kind];
    this.item(SectionId.canon, (w) => w.u8(opcode).u32(resource));
    return this.define({ core: "func" });
  }
  /**
   * A built-in of a `stream<T>` or `future<T>` type (CanonicalABI.md: `canon {stream,future}.*`):
   * `new` and the drops take the type alone, `read` and `write` options too (memory, async).
   */
  streamOrFutureBuiltin(kind, type, options = []) {
    this.item(SectionId.canon, (w) => {
      w.u8(canonOpcode(kind)).u32(type);
      if (/\.(read|write)$/.test(kind)) encodeCanonOptions(w, options);
    });
    return this.define({ core: "func" });
  }
  /**
   * A task or waitable built-in without immediates (CanonicalABI.md): `waitable-set.new`,
   * `waitable-set.drop`, `waitable.join`.
   */
  waitableBuiltin(kind) {
    this.item(SectionId.canon, (w) => w.u8(canonOpcode(kind)));
    return this.define({ core: "func" });
  }
  /** `canon task.return` of a function with no result, or of one whose result is `result`. */
  taskReturn(result, options = []) {
    this.item(SectionId.canon, (w) => {
      w.u8(canonOpcode("task.return"));
      if (result) encodeValType(w.u8(0), result, identity);
      else w.u8(1).u8(0);
      encodeCanonOptions(w, options);
    });
    return this.define({ core: "func" });
  }
  /** `canon context.get i32 slot` or `context.set`: the current task's context slot. */
  contextSlot(kind, slot) {
    const i32 = 127;
    this.item(SectionId.canon, (w) => w.u8(canonOpcode(kind)).u8(i32).u32(slot));
    return this.define({ core: "func" });
  }
  /** `canon lower` without options (see liftPlain). */
  lowerPlain(func) {
    this.item(SectionId.canon, (w) => w.u8(1).u8(0).u32(func).u32(0));
    return this.define({ core: "func" });
  }
  /** A core module, copied byte for byte. */
  coreModule(bytes) {
    return this.embed(SectionId.coreModule, bytes, { core: "module" });
  }
  /**
   * Where among finishChunks' chunks the next section written starts: an embedded module's
   * section is two chunks there, its header and its bytes (so a caller can swap the module).
   */
  nextChunk() {
    this.flush();
    return this.chunks.length;
  }
  /** A section of its own holding `bytes` (or the chunks of them) unchanged. */
  embed(id, bytes, sort) {
    this.flush();
    const chunks = bytes instanceof Uint8Array ? [bytes] : bytes;
    const length = chunks.reduce((n, c) => n + c.length, 0);
    this.chunks.push(new ByteWriter().u8(id).u32(length).toBytes(), ...chunks);
    return this.define(sort);
  }
  coreInstantiate(module, args) {
    this.item(SectionId.coreInstance, (w) => {
      w.u8(0).u32(module);
      w.vec(args, (arg) => w.name(arg.name).u8(18).u32(arg.instance));
    });
    return this.define({ core: "instance" });
  }
  /** A core instance made of existing core functions. */
  coreInstanceOfFuncs(exports) {
    this.item(SectionId.coreInstance, (w) => {
      w.u8(1);
      w.vec(exports, (e) => w.name(e.name).u8(0).u32(e.func));
    });
    return this.define({ core: "instance" });
  }
  /** A nested component, copied byte for byte (from its chunks, into the output only). */
  component(bytes) {
    this.flush();
    this.firstNested ??= this.chunks.length;
    return this.embed(SectionId.component, bytes, { component: "component" });
  }
  instantiate(component2, args) {
    this.item(SectionId.instance, (w) => {
      w.u8(0).u32(component2);
      w.vec(args, (arg) => {
        w.name(arg.name);
        encodeSortIndex(w, arg.item, identity);
      });
    });
    return this.define({ component: "instance" });
  }
  /** An instance made of existing definitions (`(instance (export …)…)`). */
  instance(exports) {
    this.item(SectionId.instance, (w) => {
      w.u8(1);
      w.vec(exports, (e) => {
        encodeExternName(w, e.name);
        encodeSortIndex(w, e.item, identity);
      });
    });
    return this.define({ component: "instance" });
  }
  /** An export, with the type it is ascribed when `type` is given. */
  export(name, item, type) {
    this.item(SectionId.export, (w) => {
      encodeExternName(w, name);
      encodeSortIndex(w, item, identity);
      w.optional(type, (t) => encodeExternType(w, t, identity));
    });
    return this.define(item.sort);
  }
  /** The component, assembled once into a buffer of its final size. */
  finish() {
    return concatBytes(this.finishChunks().chunks);
  }
  /**
   * The component as its chunks, and how many of them come before the first nested component
   * (all of them when none is nested).
   */
  finishChunks() {
    this.flush();
    return { chunks: this.chunks, beforeNested: this.firstNested ?? this.chunks.length };
  }
};

// src/compose/compose-plan.ts
var import_parse2 = __toESM(require_parse(), 1);
var import_gt = __toESM(require_gt(), 1);
var import_valid3 = __toESM(require_valid(), 1);

// src/inspect/signatures.ts
var SIGNATURE_BUDGET = 1 << 24;
var rendered = /* @__PURE__ */ new WeakMap();
var budgets = /* @__PURE__ */ new WeakMap();
function renderedIn(scope) {
  let found = rendered.get(scope);
  if (!found) rendered.set(scope, found = { types: /* @__PURE__ */ new Map(), decls: /* @__PURE__ */ new WeakMap() });
  return found;
}
function charged(scope, sig) {
  let root = scope;
  while (root.parent) root = root.parent;
  let budget = budgets.get(root);
  if (!budget) budgets.set(root, budget = { left: SIGNATURE_BUDGET });
  if (sig === void 0 || sig.length > budget.left) return void 0;
  budget.left -= sig.length;
  return sig;
}
var all = (parts2) => parts2.every((p) => p !== void 0);
function valType(ctx, type) {
  return "prim" in type ? type.prim : typeAt(ctx, type.typeIndex);
}
function typeAt(ctx, index) {
  return "local" in ctx ? ctx.local(index) : componentType(ctx.scope, index);
}
function defValType(ctx, def) {
  const val = (t) => t === void 0 ? "_" : valType(ctx, t);
  const list = (kind, parts2) => all(parts2) ? `${kind}<${parts2.join(", ")}>` : void 0;
  switch (def.kind) {
    case "prim":
      return def.prim;
    case "record": {
      const fields = def.fields.map(
        (f) => val(f.type) === void 0 ? void 0 : `${f.name}: ${val(f.type)}`
      );
      return all(fields) ? `record{${fields.join(", ")}}` : void 0;
    }
    case "variant": {
      const cases = def.cases.map(
        (c) => c.type === void 0 ? c.name : val(c.type) === void 0 ? void 0 : `${c.name}(${val(c.type)})`
      );
      return all(cases) ? `variant{${cases.join(", ")}}` : void 0;
    }
    case "list":
      return list(
        "list",
        def.length === void 0 ? [val(def.element)] : [val(def.element), String(def.length)]
      );
    case "tuple":
      return list("tuple", def.types.map(val));
    case "flags":
      return `flags{${def.names.join(", ")}}`;
    case "enum":
      return `enum{${def.names.join(", ")}}`;
    case "option":
      return list("option", [val(def.type)]);
    case "result":
      return list("result", [val(def.ok), val(def.err)]);
    case "own":
    case "borrow":
      return list(def.kind, [typeAt(ctx, def.typeIndex)]);
    case "stream":
    case "future":
      return list(def.kind, [val(def.element)]);
    case "map":
      return list("map", [val(def.key), val(def.value)]);
  }
}
function defType(ctx, type) {
  switch (type.kind) {
    case "defined":
      return defValType(ctx, type.def);
    case "resource":
      return "resource";
    case "func": {
      const params = type.params.map((p) => {
        const t = valType(ctx, p.type);
        return t === void 0 ? void 0 : `${p.name}: ${t}`;
      });
      const result = type.result === void 0 ? "" : valType(ctx, type.result);
      if (!all(params) || result === void 0) return void 0;
      const func = type.async ? "async func" : "func";
      return `${func}(${params.join(", ")})${result ? ` -> ${result}` : ""}`;
    }
    default:
      return void 0;
  }
}
function componentType(scope, index) {
  const { types: types2 } = renderedIn(scope);
  if (!types2.has(index)) {
    types2.set(index, void 0);
    types2.set(index, charged(scope, renderComponentType(scope, index)));
  }
  return types2.get(index);
}
function renderComponentType(scope, index) {
  const origin = scope.component.type[index];
  switch (origin?.via) {
    case "type":
      return defType({ scope }, origin.type);
    case "alias": {
      const { alias } = origin;
      if (alias.kind === "outer") {
        const target = scope.ancestor(alias.count);
        return target ? componentType(target, alias.index) : void 0;
      }
      if (alias.kind !== "export") return void 0;
      const instance = scope.component.instance[alias.instance];
      if (instance?.via !== "import" && instance?.via !== "export") return void 0;
      if (instance.type?.kind !== "instance") return void 0;
      const instanceType = resolveInstanceType(scope, instance.type.typeIndex);
      return instanceType ? declarationTypes(scope, instanceType.decls).get(alias.name) : void 0;
    }
    case "import":
    case "export":
      if (origin.type?.kind === "type")
        return "eq" in origin.type.bound ? componentType(scope, origin.type.bound.eq) : "resource";
      if (origin.via === "export" && origin.item) return componentType(scope, origin.item.index);
      return void 0;
    default:
      return void 0;
  }
}
function declarationTypes(scope, decls) {
  const memo = renderedIn(scope).decls;
  let exported = memo.get(decls);
  if (!exported) memo.set(decls, exported = renderDeclarationTypes(scope, decls));
  return exported;
}
function renderDeclarationTypes(scope, decls) {
  const { locals, types: types2, functions } = localTypes(decls);
  const sigs = [];
  const ctx = { local: (i) => sigs[i] };
  for (const local of locals) {
    if ("def" in local) sigs.push(charged(scope, defType(ctx, local.def)));
    else if ("eq" in local) sigs.push(sigs[local.eq]);
    else if ("resource" in local) sigs.push("resource");
    else if ("outer" in local) {
      const target = local.outer.count >= 1 ? scope.ancestor(local.outer.count - 1) : void 0;
      sigs.push(target ? componentType(target, local.outer.index) : void 0);
    } else sigs.push(void 0);
  }
  const exported = /* @__PURE__ */ new Map();
  for (const [name, index] of types2) exported.set(name, sigs[index]);
  for (const [name, index] of functions) exported.set(name, sigs[index]);
  return exported;
}
function instanceTypeFunctions(scope, typeIndex2) {
  const instanceType = resolveInstanceType(scope, typeIndex2);
  return instanceType ? declarationTypes(scope, instanceType.decls) : /* @__PURE__ */ new Map();
}
function funcAt(scope, index) {
  const origin = scope.component.func[index];
  switch (origin?.via) {
    case "canon":
      return origin.canon.kind === "lift" ? componentType(scope, origin.canon.operands.type) : void 0;
    case "import":
      return origin.type.kind === "func" ? componentType(scope, origin.type.typeIndex) : void 0;
    case "export":
      if (origin.type?.kind === "func") return componentType(scope, origin.type.typeIndex);
      return origin.item ? funcAt(scope, origin.item.index) : void 0;
    case "alias":
      return origin.alias.kind === "export" ? instanceFunctions(scope, origin.alias.instance).get(origin.alias.name) : void 0;
    default:
      return void 0;
  }
}
function instanceFunctions(scope, index) {
  const origin = scope.component.instance[index];
  const result = /* @__PURE__ */ new Map();
  if (origin?.via === "import" || origin?.via === "export") {
    if (origin.type?.kind === "instance")
      return instanceTypeFunctions(scope, origin.type.typeIndex);
    if (origin.via === "export" && origin.item) return instanceFunctions(scope, origin.item.index);
  } else {
    for (const exp of definedInstanceExports(scope, index) ?? []) {
      if (!isComponentSort(exp.item, "func")) continue;
      const typed = exp.type?.kind === "func" ? componentType(exp.scope, exp.type.typeIndex) : void 0;
      result.set(exp.name, typed ?? funcAt(exp.scope, exp.item.index));
    }
  }
  return result;
}

// src/compose/compose-plan.ts
var ComposeError = class extends UserInputError {
};
function compatibilityKey(name) {
  const parsed = parseInterfaceName(name);
  if (!parsed?.version) return parsed?.id ?? name;
  const version = (0, import_parse2.default)(parsed.version);
  if (!version || version.prerelease.length > 0) return `${parsed.id}@${parsed.version}`;
  const track = version.major > 0 ? `${version.major}` : version.minor > 0 ? `0.${version.minor}` : `0.0.${version.patch}`;
  return `${parsed.id}@${track}`;
}
function higherVersion(a, b) {
  const va = parseInterfaceName(a)?.version;
  const vb = parseInterfaceName(b)?.version;
  return va && vb && (0, import_valid3.default)(va) && (0, import_valid3.default)(vb) && (0, import_gt.default)(vb, va) ? b : a;
}
function composeNode(label3, nested, component2) {
  return { label: label3, nested, component: component2, iface: describeComponent(component2), wiring: /* @__PURE__ */ new Map() };
}
function checkProvides(consumer, imp, provider) {
  const name = imp.name.name;
  const wanted = consumer.iface.imports.find((i) => i.name === name);
  const given = provider.item;
  if (!wanted) return;
  if (wanted.kind !== given.kind) {
    throw new ComposeError(
      `'${provider.plug.label}' exports ${given.name} as a ${given.kind}, but '${consumer.label}' imports ${name} as a ${wanted.kind}`
    );
  }
  if (!wanted.functions || !given.functions) return;
  const offered = /* @__PURE__ */ new Set([...given.functions, ...given.resources ?? [], ...given.types ?? []]);
  const missing = [...wanted.functions, ...wanted.resources ?? []].filter((f) => !offered.has(f));
  if (missing.length > 0) {
    throw new ComposeError(
      `'${provider.plug.label}' exports ${given.name} without ${missing.join(", ")}, which '${consumer.label}' imports from ${name}`
    );
  }
  if (imp.type.kind !== "instance") return;
  const wantedTypes = instanceTypeFunctions(consumer.component.scope, imp.type.typeIndex);
  const givenTypes = instanceFunctions(provider.plug.component.scope, provider.index);
  for (const func of wanted.functions) {
    const [want, give] = [wantedTypes.get(func), givenTypes.get(func)];
    if (want !== void 0 && give !== void 0 && want !== give) {
      throw new ComposeError(
        `'${provider.plug.label}' exports ${func} of ${given.name} as ${give}, but '${consumer.label}' imports it as ${want}`
      );
    }
  }
}
function plainTypeExports(node, imp) {
  if (imp.type.kind !== "instance") return void 0;
  const instanceType = resolveInstanceType(node.component.scope, imp.type.typeIndex);
  if (!instanceType) return void 0;
  const { locals, types: types2 } = localTypes(instanceType.decls);
  const exports = instanceType.decls.filter((d) => d.kind === "export");
  const plain = exports.every((d) => {
    const local = types2.get(d.name.name);
    return local !== void 0 && isPlainValueType(locals, local);
  });
  return plain && exports.length > 0 ? exports.map((d) => d.name.name) : void 0;
}
function planComposition(root, plugs) {
  const providers = /* @__PURE__ */ new Map();
  const warnings = [];
  for (const node of [...plugs, root]) {
    for (const imp of node.component.imports) {
      const key = compatibilityKey(imp.name.name);
      const provider = providers.get(key);
      if (provider) {
        checkProvides(node, imp, provider);
        node.wiring.set(imp.name.name, {
          from: "plug",
          plug: provider.plug,
          exportName: provider.item.name,
          sort: provider.sort
        });
      } else {
        const names = node === root ? void 0 : plainTypeExports(node, imp);
        node.wiring.set(
          imp.name.name,
          names && imp.type.kind === "instance" ? { from: "types", typeIndex: imp.type.typeIndex, names } : { from: "host", key }
        );
      }
    }
    if (node === root) break;
    node.component.exports.forEach((exp, i) => {
      const key = compatibilityKey(exp.name.name);
      const earlier = providers.get(key);
      if (earlier)
        warnings.push(
          `both '${earlier.plug.label}' and '${node.label}' export ${exp.name.name}; '${node.label}' is used`
        );
      providers.set(key, {
        plug: node,
        item: node.iface.exports[i],
        sort: exp.item.sort,
        index: exp.item.index
      });
    });
  }
  const used = /* @__PURE__ */ new Set([root]);
  const visit = (node) => {
    for (const wire of node.wiring.values()) {
      if (wire.from === "plug" && !used.has(wire.plug)) {
        used.add(wire.plug);
        visit(wire.plug);
      }
    }
  };
  visit(root);
  for (const plug of plugs) {
    if (!used.has(plug))
      warnings.push(
        `'${plug.label}' satisfies no import of '${root.label}' or of the plugs it uses; it is left out`
      );
  }
  const nodes = [...plugs.filter((p) => used.has(p)), root];
  const hostImports = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    for (const imp of node.component.imports) {
      const wire = node.wiring.get(imp.name.name);
      if (wire.from !== "host") continue;
      const group = hostImports.get(wire.key);
      if (!group) {
        hostImports.set(wire.key, { name: imp.name.name, sources: [{ node, imp }] });
        continue;
      }
      const first = group.sources[0].imp;
      if (first.type.kind !== imp.type.kind) {
        throw new ComposeError(
          `'${group.sources[0].node.label}' imports ${first.name.name} as a ${first.type.kind} but '${node.label}' imports ${imp.name.name} as a ${imp.type.kind}`
        );
      }
      group.name = higherVersion(group.name, imp.name.name);
      group.sources.push({ node, imp });
    }
  }
  return { nodes, root, hostImports, warnings };
}

// src/compose/handle-functions.ts
function handleFunctions(component2, exportName) {
  const exp = component2.exports.find((e) => e.name.name === exportName);
  if (!exp) throw new ComposeError(`the component exports no ${exportName}`);
  const cannot = (why) => new ComposeError(`cannot pass ${exportName} through: ${why}`);
  const instance = follow(component2.scope, exp.item.index, "instance");
  const origin = instance.scope.component.instance[instance.index];
  const exports = definedInstanceExports(instance.scope, instance.index);
  if (origin?.via !== "instance" || !exports)
    throw cannot("its instance is not one the component defines");
  const args = origin.instance.kind === "instantiate" ? origin.instance.args : [];
  return exports.filter((e) => isComponentSort(e.item, "func")).map((e) => {
    const type = liftedType(e.scope, e.item, args, instance.scope);
    if (!type) throw cannot(`the type of ${e.name} cannot be resolved`);
    if (type.type.result) throw cannot(`${e.name} returns a value`);
    const params = type.type.params.map((p) => {
      const owned = ownedResource(type.scope, p.type);
      if (!owned)
        throw cannot(`parameter ${p.name} of ${e.name} is not an owned imported resource`);
      return { name: p.name, ...owned };
    });
    return { name: e.name, params };
  });
}
function follow(scope, index, sort) {
  let at = index;
  for (; ; ) {
    const origin = scope.component[sort][at];
    if (origin?.via !== "export" || !origin.item) return { scope, index: at };
    at = origin.item.index;
  }
}
function liftedType(scope, item, args, outer) {
  const func = follow(scope, item.index, "func");
  const origin = func.scope.component.func[func.index];
  if (origin?.via === "import" && scope !== outer) {
    const arg = args.find((a) => a.name === origin.name);
    return arg ? liftedType(outer, arg.item, [], outer) : void 0;
  }
  if (origin?.via !== "canon" || origin.canon.kind !== "lift") return void 0;
  const type = func.scope.component.type[origin.canon.operands.type];
  if (type?.via !== "type" || type.type.kind !== "func") return void 0;
  return { type: type.type, scope: func.scope };
}
function ownedResource(scope, type) {
  if (!("typeIndex" in type)) return void 0;
  const own = scope.component.type[type.typeIndex];
  if (own?.via !== "type" || own.type.kind !== "defined" || own.type.def.kind !== "own")
    return void 0;
  const resource = scope.component.type[own.type.def.typeIndex];
  if (resource?.via !== "alias" || resource.alias.kind !== "export") return void 0;
  const from = scope.component.instance[resource.alias.instance];
  return from?.via === "import" ? { iface: from.name, resource: resource.alias.name } : void 0;
}

// src/compose/wrapping-module.ts
var I32 = 127;
var FUNC = 0;
function wrappingModule(calls, wrapModule, callModule) {
  const wraps = [...new Set(calls.flatMap((c) => c.wraps))];
  const arities = [...new Set(calls.map((c) => c.wraps.length))];
  const typeOf = (arity) => 1 + arities.indexOf(arity);
  const w = new ByteWriter().bytes([0, 97, 115, 109, 1, 0, 0, 0]);
  const section = (id, body) => w.u8(id).sized(body);
  const types2 = new ByteWriter().u32(1 + arities.length);
  types2.u8(96).vec([I32], (t) => types2.u8(t)).vec([I32], (t) => types2.u8(t));
  for (const arity of arities)
    types2.u8(96).vec(Array(arity).fill(I32), (t) => types2.u8(t)).u32(0);
  section(1, types2);
  const imports = new ByteWriter().u32(wraps.length + calls.length);
  for (const wrap of wraps) imports.name(wrapModule).name(wrap).u8(FUNC).u32(0);
  for (const call of calls)
    imports.name(callModule).name(call.name).u8(FUNC).u32(typeOf(call.wraps.length));
  section(2, imports);
  const functions = new ByteWriter();
  functions.vec(calls, (c) => functions.u32(typeOf(c.wraps.length)));
  section(3, functions);
  const imported = wraps.length + calls.length;
  const exports = new ByteWriter().u32(calls.length);
  calls.forEach(
    (call, i) => exports.name(call.name).u8(FUNC).u32(imported + i)
  );
  section(7, exports);
  const code = new ByteWriter().u32(calls.length);
  calls.forEach((call, i) => {
    const body = new ByteWriter().u32(0);
    call.wraps.forEach((wrap, param) => {
      body.u8(32).u32(param);
      body.u8(16).u32(wraps.indexOf(wrap));
    });
    body.u8(16).u32(wraps.length + i).u8(11);
    code.sized(body);
  });
  section(10, code);
  return w.toBytes();
}

// src/compose/export-bridge.ts
var RESOURCE = { kind: "type", bound: { subResource: true } };
var wrapFunctionName = (resource) => `wrap-${resource}`;
var wrapName = (param) => wrapFunctionName(param.resource);
function defineWrapType(b, hostOwn, plugOwn) {
  return b.defType({
    kind: "func",
    async: false,
    params: [{ name: "handle", type: { typeIndex: hostOwn } }],
    result: { typeIndex: plugOwn }
  });
}
function bridgeExport(ctx, root, rootInstance, bridge) {
  const { b } = ctx;
  const functions = handleFunctions(root.component, bridge.export);
  const plug = ctx.plugInstance(bridge.via);
  if (plug === void 0)
    throw new ComposeError(
      `no plug exports ${bridge.via}, which ${bridge.export} is passed through`
    );
  const via = ctx.alias(INSTANCE_SORT, plug, bridge.via);
  const exported = ctx.alias(INSTANCE_SORT, rootInstance, bridge.export);
  const resources = distinctResources(functions);
  const args = resources.flatMap((p) => {
    const host = ctx.hostInstance(p.iface);
    const supplied = ctx.suppliedInstance(p.iface);
    if (host === void 0 || supplied === void 0)
      throw new ComposeError(
        `${bridge.export} takes ${p.resource} from ${p.iface}, which must be both the host's (imported by the composed component) and supplied by a plug`
      );
    return [
      {
        name: `host-${p.resource}`,
        item: { sort: TYPE_SORT, index: ctx.alias(TYPE_SORT, host, p.resource) }
      },
      {
        name: `plug-${p.resource}`,
        item: { sort: TYPE_SORT, index: ctx.alias(TYPE_SORT, supplied, p.resource) }
      },
      { name: wrapName(p), item: { sort: FUNC_SORT, index: ctx.alias(FUNC_SORT, via, wrapName(p)) } }
    ];
  });
  for (const f of functions)
    args.push({
      name: `call-${f.name}`,
      item: { sort: FUNC_SORT, index: ctx.alias(FUNC_SORT, exported, f.name) }
    });
  const shim = b.instantiate(b.component(shimComponent(functions, resources)), args);
  return b.instance(
    functions.map((f) => ({
      name: { name: f.name },
      item: { sort: FUNC_SORT, index: ctx.alias(FUNC_SORT, shim, f.name) }
    }))
  );
}
function distinctResources(functions) {
  const byName = /* @__PURE__ */ new Map();
  for (const p of functions.flatMap((f) => f.params)) byName.set(`${p.iface}\0${p.resource}`, p);
  return [...byName.values()];
}
function shimComponent(functions, resources) {
  const s = new ComponentBuilder();
  const hostOwn = /* @__PURE__ */ new Map();
  const plugOwn = /* @__PURE__ */ new Map();
  const wraps = resources.map((p) => {
    const host = s.ownType(s.import({ name: `host-${p.resource}` }, RESOURCE));
    const plug = s.ownType(s.import({ name: `plug-${p.resource}` }, RESOURCE));
    hostOwn.set(p.resource, host);
    plugOwn.set(p.resource, plug);
    const type = defineWrapType(s, host, plug);
    return {
      name: wrapName(p),
      func: s.import({ name: wrapName(p) }, { kind: "func", typeIndex: type })
    };
  });
  const funcType = (f, owned) => s.defType({
    kind: "func",
    async: false,
    params: f.params.map((p) => ({ name: p.name, type: { typeIndex: owned.get(p.resource) } }))
  });
  const calls = functions.map((f) => ({
    name: f.name,
    func: s.import({ name: `call-${f.name}` }, { kind: "func", typeIndex: funcType(f, plugOwn) })
  }));
  const lower = (list) => s.coreInstanceOfFuncs(list.map(({ name, func }) => ({ name, func: s.lowerPlain(func) })));
  const wrapInstance = lower(wraps);
  const callInstance = lower(calls);
  const module = s.coreModule(
    wrappingModule(
      functions.map((f) => ({ name: f.name, wraps: f.params.map(wrapName) })),
      "wrap",
      "call"
    )
  );
  const core2 = s.coreInstantiate(module, [
    { name: "wrap", instance: wrapInstance },
    { name: "call", instance: callInstance }
  ]);
  for (const f of functions) {
    const lifted = s.liftPlain(s.aliasCoreExport("func", core2, f.name), funcType(f, hostOwn));
    s.export({ name: f.name }, { sort: FUNC_SORT, index: lifted });
  }
  return s.finish();
}

// src/compose/compose.ts
var PLAIN_TYPES = "plain types, defined in place";
function compose(root, plugs, bridges = []) {
  const toNode = (input) => composeNode(
    input.label,
    input.chunks ?? [input.bytes],
    input.component ?? readComponent(input.bytes)
  );
  const plan = planComposition(toNode(root), plugs.map(toNode));
  return new Composer(plan.hostImports).emit(plan.nodes, plan.root, plan.warnings, bridges);
}
var Composer = class {
  constructor(hostImports) {
    this.hostImports = hostImports;
  }
  hostImports;
  b = new ComponentBuilder();
  hostIndex = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  aliases = /* @__PURE__ */ new Map();
  relocated = /* @__PURE__ */ new Map();
  instances = /* @__PURE__ */ new Map();
  /** The host import whose type is being carried over, for messages. */
  current;
  emit(nodes, root, warnings, bridges) {
    const splits = [];
    for (const key of this.hostImports.keys()) {
      try {
        this.host(key);
      } catch (error) {
        if (!(error instanceof SplitResource)) throw error;
        splits.push(error);
      }
    }
    if (splits.length > 0) throw splitError(splits);
    const componentIndex = new Map(nodes.map((node) => [node, this.b.component(node.nested)]));
    const satisfied = [];
    for (const node of nodes) {
      const args = node.component.imports.map((imp) => {
        const name = imp.name.name;
        const wire = node.wiring.get(name);
        if (wire.from === "host")
          return {
            name,
            item: { sort: externSort(imp.type), index: this.hostIndex.get(wire.key) }
          };
        if (wire.from === "types") {
          satisfied.push({
            consumer: node.label,
            import: name,
            plug: PLAIN_TYPES,
            export: wire.names.join(", ")
          });
          return {
            name,
            item: { sort: INSTANCE_SORT, index: this.typesInstance(node, wire.typeIndex, wire.names) }
          };
        }
        satisfied.push({
          consumer: node.label,
          import: name,
          plug: wire.plug.label,
          export: wire.exportName
        });
        return {
          name,
          item: {
            sort: wire.sort,
            index: this.alias(wire.sort, this.instances.get(wire.plug), wire.exportName)
          }
        };
      });
      this.instances.set(node, this.b.instantiate(componentIndex.get(node), args));
    }
    const missing = bridges.find(
      (b) => !root.component.exports.some((e) => e.name.name === b.export)
    );
    if (missing) throw new ComposeError(`'${root.label}' exports no ${missing.export}`);
    const rootInstance = this.instances.get(root);
    for (const exp of root.component.exports) {
      const bridge = bridges.find((b) => b.export === exp.name.name);
      this.b.export(exp.name, {
        sort: exp.item.sort,
        index: bridge ? bridgeExport(this.bridgeContext(nodes, root), root, rootInstance, bridge) : this.alias(exp.item.sort, rootInstance, exp.name.name)
      });
    }
    const { chunks, beforeNested } = this.b.finishChunks();
    let bytes;
    let imports;
    return {
      get bytes() {
        return bytes ??= concatBytes(chunks);
      },
      chunks,
      length: chunks.reduce((n, c) => n + c.length, 0),
      get imports() {
        return imports ??= describeComponent(
          readComponent(concatBytes(chunks.slice(0, beforeNested)))
        ).imports;
      },
      warnings,
      satisfied
    };
  }
  bridgeContext(nodes, root) {
    return {
      b: this.b,
      alias: (sort, instance, name) => this.alias(sort, instance, name),
      hostInstance: (name) => this.hostIndex.get(compatibilityKey(name)),
      suppliedInstance: (name) => {
        const wire = root.wiring.get(name);
        return wire?.from === "plug" ? this.alias(INSTANCE_SORT, this.instances.get(wire.plug), wire.exportName) : void 0;
      },
      plugInstance: (name) => {
        const plug = nodes.find(
          (n) => n !== root && n.component.exports.some((e) => e.name.name === name)
        );
        return plug && this.instances.get(plug);
      }
    };
  }
  /** One `alias export` per (instance, sort, name), however often it is needed. */
  alias(sort, instance, name) {
    const key = `${instance}\0${sortName(sort)}\0${name}`;
    let index = this.aliases.get(key);
    if (index === void 0) {
      index = this.b.aliasExport(sort, instance, name);
      this.aliases.set(key, index);
    }
    return index;
  }
  /** Emits the composed component's import for a host interface (once), with a type that fits every user. */
  host(key) {
    const done = this.hostIndex.get(key);
    if (done !== void 0) return done;
    const group = this.hostImports.get(key);
    if (this.inProgress.has(key))
      throw new ComposeError(`the type of ${group.name} refers to itself`);
    this.inProgress.add(key);
    const outer = this.current;
    this.current = group;
    try {
      const index = this.importFor(group);
      this.hostIndex.set(key, index);
      return index;
    } finally {
      this.current = outer;
      this.inProgress.delete(key);
    }
  }
  importFor(group) {
    const first = group.sources[0];
    const name = { ...first.imp.name, name: group.name };
    const type = first.imp.type;
    let index;
    switch (type.kind) {
      case "instance": {
        const merged = this.mergeInstanceTypes(group);
        index = this.b.import(name, {
          kind: "instance",
          typeIndex: this.b.type((w) => w.bytes(merged.view()))
        });
        break;
      }
      case "func":
      case "component":
        index = this.b.import(name, {
          kind: type.kind,
          typeIndex: this.relocate(first.node, type.typeIndex)
        });
        break;
      case "type":
        index = this.b.import(
          name,
          "eq" in type.bound ? { kind: "type", bound: { eq: this.relocate(first.node, type.bound.eq) } } : type
        );
        break;
      default:
        throw new ComposeError(
          `'${first.node.label}' imports ${group.name} as a ${type.kind}, which composition does not carry over yet`
        );
    }
    return index;
  }
  /** How a nested component's own type indices map into the composed component. */
  outerMap(node) {
    return (sort, index) => {
      if ("component" in sort && sort.component === "type") return this.relocate(node, index);
      throw new ComposeError(
        `'${node.label}' refers to ${sortName(sort)} ${index} from an import type; composition carries only component types`
      );
    };
  }
  /**
   * The instance type of a host import used by several components: the union
   * of their declarations, each renumbered into the merged scope, with an
   * export that several declare kept once.
   */
  mergeInstanceTypes(group) {
    const body = new ByteWriter();
    let count = 0;
    const sizes = /* @__PURE__ */ new Map();
    const exported = /* @__PURE__ */ new Map();
    for (const { node, imp } of group.sources) {
      const instanceType = imp.type.kind === "instance" ? resolveInstanceType(node.component.scope, imp.type.typeIndex) : void 0;
      if (!instanceType)
        throw new ComposeError(`cannot resolve the type of ${imp.name.name} in '${node.label}'`);
      const local = /* @__PURE__ */ new Map();
      const localMap = (sort, index) => {
        const mapped = local.get(sortName(sort))?.[index];
        if (mapped === void 0)
          throw new ComposeError(
            `${imp.name.name} in '${node.label}' refers to an unknown ${sortName(sort)} ${index}`
          );
        return mapped;
      };
      const record2 = (sort, index) => {
        const list = local.get(sortName(sort)) ?? [];
        list.push(index);
        local.set(sortName(sort), list);
      };
      for (const decl of instanceType.decls) {
        const sort = declaredSort(decl);
        const previous = decl.kind === "export" ? exported.get(decl.name.name) : void 0;
        if (sort && previous !== void 0) {
          record2(sort, previous);
          continue;
        }
        encodeDeclaration(body, decl, [this.outerMap(node), localMap]);
        count++;
        if (!sort) continue;
        const index = sizes.get(sortName(sort)) ?? 0;
        sizes.set(sortName(sort), index + 1);
        record2(sort, index);
        if (decl.kind === "export") exported.set(decl.name.name, index);
      }
    }
    return new ByteWriter().u8(66).u32(count).bytes(body.view());
  }
  /** Carries type `index` of a nested component into the composed component. */
  relocate(node, index) {
    let memo = this.relocated.get(node);
    if (!memo) this.relocated.set(node, memo = /* @__PURE__ */ new Map());
    const done = memo.get(index);
    if (done !== void 0) return done;
    const origin = node.component.scope.component.type[index];
    let result;
    if (origin?.via === "type" && origin.type.kind !== "resource") {
      const w = new ByteWriter();
      encodeDefType(w, origin.type, [this.outerMap(node)]);
      result = this.b.type((out) => out.bytes(w.view()));
    } else if (origin?.via === "alias" && origin.alias.kind === "export") {
      const instanceOrigin = node.component.scope.component.instance[origin.alias.instance];
      if (instanceOrigin?.via !== "import") throw this.cannotCarry(node, index);
      const imported = node.wiring.get(instanceOrigin.name)?.from === "host";
      const byValue = !imported && instanceOrigin.type.kind === "instance" ? this.definePlainType(node, instanceOrigin.type.typeIndex, origin.alias.name) : void 0;
      result = byValue ?? this.alias(
        origin.alias.sort,
        this.hostOf(node, instanceOrigin.name, origin.alias.name),
        origin.alias.name
      );
    } else if (origin?.via === "import") {
      result = this.hostOf(node, origin.name, origin.name);
    } else {
      throw this.cannotCarry(node, index);
    }
    memo.set(index, result);
    return result;
  }
  /**
   * Defines again, by value, a plain value type that a nested component takes
   * from one of its instance imports (wall-clock's `datetime` in
   * filesystem/types), so the composed import does not depend on where that
   * interface comes from. Undefined when the type is not plain.
   */
  definePlainType(node, instanceTypeIndex, name) {
    const instanceType = resolveInstanceType(node.component.scope, instanceTypeIndex);
    if (!instanceType) return void 0;
    const { locals, types: types2 } = localTypes(instanceType.decls);
    const index = types2.get(name);
    if (index === void 0 || !isPlainValueType(locals, index)) return void 0;
    const defined = /* @__PURE__ */ new Map();
    const define = (local) => {
      const known = defined.get(local);
      if (known !== void 0) return known;
      const w = new ByteWriter();
      encodeDefType(w, definitionOf(locals, local), [(_sort, i) => define(i)]);
      const at = this.b.type((out) => out.bytes(w.view()));
      defined.set(local, at);
      return at;
    };
    return define(index);
  }
  /** An instance exporting, defined by value, the plain types a nested component's instance import declares. */
  typesInstance(node, typeIndex2, names) {
    return this.b.instance(
      names.map((name) => ({
        name: { name },
        item: { sort: TYPE_SORT, index: this.definePlainType(node, typeIndex2, name) }
      }))
    );
  }
  /** The composed import standing for a nested component's import, which must come from the host. */
  hostOf(node, importName, typeName) {
    const wire = node.wiring.get(importName);
    if (wire.from === "host") return this.host(wire.key);
    if (wire.from === "types")
      throw new Error(
        `internal: ${importName} of '${node.label}' is defined in place, not imported`
      );
    throw new SplitResource(
      wire.plug.label,
      importName,
      node.label,
      this.current?.name ?? "an import",
      typeName
    );
  }
  cannotCarry(node, index) {
    return new ComposeError(
      `type ${index} of '${node.label}' is defined inside it and cannot be carried into an import of the composed component`
    );
  }
};
var SplitResource = class extends Error {
  constructor(plug, supplied, consumer, needer, typeName) {
    super(`${needer} needs ${typeName} from ${supplied}, which ${plug} supplies`);
    this.plug = plug;
    this.supplied = supplied;
    this.consumer = consumer;
    this.needer = needer;
    this.typeName = typeName;
  }
  plug;
  supplied;
  consumer;
  needer;
  typeName;
};
function splitError(splits) {
  const groups = /* @__PURE__ */ new Map();
  for (const split2 of splits) {
    const key = `${split2.plug}\0${split2.supplied}\0${split2.consumer}`;
    groups.set(key, [...groups.get(key) ?? [], split2]);
  }
  const sentences = [...groups.values()].map((group) => {
    const { plug, supplied, consumer } = group[0];
    const neederList = [...new Set(group.map((s) => s.needer))];
    const needers = neederList.join(", ");
    const types2 = [...new Set(group.map((s) => s.typeName))].join(", ");
    const uses = neederList.length === 1 ? "uses" : "use";
    return `'${plug}' supplies ${supplied}, but '${consumer}' still imports ${needers} from the host, which ${uses} ${types2} from ${supplied}: '${plug}' must also export ${needers}`;
  });
  return new ComposeError(sentences.join("; "));
}
function declaredSort(decl) {
  switch (decl.kind) {
    case "core-type":
      return { core: "type" };
    case "type":
      return TYPE_SORT;
    case "alias":
      return decl.alias.sort;
    case "import":
    case "export":
      return externSort(decl.type);
  }
}

// src/component/write/core-data.ts
var DATA_SECTION = 11;
var DATA_COUNT_SECTION = 12;
var CODE_SECTION = 10;
function coreSections(module) {
  const r = new ByteReader(module, 8);
  const sections = [];
  while (!r.atEnd) {
    const start = r.offset;
    const id = r.u8("a core section id");
    const size = r.u32("(core section size)");
    sections.push({ id, start, payloadStart: r.offset, end: r.offset + size });
    r.offset += size;
  }
  return sections;
}
var framed = (id, payload, length) => {
  if (payload instanceof ByteWriter) return [new ByteWriter().u8(id).sized(payload).toBytes()];
  return [new ByteWriter().u8(id).u32(length).toBytes(), ...payload];
};
var coreModuleSection = (module) => framed(
  1,
  module,
  module.reduce((n, chunk) => n + chunk.length, 0)
);
var PASSIVE_PLACEHOLDER = [1, 0];
function withoutPlaceholders(segments, count) {
  const size = count * PASSIVE_PLACEHOLDER.length;
  const tail = segments.subarray(segments.length - size);
  if (size > segments.length || tail.some((b, i) => b !== PASSIVE_PLACEHOLDER[i % 2]))
    throw new Error(`the adapter module does not end with ${count} passive placeholder segments`);
  return segments.subarray(0, segments.length - size);
}
function withDataSegments(module, segments, passive = []) {
  if (segments.length === 0 && passive.length === 0) return [module];
  const sections = coreSections(module);
  const data = sections.find((s) => s.id === DATA_SECTION);
  const oldCount = data ? new ByteReader(module, data.payloadStart, data.end).u32() : 0;
  const oldSegments = data ? (() => {
    const r = new ByteReader(module, data.payloadStart, data.end);
    r.u32();
    return withoutPlaceholders(module.subarray(r.offset, data.end), passive.length);
  })() : withoutPlaceholders(new Uint8Array(), passive.length);
  const payload = [
    new ByteWriter().u32(oldCount + segments.length).toBytes(),
    oldSegments
  ];
  for (const bytes of passive)
    payload.push(new ByteWriter().u8(1).u32(bytes.length).toBytes(), bytes);
  for (const { address, data: bytes } of segments) {
    payload.push(
      new ByteWriter().u8(0).u8(65).s33(address | 0).u8(11).u32(bytes.length).toBytes(),
      bytes
    );
  }
  const newData = framed(
    DATA_SECTION,
    payload,
    payload.reduce((n, c) => n + c.length, 0)
  );
  const chunks = [module.subarray(0, 8)];
  let placed = false;
  for (const section of sections) {
    if (section.id === DATA_COUNT_SECTION) {
      chunks.push(...framed(DATA_COUNT_SECTION, new ByteWriter().u32(oldCount + segments.length)));
      continue;
    }
    if (section.id === DATA_SECTION) {
      chunks.push(...newData);
      placed = true;
      continue;
    }
    chunks.push(module.subarray(section.start, section.end));
    if (!data && section.id === CODE_SECTION) {
      chunks.push(...newData);
      placed = true;
    }
  }
  if (!placed) chunks.push(...newData);
  return chunks;
}

// src/virt/adapter-module.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/component/core/module-model.ts
var EXTERN_KINDS = ["func", "table", "memory", "global", "tag"];
function constantExpression(r) {
  const start = r.offset;
  const op = r.u8("a constant expression");
  if (op === 65) r.signedLeb(32, "an i32.const");
  else if (op === 66) r.signedLeb(64, "an i64.const");
  else if (op === 67) r.take(4, "an f32.const");
  else if (op === 68) r.take(8, "an f64.const");
  else if (op === 35) r.u32("a global index");
  else r.fail(`unsupported constant expression opcode 0x${op.toString(16)}`, start);
  if (r.u8("end of a constant expression") !== 11)
    r.fail("a constant expression holds more than one instruction", start);
  return r.bytes.subarray(start, r.offset);
}
function i32Constant(init) {
  const r = new ByteReader(init);
  if (r.u8() !== 65) r.fail("expected i32.const", 0);
  return r.signedLeb(32, "an i32.const");
}
function readTypes(r) {
  return r.vec("core types", () => {
    const at = r.offset;
    if (r.u8("a core type form") !== 96) r.fail("only function types are supported", at);
    const valueTypes = () => r.vec("value types", () => r.u8("a value type"));
    return { params: valueTypes(), results: valueTypes() };
  });
}
function readImports(r) {
  return r.vec("core imports", () => {
    const module = r.name("an import module name");
    const name = r.name("an import name");
    const kindAt = r.offset;
    const kind = EXTERN_KINDS[r.u8("an import kind")];
    const start = r.offset;
    let type;
    if (kind === "func") type = r.u32("a type index");
    else if (kind === "global") r.take(2, "a global type");
    else if (kind === "memory") readLimits2(r);
    else if (kind === "table") {
      r.u8("a table element type");
      readLimits2(r);
    } else r.fail(`unsupported import kind`, kindAt);
    return { module, name, kind, type, descriptor: r.bytes.subarray(start, r.offset) };
  });
}
function readLimits2(r) {
  const at = r.offset;
  const flags = r.u8("limits flags");
  if (flags > 1) r.fail(`unsupported limits flags 0x${flags.toString(16)} (shared or 64-bit)`, at);
  const min = r.u32("a limits minimum");
  return flags === 1 ? { min, max: r.u32("a limits maximum") } : { min };
}
function readElements(r) {
  return r.vec("element segments", () => {
    const start = r.offset;
    const flags = r.u32("element segment flags");
    if (flags === 0) constantExpression(r);
    else if (flags === 2) {
      r.u32("a table index");
      constantExpression(r);
    }
    if (flags === 1 || flags === 2 || flags === 3) {
      if (r.u8("an element kind") !== 0) r.fail("unsupported element kind", r.offset - 1);
    } else if (flags !== 0) r.fail(`unsupported element segment flags ${flags}`, start);
    const head = r.bytes.subarray(start, r.offset);
    return { head, functions: r.vec("element functions", () => r.u32("a function index")) };
  });
}
var emptyModel = () => ({
  types: [],
  imports: [],
  functions: [],
  globals: [],
  exports: [],
  elements: [],
  code: [],
  data: { count: 0, segments: new Uint8Array() },
  dataCount: false
});
function readModuleModel(bytes) {
  const r = new ByteReader(bytes);
  const magic = r.take(8, "the core module preamble");
  if (magic.join() !== "0,97,115,109,1,0,0,0") r.fail("not a core wasm module (version 1)", 0);
  const model = emptyModel();
  while (!r.atEnd) {
    const idAt = r.offset;
    const id = r.u8("a section id");
    const size = r.u32("a section size");
    const s = new ByteReader(bytes, r.offset, r.offset + r.take(size, "a section").length);
    if (id === 1) model.types = readTypes(s);
    else if (id === 2) model.imports = readImports(s);
    else if (id === 3) model.functions = s.vec("functions", () => s.u32("a type index"));
    else if (id === 4) model.tables = s.take(s.remaining, "the table section");
    else if (id === 5) {
      const memories = s.vec("memories", () => readLimits2(s));
      if (memories.length > 1) s.fail("more than one memory", idAt);
      model.memory = memories[0];
    } else if (id === 6)
      model.globals = s.vec("globals", () => ({
        type: s.take(2, "a global type"),
        init: constantExpression(s)
      }));
    else if (id === 7)
      model.exports = s.vec("exports", () => {
        const name = s.name("an export name");
        const kind = EXTERN_KINDS[s.u8("an export kind")];
        if (!kind) s.fail("unknown export kind", s.offset - 1);
        return { name, kind, index: s.u32("an export index") };
      });
    else if (id === 8) model.start = s.u32("the start function");
    else if (id === 9) model.elements = readElements(s);
    else if (id === 10)
      model.code = s.vec("function bodies", () => s.take(s.u32("a body size"), "a body"));
    else if (id === 11) {
      const count = s.u32("data segments");
      model.data = { count, segments: s.take(s.remaining, "the data segments") };
    } else if (id === 12) {
      model.dataCount = true;
      s.u32("the data count");
    } else if (id !== 0) r.fail(`unsupported section id ${id}`, idAt);
    if (id !== 0) s.expectEnd(`section ${id}`);
  }
  if (model.code.length !== model.functions.length)
    r.fail("the code and function sections disagree on the number of functions", 0);
  return model;
}
var copyModel = (m) => ({
  ...m,
  types: m.types.map((t) => ({ params: [...t.params], results: [...t.results] })),
  imports: m.imports.map((i) => ({ ...i })),
  functions: [...m.functions],
  ...m.memory ? { memory: { ...m.memory } } : {},
  globals: m.globals.map((g) => ({ ...g })),
  exports: m.exports.map((e) => ({ ...e })),
  elements: m.elements.map((e) => ({ ...e, functions: [...e.functions] })),
  code: [...m.code],
  data: { ...m.data }
});
var importedFunctions = (m) => m.imports.filter((i) => i.kind === "func").length;
var importedGlobals = (m) => m.imports.filter((i) => i.kind === "global").length;
function functionType(m, index) {
  const imported = m.imports.filter((i) => i.kind === "func");
  const type = index < imported.length ? imported[index].type : m.functions[index - imported.length];
  const found = m.types[type];
  if (!found) throw new Error(`function ${index} has an unknown type ${type}`);
  return found;
}
function customSection(bytes, name) {
  const r = new ByteReader(bytes);
  r.take(8, "the core module preamble");
  while (!r.atEnd) {
    const id = r.u8("a section id");
    const size = r.u32("a section size");
    const end = r.offset + size;
    if (id === 0) {
      const s = new ByteReader(bytes, r.offset, end);
      if (s.name("a custom section name") === name) return s.take(s.remaining, name);
    }
    r.take(size, "a section");
  }
  return void 0;
}

// src/component/core/write-module.ts
function limits(w, l) {
  if (l.max === void 0) w.u8(0).u32(l.min);
  else w.u8(1).u32(l.min).u32(l.max);
}
function writeModuleModel(m) {
  const out = new ByteWriter().bytes([0, 97, 115, 109, 1, 0, 0, 0]);
  const section = (id, present, write) => {
    if (!present) return;
    const w = new ByteWriter();
    write(w);
    out.u8(id).sized(w);
  };
  section(
    1,
    m.types.length > 0,
    (w) => w.vec(m.types, (t) => {
      w.u8(96).vec(t.params, (v) => w.u8(v));
      w.vec(t.results, (v) => w.u8(v));
    })
  );
  section(
    2,
    m.imports.length > 0,
    (w) => w.vec(m.imports, (i) => {
      w.name(i.module).name(i.name).u8(EXTERN_KINDS.indexOf(i.kind));
      if (i.kind === "func") w.u32(i.type);
      else w.bytes(i.descriptor);
    })
  );
  section(3, m.functions.length > 0, (w) => w.vec(m.functions, (t) => w.u32(t)));
  section(4, m.tables !== void 0, (w) => w.bytes(m.tables));
  section(5, m.memory !== void 0, (w) => limits(w.u32(1), m.memory));
  section(6, m.globals.length > 0, (w) => w.vec(m.globals, (g) => w.bytes(g.type).bytes(g.init)));
  section(
    7,
    m.exports.length > 0,
    (w) => w.vec(m.exports, (e) => w.name(e.name).u8(EXTERN_KINDS.indexOf(e.kind)).u32(e.index))
  );
  section(8, m.start !== void 0, (w) => w.u32(m.start));
  section(
    9,
    m.elements.length > 0,
    (w) => w.vec(m.elements, (e) => w.bytes(e.head).vec(e.functions, (f) => w.u32(f)))
  );
  section(12, m.dataCount, (w) => w.u32(m.data.count));
  section(10, m.code.length > 0, (w) => w.vec(m.code, (body) => w.u32(body.length).bytes(body)));
  section(11, m.data.count > 0, (w) => w.u32(m.data.count).bytes(m.data.segments));
  return out.toBytes();
}

// src/virt/wasi-catalogue.generated.ts
var WASI_CATALOGUE = {
  "wasi:cli/environment": {
    types: [],
    functions: {
      "get-environment": "func() -> list<tuple<string, string>>",
      "get-arguments": "func() -> list<string>",
      "initial-cwd": "func() -> option<string>"
    }
  },
  "wasi:cli/exit": {
    types: [],
    functions: { exit: "func(status: result)", "exit-with-code": "func(status-code: u8)" },
    notes: { "exit-with-code": "since 0.2.12" }
  },
  "wasi:cli/run": { types: [], functions: { run: "func() -> result" } },
  "wasi:cli/stderr": {
    types: ["use wasi:io/streams@{version}.{output-stream};"],
    functions: { "get-stderr": "func() -> output-stream" },
    uses: ["wasi:io/streams"]
  },
  "wasi:cli/stdin": {
    types: ["use wasi:io/streams@{version}.{input-stream};"],
    functions: { "get-stdin": "func() -> input-stream" },
    uses: ["wasi:io/streams"]
  },
  "wasi:cli/stdout": {
    types: ["use wasi:io/streams@{version}.{output-stream};"],
    functions: { "get-stdout": "func() -> output-stream" },
    uses: ["wasi:io/streams"]
  },
  "wasi:cli/terminal-input": { types: ["resource terminal-input"], functions: {} },
  "wasi:cli/terminal-output": { types: ["resource terminal-output"], functions: {} },
  "wasi:cli/terminal-stderr": {
    types: ["use terminal-output.{terminal-output};"],
    functions: { "get-terminal-stderr": "func() -> option<terminal-output>" },
    uses: ["wasi:cli/terminal-output"]
  },
  "wasi:cli/terminal-stdin": {
    types: ["use terminal-input.{terminal-input};"],
    functions: { "get-terminal-stdin": "func() -> option<terminal-input>" },
    uses: ["wasi:cli/terminal-input"]
  },
  "wasi:cli/terminal-stdout": {
    types: ["use terminal-output.{terminal-output};"],
    functions: { "get-terminal-stdout": "func() -> option<terminal-output>" },
    uses: ["wasi:cli/terminal-output"]
  },
  "wasi:clocks/monotonic-clock": {
    types: [
      "use wasi:io/poll@{version}.{pollable};",
      "type instant = u64;",
      "type duration = u64;"
    ],
    functions: {
      now: "func() -> instant",
      resolution: "func() -> duration",
      "subscribe-instant": "func(when: instant) -> pollable",
      "subscribe-duration": "func(when: duration) -> pollable"
    },
    uses: ["wasi:io/poll"]
  },
  "wasi:clocks/timezone": {
    types: [
      "use wall-clock.{datetime};",
      "record timezone-display { utc-offset: s32, name: string, in-daylight-saving-time: bool }"
    ],
    functions: {
      display: "func(when: datetime) -> timezone-display",
      "utc-offset": "func(when: datetime) -> s32"
    },
    uses: ["wasi:clocks/wall-clock"],
    stability: "unstable clocks-timezone",
    notes: {
      datetime: "unstable clocks-timezone",
      "timezone-display": "unstable clocks-timezone",
      display: "unstable clocks-timezone",
      "utc-offset": "unstable clocks-timezone"
    }
  },
  "wasi:clocks/wall-clock": {
    types: ["record datetime { seconds: u64, nanoseconds: u32 }"],
    functions: { now: "func() -> datetime", resolution: "func() -> datetime" }
  },
  "wasi:config/store": {
    types: ["variant error { upstream(string), io(string) }"],
    functions: {
      get: "func(key: string) -> result<option<string>, error>",
      "get-all": "func() -> result<list<tuple<string, string>>, error>"
    }
  },
  "wasi:filesystem/preopens": {
    types: ["use types.{descriptor};"],
    functions: { "get-directories": "func() -> list<tuple<descriptor, string>>" },
    uses: ["wasi:filesystem/types"]
  },
  "wasi:filesystem/types": {
    types: [
      "use wasi:io/streams@{version}.{input-stream, output-stream, error};",
      "use wasi:clocks/wall-clock@{version}.{datetime};",
      "type filesize = u64;",
      "enum descriptor-type { unknown, block-device, character-device, directory, fifo, symbolic-link, regular-file, socket }",
      "flags descriptor-flags { read, write, file-integrity-sync, data-integrity-sync, requested-write-sync, mutate-directory }",
      "flags path-flags { symlink-follow }",
      "flags open-flags { create, directory, exclusive, truncate }",
      "type link-count = u64;",
      "record descriptor-stat { %type: descriptor-type, link-count: link-count, size: filesize, data-access-timestamp: option<datetime>, data-modification-timestamp: option<datetime>, status-change-timestamp: option<datetime> }",
      "variant new-timestamp { no-change, now, timestamp(datetime) }",
      "record directory-entry { %type: descriptor-type, name: string }",
      "enum error-code { access, would-block, already, bad-descriptor, busy, deadlock, quota, exist, file-too-large, illegal-byte-sequence, in-progress, interrupted, invalid, io, is-directory, loop, too-many-links, message-size, name-too-long, no-device, no-entry, no-lock, insufficient-memory, insufficient-space, not-directory, not-empty, not-recoverable, unsupported, no-tty, no-such-device, overflow, not-permitted, pipe, read-only, invalid-seek, text-file-busy, cross-device }",
      "enum advice { normal, sequential, random, will-need, dont-need, no-reuse }",
      "record metadata-hash-value { lower: u64, upper: u64 }",
      "resource descriptor",
      "resource directory-entry-stream"
    ],
    functions: {
      "[method]descriptor.read-via-stream": "func(offset: filesize) -> result<input-stream, error-code>",
      "[method]descriptor.write-via-stream": "func(offset: filesize) -> result<output-stream, error-code>",
      "[method]descriptor.append-via-stream": "func() -> result<output-stream, error-code>",
      "[method]descriptor.advise": "func(offset: filesize, length: filesize, advice: advice) -> result<_, error-code>",
      "[method]descriptor.sync-data": "func() -> result<_, error-code>",
      "[method]descriptor.get-flags": "func() -> result<descriptor-flags, error-code>",
      "[method]descriptor.get-type": "func() -> result<descriptor-type, error-code>",
      "[method]descriptor.set-size": "func(size: filesize) -> result<_, error-code>",
      "[method]descriptor.set-times": "func(data-access-timestamp: new-timestamp, data-modification-timestamp: new-timestamp) -> result<_, error-code>",
      "[method]descriptor.read": "func(length: filesize, offset: filesize) -> result<tuple<list<u8>, bool>, error-code>",
      "[method]descriptor.write": "func(buffer: list<u8>, offset: filesize) -> result<filesize, error-code>",
      "[method]descriptor.read-directory": "func() -> result<directory-entry-stream, error-code>",
      "[method]descriptor.sync": "func() -> result<_, error-code>",
      "[method]descriptor.create-directory-at": "func(path: string) -> result<_, error-code>",
      "[method]descriptor.stat": "func() -> result<descriptor-stat, error-code>",
      "[method]descriptor.stat-at": "func(path-flags: path-flags, path: string) -> result<descriptor-stat, error-code>",
      "[method]descriptor.set-times-at": "func(path-flags: path-flags, path: string, data-access-timestamp: new-timestamp, data-modification-timestamp: new-timestamp) -> result<_, error-code>",
      "[method]descriptor.link-at": "func(old-path-flags: path-flags, old-path: string, new-descriptor: borrow<descriptor>, new-path: string) -> result<_, error-code>",
      "[method]descriptor.open-at": "func(path-flags: path-flags, path: string, open-flags: open-flags, %flags: descriptor-flags) -> result<descriptor, error-code>",
      "[method]descriptor.readlink-at": "func(path: string) -> result<string, error-code>",
      "[method]descriptor.remove-directory-at": "func(path: string) -> result<_, error-code>",
      "[method]descriptor.rename-at": "func(old-path: string, new-descriptor: borrow<descriptor>, new-path: string) -> result<_, error-code>",
      "[method]descriptor.symlink-at": "func(old-path: string, new-path: string) -> result<_, error-code>",
      "[method]descriptor.unlink-file-at": "func(path: string) -> result<_, error-code>",
      "[method]descriptor.is-same-object": "func(other: borrow<descriptor>) -> bool",
      "[method]descriptor.metadata-hash": "func() -> result<metadata-hash-value, error-code>",
      "[method]descriptor.metadata-hash-at": "func(path-flags: path-flags, path: string) -> result<metadata-hash-value, error-code>",
      "[method]directory-entry-stream.read-directory-entry": "func() -> result<option<directory-entry>, error-code>",
      "filesystem-error-code": "func(err: borrow<error>) -> option<error-code>"
    },
    uses: ["wasi:io/streams", "wasi:clocks/wall-clock"]
  },
  "wasi:http/incoming-handler": {
    types: ["use types.{incoming-request, response-outparam};"],
    functions: { handle: "func(request: incoming-request, response-out: response-outparam)" },
    uses: ["wasi:http/types"]
  },
  "wasi:http/outgoing-handler": {
    types: ["use types.{outgoing-request, request-options, future-incoming-response, error-code};"],
    functions: {
      handle: "func(request: outgoing-request, options: option<request-options>) -> result<future-incoming-response, error-code>"
    },
    uses: ["wasi:http/types"]
  },
  "wasi:http/types": {
    types: [
      "use wasi:clocks/monotonic-clock@{version}.{duration};",
      "use wasi:io/streams@{version}.{input-stream, output-stream};",
      "use wasi:io/error@{version}.{error as io-error};",
      "use wasi:io/poll@{version}.{pollable};",
      "variant method { get, head, post, put, delete, connect, options, trace, patch, other(string) }",
      "variant scheme { HTTP, HTTPS, other(string) }",
      "record DNS-error-payload { rcode: option<string>, info-code: option<u16> }",
      "record TLS-alert-received-payload { alert-id: option<u8>, alert-message: option<string> }",
      "record field-size-payload { field-name: option<string>, field-size: option<u32> }",
      "variant error-code { DNS-timeout, DNS-error(DNS-error-payload), destination-not-found, destination-unavailable, destination-IP-prohibited, destination-IP-unroutable, connection-refused, connection-terminated, connection-timeout, connection-read-timeout, connection-write-timeout, connection-limit-reached, TLS-protocol-error, TLS-certificate-error, TLS-alert-received(TLS-alert-received-payload), HTTP-request-denied, HTTP-request-length-required, HTTP-request-body-size(option<u64>), HTTP-request-method-invalid, HTTP-request-URI-invalid, HTTP-request-URI-too-long, HTTP-request-header-section-size(option<u32>), HTTP-request-header-size(option<field-size-payload>), HTTP-request-trailer-section-size(option<u32>), HTTP-request-trailer-size(field-size-payload), HTTP-response-incomplete, HTTP-response-header-section-size(option<u32>), HTTP-response-header-size(field-size-payload), HTTP-response-body-size(option<u64>), HTTP-response-trailer-section-size(option<u32>), HTTP-response-trailer-size(field-size-payload), HTTP-response-transfer-coding(option<string>), HTTP-response-content-coding(option<string>), HTTP-response-timeout, HTTP-upgrade-failed, HTTP-protocol-error, loop-detected, configuration-error, internal-error(option<string>) }",
      "variant header-error { invalid-syntax, forbidden, immutable }",
      "type field-key = string;",
      "type field-name = field-key;",
      "type field-value = list<u8>;",
      "resource fields",
      "type headers = fields;",
      "type trailers = fields;",
      "resource incoming-request",
      "resource outgoing-request",
      "resource request-options",
      "resource response-outparam",
      "type status-code = u16;",
      "resource incoming-response",
      "resource incoming-body",
      "resource future-trailers",
      "resource outgoing-response",
      "resource outgoing-body",
      "resource future-incoming-response"
    ],
    functions: {
      "http-error-code": "func(err: borrow<io-error>) -> option<error-code>",
      "[constructor]fields": "func()",
      "[static]fields.from-list": "func(entries: list<tuple<field-name, field-value>>) -> result<fields, header-error>",
      "[method]fields.get": "func(name: field-name) -> list<field-value>",
      "[method]fields.has": "func(name: field-name) -> bool",
      "[method]fields.set": "func(name: field-name, value: list<field-value>) -> result<_, header-error>",
      "[method]fields.delete": "func(name: field-name) -> result<_, header-error>",
      "[method]fields.append": "func(name: field-name, value: field-value) -> result<_, header-error>",
      "[method]fields.entries": "func() -> list<tuple<field-name, field-value>>",
      "[method]fields.clone": "func() -> fields",
      "[method]incoming-request.method": "func() -> method",
      "[method]incoming-request.path-with-query": "func() -> option<string>",
      "[method]incoming-request.scheme": "func() -> option<scheme>",
      "[method]incoming-request.authority": "func() -> option<string>",
      "[method]incoming-request.headers": "func() -> headers",
      "[method]incoming-request.consume": "func() -> result<incoming-body>",
      "[constructor]outgoing-request": "func(headers: headers)",
      "[method]outgoing-request.body": "func() -> result<outgoing-body>",
      "[method]outgoing-request.method": "func() -> method",
      "[method]outgoing-request.set-method": "func(method: method) -> result",
      "[method]outgoing-request.path-with-query": "func() -> option<string>",
      "[method]outgoing-request.set-path-with-query": "func(path-with-query: option<string>) -> result",
      "[method]outgoing-request.scheme": "func() -> option<scheme>",
      "[method]outgoing-request.set-scheme": "func(scheme: option<scheme>) -> result",
      "[method]outgoing-request.authority": "func() -> option<string>",
      "[method]outgoing-request.set-authority": "func(authority: option<string>) -> result",
      "[method]outgoing-request.headers": "func() -> headers",
      "[constructor]request-options": "func()",
      "[method]request-options.connect-timeout": "func() -> option<duration>",
      "[method]request-options.set-connect-timeout": "func(duration: option<duration>) -> result",
      "[method]request-options.first-byte-timeout": "func() -> option<duration>",
      "[method]request-options.set-first-byte-timeout": "func(duration: option<duration>) -> result",
      "[method]request-options.between-bytes-timeout": "func() -> option<duration>",
      "[method]request-options.set-between-bytes-timeout": "func(duration: option<duration>) -> result",
      "[method]response-outparam.send-informational": "func(status: u16, headers: headers) -> result<_, error-code>",
      "[static]response-outparam.set": "func(param: response-outparam, response: result<outgoing-response, error-code>)",
      "[method]incoming-response.status": "func() -> status-code",
      "[method]incoming-response.headers": "func() -> headers",
      "[method]incoming-response.consume": "func() -> result<incoming-body>",
      "[method]incoming-body.stream": "func() -> result<input-stream>",
      "[static]incoming-body.finish": "func(this: incoming-body) -> future-trailers",
      "[method]future-trailers.subscribe": "func() -> pollable",
      "[method]future-trailers.get": "func() -> option<result<result<option<trailers>, error-code>>>",
      "[constructor]outgoing-response": "func(headers: headers)",
      "[method]outgoing-response.status-code": "func() -> status-code",
      "[method]outgoing-response.set-status-code": "func(status-code: status-code) -> result",
      "[method]outgoing-response.headers": "func() -> headers",
      "[method]outgoing-response.body": "func() -> result<outgoing-body>",
      "[method]outgoing-body.write": "func() -> result<output-stream>",
      "[static]outgoing-body.finish": "func(this: outgoing-body, trailers: option<trailers>) -> result<_, error-code>",
      "[method]future-incoming-response.subscribe": "func() -> pollable",
      "[method]future-incoming-response.get": "func() -> option<result<result<incoming-response, error-code>>>"
    },
    uses: ["wasi:clocks/monotonic-clock", "wasi:io/streams", "wasi:io/error", "wasi:io/poll"],
    notes: {
      "field-name": "since 0.2.1",
      "[method]response-outparam.send-informational": "unstable informational-outbound-responses"
    }
  },
  "wasi:io/error": {
    types: ["resource error"],
    functions: { "[method]error.to-debug-string": "func() -> string" }
  },
  "wasi:io/poll": {
    types: ["resource pollable"],
    functions: {
      "[method]pollable.ready": "func() -> bool",
      "[method]pollable.block": "func()",
      poll: "func(in: list<borrow<pollable>>) -> list<u32>"
    }
  },
  "wasi:io/streams": {
    types: [
      "use error.{error};",
      "use poll.{pollable};",
      "variant stream-error { last-operation-failed(error), closed }",
      "resource input-stream",
      "resource output-stream"
    ],
    functions: {
      "[method]input-stream.read": "func(len: u64) -> result<list<u8>, stream-error>",
      "[method]input-stream.blocking-read": "func(len: u64) -> result<list<u8>, stream-error>",
      "[method]input-stream.skip": "func(len: u64) -> result<u64, stream-error>",
      "[method]input-stream.blocking-skip": "func(len: u64) -> result<u64, stream-error>",
      "[method]input-stream.subscribe": "func() -> pollable",
      "[method]output-stream.check-write": "func() -> result<u64, stream-error>",
      "[method]output-stream.write": "func(contents: list<u8>) -> result<_, stream-error>",
      "[method]output-stream.blocking-write-and-flush": "func(contents: list<u8>) -> result<_, stream-error>",
      "[method]output-stream.flush": "func() -> result<_, stream-error>",
      "[method]output-stream.blocking-flush": "func() -> result<_, stream-error>",
      "[method]output-stream.subscribe": "func() -> pollable",
      "[method]output-stream.write-zeroes": "func(len: u64) -> result<_, stream-error>",
      "[method]output-stream.blocking-write-zeroes-and-flush": "func(len: u64) -> result<_, stream-error>",
      "[method]output-stream.splice": "func(src: borrow<input-stream>, len: u64) -> result<u64, stream-error>",
      "[method]output-stream.blocking-splice": "func(src: borrow<input-stream>, len: u64) -> result<u64, stream-error>"
    },
    uses: ["wasi:io/error", "wasi:io/poll"]
  },
  "wasi:random/insecure": {
    types: [],
    functions: {
      "get-insecure-random-bytes": "func(len: u64) -> list<u8>",
      "get-insecure-random-u64": "func() -> u64"
    }
  },
  "wasi:random/insecure-seed": {
    types: [],
    functions: { "insecure-seed": "func() -> tuple<u64, u64>" }
  },
  "wasi:random/random": {
    types: [],
    functions: {
      "get-random-bytes": "func(len: u64) -> list<u8>",
      "get-random-u64": "func() -> u64"
    }
  },
  "wasi:sockets/instance-network": {
    types: ["use network.{network};"],
    functions: { "instance-network": "func() -> network" },
    uses: ["wasi:sockets/network"]
  },
  "wasi:sockets/ip-name-lookup": {
    types: [
      "use wasi:io/poll@{version}.{pollable};",
      "use network.{network, error-code, ip-address};",
      "resource resolve-address-stream"
    ],
    functions: {
      "resolve-addresses": "func(network: borrow<network>, name: string) -> result<resolve-address-stream, error-code>",
      "[method]resolve-address-stream.resolve-next-address": "func() -> result<option<ip-address>, error-code>",
      "[method]resolve-address-stream.subscribe": "func() -> pollable"
    },
    uses: ["wasi:io/poll", "wasi:sockets/network"]
  },
  "wasi:sockets/network": {
    types: [
      "use wasi:io/error@{version}.{error};",
      "resource network",
      "enum error-code { unknown, access-denied, not-supported, invalid-argument, out-of-memory, timeout, concurrency-conflict, not-in-progress, would-block, invalid-state, new-socket-limit, address-not-bindable, address-in-use, remote-unreachable, connection-refused, connection-reset, connection-aborted, datagram-too-large, name-unresolvable, temporary-resolver-failure, permanent-resolver-failure }",
      "enum ip-address-family { ipv4, ipv6 }",
      "type ipv4-address = tuple<u8, u8, u8, u8>;",
      "type ipv6-address = tuple<u16, u16, u16, u16, u16, u16, u16, u16>;",
      "variant ip-address { ipv4(ipv4-address), ipv6(ipv6-address) }",
      "record ipv4-socket-address { port: u16, address: ipv4-address }",
      "record ipv6-socket-address { port: u16, flow-info: u32, address: ipv6-address, scope-id: u32 }",
      "variant ip-socket-address { ipv4(ipv4-socket-address), ipv6(ipv6-socket-address) }"
    ],
    functions: { "network-error-code": "func(err: borrow<error>) -> option<error-code>" },
    uses: ["wasi:io/error"],
    notes: {
      error: "unstable network-error-code",
      "network-error-code": "unstable network-error-code"
    }
  },
  "wasi:sockets/tcp": {
    types: [
      "use wasi:io/streams@{version}.{input-stream, output-stream};",
      "use wasi:io/poll@{version}.{pollable};",
      "use wasi:clocks/monotonic-clock@{version}.{duration};",
      "use network.{network, error-code, ip-socket-address, ip-address-family};",
      "enum shutdown-type { receive, send, both }",
      "resource tcp-socket"
    ],
    functions: {
      "[method]tcp-socket.start-bind": "func(network: borrow<network>, local-address: ip-socket-address) -> result<_, error-code>",
      "[method]tcp-socket.finish-bind": "func() -> result<_, error-code>",
      "[method]tcp-socket.start-connect": "func(network: borrow<network>, remote-address: ip-socket-address) -> result<_, error-code>",
      "[method]tcp-socket.finish-connect": "func() -> result<tuple<input-stream, output-stream>, error-code>",
      "[method]tcp-socket.start-listen": "func() -> result<_, error-code>",
      "[method]tcp-socket.finish-listen": "func() -> result<_, error-code>",
      "[method]tcp-socket.accept": "func() -> result<tuple<tcp-socket, input-stream, output-stream>, error-code>",
      "[method]tcp-socket.local-address": "func() -> result<ip-socket-address, error-code>",
      "[method]tcp-socket.remote-address": "func() -> result<ip-socket-address, error-code>",
      "[method]tcp-socket.is-listening": "func() -> bool",
      "[method]tcp-socket.address-family": "func() -> ip-address-family",
      "[method]tcp-socket.set-listen-backlog-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.keep-alive-enabled": "func() -> result<bool, error-code>",
      "[method]tcp-socket.set-keep-alive-enabled": "func(value: bool) -> result<_, error-code>",
      "[method]tcp-socket.keep-alive-idle-time": "func() -> result<duration, error-code>",
      "[method]tcp-socket.set-keep-alive-idle-time": "func(value: duration) -> result<_, error-code>",
      "[method]tcp-socket.keep-alive-interval": "func() -> result<duration, error-code>",
      "[method]tcp-socket.set-keep-alive-interval": "func(value: duration) -> result<_, error-code>",
      "[method]tcp-socket.keep-alive-count": "func() -> result<u32, error-code>",
      "[method]tcp-socket.set-keep-alive-count": "func(value: u32) -> result<_, error-code>",
      "[method]tcp-socket.hop-limit": "func() -> result<u8, error-code>",
      "[method]tcp-socket.set-hop-limit": "func(value: u8) -> result<_, error-code>",
      "[method]tcp-socket.receive-buffer-size": "func() -> result<u64, error-code>",
      "[method]tcp-socket.set-receive-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.send-buffer-size": "func() -> result<u64, error-code>",
      "[method]tcp-socket.set-send-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.subscribe": "func() -> pollable",
      "[method]tcp-socket.shutdown": "func(shutdown-type: shutdown-type) -> result<_, error-code>"
    },
    uses: [
      "wasi:io/streams",
      "wasi:io/poll",
      "wasi:clocks/monotonic-clock",
      "wasi:sockets/network"
    ]
  },
  "wasi:sockets/tcp-create-socket": {
    types: ["use network.{network, error-code, ip-address-family};", "use tcp.{tcp-socket};"],
    functions: {
      "create-tcp-socket": "func(address-family: ip-address-family) -> result<tcp-socket, error-code>"
    },
    uses: ["wasi:sockets/network", "wasi:sockets/tcp"]
  },
  "wasi:sockets/udp": {
    types: [
      "use wasi:io/poll@{version}.{pollable};",
      "use network.{network, error-code, ip-socket-address, ip-address-family};",
      "record incoming-datagram { data: list<u8>, remote-address: ip-socket-address }",
      "record outgoing-datagram { data: list<u8>, remote-address: option<ip-socket-address> }",
      "resource udp-socket",
      "resource incoming-datagram-stream",
      "resource outgoing-datagram-stream"
    ],
    functions: {
      "[method]udp-socket.start-bind": "func(network: borrow<network>, local-address: ip-socket-address) -> result<_, error-code>",
      "[method]udp-socket.finish-bind": "func() -> result<_, error-code>",
      "[method]udp-socket.stream": "func(remote-address: option<ip-socket-address>) -> result<tuple<incoming-datagram-stream, outgoing-datagram-stream>, error-code>",
      "[method]udp-socket.local-address": "func() -> result<ip-socket-address, error-code>",
      "[method]udp-socket.remote-address": "func() -> result<ip-socket-address, error-code>",
      "[method]udp-socket.address-family": "func() -> ip-address-family",
      "[method]udp-socket.unicast-hop-limit": "func() -> result<u8, error-code>",
      "[method]udp-socket.set-unicast-hop-limit": "func(value: u8) -> result<_, error-code>",
      "[method]udp-socket.receive-buffer-size": "func() -> result<u64, error-code>",
      "[method]udp-socket.set-receive-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]udp-socket.send-buffer-size": "func() -> result<u64, error-code>",
      "[method]udp-socket.set-send-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]udp-socket.subscribe": "func() -> pollable",
      "[method]incoming-datagram-stream.receive": "func(max-results: u64) -> result<list<incoming-datagram>, error-code>",
      "[method]incoming-datagram-stream.subscribe": "func() -> pollable",
      "[method]outgoing-datagram-stream.check-send": "func() -> result<u64, error-code>",
      "[method]outgoing-datagram-stream.send": "func(datagrams: list<outgoing-datagram>) -> result<u64, error-code>",
      "[method]outgoing-datagram-stream.subscribe": "func() -> pollable"
    },
    uses: ["wasi:io/poll", "wasi:sockets/network"]
  },
  "wasi:sockets/udp-create-socket": {
    types: ["use network.{network, error-code, ip-address-family};", "use udp.{udp-socket};"],
    functions: {
      "create-udp-socket": "func(address-family: ip-address-family) -> result<udp-socket, error-code>"
    },
    uses: ["wasi:sockets/network", "wasi:sockets/udp"]
  }
};
var WASI_P3_CATALOGUE = {
  "wasi:cli/environment": {
    types: [],
    functions: {
      "get-environment": "func() -> list<tuple<string, string>>",
      "get-arguments": "func() -> list<string>",
      "get-initial-cwd": "func() -> option<string>"
    }
  },
  "wasi:cli/exit": {
    types: [],
    functions: { exit: "func(status: result)", "exit-with-code": "func(status-code: u8)" }
  },
  "wasi:cli/run": { types: [], functions: { run: "async func() -> result" } },
  "wasi:cli/stderr": {
    types: ["use types.{error-code};"],
    functions: { "write-via-stream": "func(data: stream<u8>) -> future<result<_, error-code>>" },
    uses: ["wasi:cli/types"]
  },
  "wasi:cli/stdin": {
    types: ["use types.{error-code};"],
    functions: { "read-via-stream": "func() -> tuple<stream<u8>, future<result<_, error-code>>>" },
    uses: ["wasi:cli/types"]
  },
  "wasi:cli/stdout": {
    types: ["use types.{error-code};"],
    functions: { "write-via-stream": "func(data: stream<u8>) -> future<result<_, error-code>>" },
    uses: ["wasi:cli/types"]
  },
  "wasi:cli/terminal-input": { types: ["resource terminal-input"], functions: {} },
  "wasi:cli/terminal-output": { types: ["resource terminal-output"], functions: {} },
  "wasi:cli/terminal-stderr": {
    types: ["use terminal-output.{terminal-output};"],
    functions: { "get-terminal-stderr": "func() -> option<terminal-output>" },
    uses: ["wasi:cli/terminal-output"]
  },
  "wasi:cli/terminal-stdin": {
    types: ["use terminal-input.{terminal-input};"],
    functions: { "get-terminal-stdin": "func() -> option<terminal-input>" },
    uses: ["wasi:cli/terminal-input"]
  },
  "wasi:cli/terminal-stdout": {
    types: ["use terminal-output.{terminal-output};"],
    functions: { "get-terminal-stdout": "func() -> option<terminal-output>" },
    uses: ["wasi:cli/terminal-output"]
  },
  "wasi:cli/types": {
    types: ["enum error-code { io, illegal-byte-sequence, pipe }"],
    functions: {}
  },
  "wasi:clocks/monotonic-clock": {
    types: ["use types.{duration};", "type mark = u64;"],
    functions: {
      now: "func() -> mark",
      "get-resolution": "func() -> duration",
      "wait-until": "async func(when: mark)",
      "wait-for": "async func(how-long: duration)"
    },
    uses: ["wasi:clocks/types"]
  },
  "wasi:clocks/system-clock": {
    types: ["use types.{duration};", "record instant { seconds: s64, nanoseconds: u32 }"],
    functions: { now: "func() -> instant", "get-resolution": "func() -> duration" },
    uses: ["wasi:clocks/types"]
  },
  "wasi:clocks/timezone": {
    types: ["use system-clock.{instant};"],
    functions: {
      "iana-id": "func() -> option<string>",
      "utc-offset": "func(when: instant) -> option<s64>",
      "to-debug-string": "func() -> string"
    },
    uses: ["wasi:clocks/system-clock"],
    stability: "unstable clocks-timezone",
    notes: {
      instant: "unstable clocks-timezone",
      "iana-id": "unstable clocks-timezone",
      "utc-offset": "unstable clocks-timezone",
      "to-debug-string": "unstable clocks-timezone"
    }
  },
  "wasi:clocks/types": { types: ["type duration = u64;"], functions: {} },
  "wasi:filesystem/preopens": {
    types: ["use types.{descriptor};"],
    functions: { "get-directories": "func() -> list<tuple<descriptor, string>>" },
    uses: ["wasi:filesystem/types"]
  },
  "wasi:filesystem/types": {
    types: [
      "use wasi:clocks/system-clock@{version}.{instant};",
      "type filesize = u64;",
      "variant descriptor-type { block-device, character-device, directory, fifo, symbolic-link, regular-file, socket, other(option<string>) }",
      "flags descriptor-flags { read, write, file-integrity-sync, data-integrity-sync, requested-write-sync, mutate-directory }",
      "flags path-flags { symlink-follow }",
      "flags open-flags { create, directory, exclusive, truncate }",
      "type link-count = u64;",
      "record descriptor-stat { %type: descriptor-type, link-count: link-count, size: filesize, data-access-timestamp: option<instant>, data-modification-timestamp: option<instant>, status-change-timestamp: option<instant> }",
      "variant new-timestamp { no-change, now, timestamp(instant) }",
      "record directory-entry { %type: descriptor-type, name: string }",
      "variant error-code { access, already, bad-descriptor, busy, deadlock, quota, exist, file-too-large, illegal-byte-sequence, in-progress, interrupted, invalid, io, is-directory, loop, too-many-links, message-size, name-too-long, no-device, no-entry, no-lock, insufficient-memory, insufficient-space, not-directory, not-empty, not-recoverable, unsupported, no-tty, no-such-device, overflow, not-permitted, pipe, read-only, invalid-seek, text-file-busy, cross-device, other(option<string>) }",
      "enum advice { normal, sequential, random, will-need, dont-need, no-reuse }",
      "record metadata-hash-value { lower: u64, upper: u64 }",
      "resource descriptor"
    ],
    functions: {
      "[method]descriptor.read-via-stream": "func(offset: filesize) -> tuple<stream<u8>, future<result<_, error-code>>>",
      "[method]descriptor.write-via-stream": "func(data: stream<u8>, offset: filesize) -> future<result<_, error-code>>",
      "[method]descriptor.append-via-stream": "func(data: stream<u8>) -> future<result<_, error-code>>",
      "[method]descriptor.advise": "async func(offset: filesize, length: filesize, advice: advice) -> result<_, error-code>",
      "[method]descriptor.sync-data": "async func() -> result<_, error-code>",
      "[method]descriptor.get-flags": "async func() -> result<descriptor-flags, error-code>",
      "[method]descriptor.get-type": "async func() -> result<descriptor-type, error-code>",
      "[method]descriptor.set-size": "async func(size: filesize) -> result<_, error-code>",
      "[method]descriptor.set-times": "async func(data-access-timestamp: new-timestamp, data-modification-timestamp: new-timestamp) -> result<_, error-code>",
      "[method]descriptor.read-directory": "func() -> tuple<stream<directory-entry>, future<result<_, error-code>>>",
      "[method]descriptor.sync": "async func() -> result<_, error-code>",
      "[method]descriptor.create-directory-at": "async func(path: string) -> result<_, error-code>",
      "[method]descriptor.stat": "async func() -> result<descriptor-stat, error-code>",
      "[method]descriptor.stat-at": "async func(path-flags: path-flags, path: string) -> result<descriptor-stat, error-code>",
      "[method]descriptor.set-times-at": "async func(path-flags: path-flags, path: string, data-access-timestamp: new-timestamp, data-modification-timestamp: new-timestamp) -> result<_, error-code>",
      "[method]descriptor.link-at": "async func(old-path-flags: path-flags, old-path: string, new-descriptor: borrow<descriptor>, new-path: string) -> result<_, error-code>",
      "[method]descriptor.open-at": "async func(path-flags: path-flags, path: string, open-flags: open-flags, %flags: descriptor-flags) -> result<descriptor, error-code>",
      "[method]descriptor.readlink-at": "async func(path: string) -> result<string, error-code>",
      "[method]descriptor.remove-directory-at": "async func(path: string) -> result<_, error-code>",
      "[method]descriptor.rename-at": "async func(old-path: string, new-descriptor: borrow<descriptor>, new-path: string) -> result<_, error-code>",
      "[method]descriptor.symlink-at": "async func(old-path: string, new-path: string) -> result<_, error-code>",
      "[method]descriptor.unlink-file-at": "async func(path: string) -> result<_, error-code>",
      "[method]descriptor.is-same-object": "async func(other: borrow<descriptor>) -> bool",
      "[method]descriptor.metadata-hash": "async func() -> result<metadata-hash-value, error-code>",
      "[method]descriptor.metadata-hash-at": "async func(path-flags: path-flags, path: string) -> result<metadata-hash-value, error-code>"
    },
    uses: ["wasi:clocks/system-clock"]
  },
  "wasi:http/client": {
    types: ["use types.{request, response, error-code};"],
    functions: { send: "async func(request: request) -> result<response, error-code>" },
    uses: ["wasi:http/types"]
  },
  "wasi:http/handler": {
    types: ["use types.{request, response, error-code};"],
    functions: { handle: "async func(request: request) -> result<response, error-code>" },
    uses: ["wasi:http/types"]
  },
  "wasi:http/types": {
    types: [
      "use wasi:clocks/types@{version}.{duration};",
      "variant method { get, head, post, put, delete, connect, options, trace, patch, other(string) }",
      "variant scheme { HTTP, HTTPS, other(string) }",
      "record DNS-error-payload { rcode: option<string>, info-code: option<u16> }",
      "record TLS-alert-received-payload { alert-id: option<u8>, alert-message: option<string> }",
      "record field-size-payload { field-name: option<string>, field-size: option<u32> }",
      "variant error-code { DNS-timeout, DNS-error(DNS-error-payload), destination-not-found, destination-unavailable, destination-IP-prohibited, destination-IP-unroutable, connection-refused, connection-terminated, connection-timeout, connection-read-timeout, connection-write-timeout, connection-limit-reached, TLS-protocol-error, TLS-certificate-error, TLS-alert-received(TLS-alert-received-payload), HTTP-request-denied, HTTP-request-length-required, HTTP-request-body-size(option<u64>), HTTP-request-method-invalid, HTTP-request-URI-invalid, HTTP-request-URI-too-long, HTTP-request-header-section-size(option<u32>), HTTP-request-header-size(option<field-size-payload>), HTTP-request-trailer-section-size(option<u32>), HTTP-request-trailer-size(field-size-payload), HTTP-response-incomplete, HTTP-response-header-section-size(option<u32>), HTTP-response-header-size(field-size-payload), HTTP-response-body-size(option<u64>), HTTP-response-trailer-section-size(option<u32>), HTTP-response-trailer-size(field-size-payload), HTTP-response-transfer-coding(option<string>), HTTP-response-content-coding(option<string>), HTTP-response-timeout, HTTP-upgrade-failed, HTTP-protocol-error, loop-detected, configuration-error, internal-error(option<string>) }",
      "variant header-error { invalid-syntax, forbidden, immutable, size-exceeded, other(option<string>) }",
      "variant request-options-error { not-supported, immutable, other(option<string>) }",
      "type field-name = string;",
      "type field-value = list<u8>;",
      "resource fields",
      "type headers = fields;",
      "type trailers = fields;",
      "resource request",
      "resource request-options",
      "type status-code = u16;",
      "resource response"
    ],
    functions: {
      "[constructor]fields": "func()",
      "[static]fields.from-list": "func(entries: list<tuple<field-name, field-value>>) -> result<fields, header-error>",
      "[method]fields.get": "func(name: field-name) -> list<field-value>",
      "[method]fields.has": "func(name: field-name) -> bool",
      "[method]fields.set": "func(name: field-name, value: list<field-value>) -> result<_, header-error>",
      "[method]fields.delete": "func(name: field-name) -> result<_, header-error>",
      "[method]fields.get-and-delete": "func(name: field-name) -> result<list<field-value>, header-error>",
      "[method]fields.append": "func(name: field-name, value: field-value) -> result<_, header-error>",
      "[method]fields.copy-all": "func() -> list<tuple<field-name, field-value>>",
      "[method]fields.clone": "func() -> fields",
      "[static]request.new": "func(headers: headers, contents: option<stream<u8>>, trailers: future<result<option<trailers>, error-code>>, options: option<request-options>) -> tuple<request, future<result<_, error-code>>>",
      "[method]request.get-method": "func() -> method",
      "[method]request.set-method": "func(method: method) -> result",
      "[method]request.get-path-with-query": "func() -> option<string>",
      "[method]request.set-path-with-query": "func(path-with-query: option<string>) -> result",
      "[method]request.get-scheme": "func() -> option<scheme>",
      "[method]request.set-scheme": "func(scheme: option<scheme>) -> result",
      "[method]request.get-authority": "func() -> option<string>",
      "[method]request.set-authority": "func(authority: option<string>) -> result",
      "[method]request.get-options": "func() -> option<request-options>",
      "[method]request.get-headers": "func() -> headers",
      "[static]request.consume-body": "func(this: request, res: future<result<_, error-code>>) -> tuple<stream<u8>, future<result<option<trailers>, error-code>>>",
      "[constructor]request-options": "func()",
      "[method]request-options.get-connect-timeout": "func() -> option<duration>",
      "[method]request-options.set-connect-timeout": "func(duration: option<duration>) -> result<_, request-options-error>",
      "[method]request-options.get-first-byte-timeout": "func() -> option<duration>",
      "[method]request-options.set-first-byte-timeout": "func(duration: option<duration>) -> result<_, request-options-error>",
      "[method]request-options.get-between-bytes-timeout": "func() -> option<duration>",
      "[method]request-options.set-between-bytes-timeout": "func(duration: option<duration>) -> result<_, request-options-error>",
      "[method]request-options.clone": "func() -> request-options",
      "[static]response.new": "func(headers: headers, contents: option<stream<u8>>, trailers: future<result<option<trailers>, error-code>>) -> tuple<response, future<result<_, error-code>>>",
      "[method]response.get-status-code": "func() -> status-code",
      "[method]response.set-status-code": "func(status-code: status-code) -> result",
      "[method]response.get-headers": "func() -> headers",
      "[static]response.consume-body": "func(this: response, res: future<result<_, error-code>>) -> tuple<stream<u8>, future<result<option<trailers>, error-code>>>"
    },
    uses: ["wasi:clocks/types"]
  },
  "wasi:random/insecure": {
    types: [],
    functions: {
      "get-insecure-random-bytes": "func(max-len: u64) -> list<u8>",
      "get-insecure-random-u64": "func() -> u64"
    }
  },
  "wasi:random/insecure-seed": {
    types: [],
    functions: { "get-insecure-seed": "func() -> tuple<u64, u64>" }
  },
  "wasi:random/random": {
    types: [],
    functions: {
      "get-random-bytes": "func(max-len: u64) -> list<u8>",
      "get-random-u64": "func() -> u64"
    }
  },
  "wasi:sockets/ip-name-lookup": {
    types: [
      "use types.{ip-address};",
      "variant error-code { access-denied, invalid-argument, name-unresolvable, temporary-resolver-failure, permanent-resolver-failure, other(option<string>) }"
    ],
    functions: {
      "resolve-addresses": "async func(name: string) -> result<list<ip-address>, error-code>"
    },
    uses: ["wasi:sockets/types"]
  },
  "wasi:sockets/types": {
    types: [
      "use wasi:clocks/types@{version}.{duration};",
      "variant error-code { access-denied, not-supported, invalid-argument, out-of-memory, timeout, invalid-state, address-not-bindable, address-in-use, remote-unreachable, connection-refused, connection-broken, connection-reset, connection-aborted, datagram-too-large, other(option<string>) }",
      "enum ip-address-family { ipv4, ipv6 }",
      "type ipv4-address = tuple<u8, u8, u8, u8>;",
      "type ipv6-address = tuple<u16, u16, u16, u16, u16, u16, u16, u16>;",
      "variant ip-address { ipv4(ipv4-address), ipv6(ipv6-address) }",
      "record ipv4-socket-address { port: u16, address: ipv4-address }",
      "record ipv6-socket-address { port: u16, flow-info: u32, address: ipv6-address, scope-id: u32 }",
      "variant ip-socket-address { ipv4(ipv4-socket-address), ipv6(ipv6-socket-address) }",
      "resource tcp-socket",
      "resource udp-socket"
    ],
    functions: {
      "[static]tcp-socket.create": "func(address-family: ip-address-family) -> result<tcp-socket, error-code>",
      "[method]tcp-socket.bind": "func(local-address: ip-socket-address) -> result<_, error-code>",
      "[method]tcp-socket.connect": "async func(remote-address: ip-socket-address) -> result<_, error-code>",
      "[method]tcp-socket.listen": "func() -> result<stream<tcp-socket>, error-code>",
      "[method]tcp-socket.send": "func(data: stream<u8>) -> future<result<_, error-code>>",
      "[method]tcp-socket.receive": "func() -> tuple<stream<u8>, future<result<_, error-code>>>",
      "[method]tcp-socket.get-local-address": "func() -> result<ip-socket-address, error-code>",
      "[method]tcp-socket.get-remote-address": "func() -> result<ip-socket-address, error-code>",
      "[method]tcp-socket.get-is-listening": "func() -> bool",
      "[method]tcp-socket.get-address-family": "func() -> ip-address-family",
      "[method]tcp-socket.set-listen-backlog-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.get-keep-alive-enabled": "func() -> result<bool, error-code>",
      "[method]tcp-socket.set-keep-alive-enabled": "func(value: bool) -> result<_, error-code>",
      "[method]tcp-socket.get-keep-alive-idle-time": "func() -> result<duration, error-code>",
      "[method]tcp-socket.set-keep-alive-idle-time": "func(value: duration) -> result<_, error-code>",
      "[method]tcp-socket.get-keep-alive-interval": "func() -> result<duration, error-code>",
      "[method]tcp-socket.set-keep-alive-interval": "func(value: duration) -> result<_, error-code>",
      "[method]tcp-socket.get-keep-alive-count": "func() -> result<u32, error-code>",
      "[method]tcp-socket.set-keep-alive-count": "func(value: u32) -> result<_, error-code>",
      "[method]tcp-socket.get-hop-limit": "func() -> result<u8, error-code>",
      "[method]tcp-socket.set-hop-limit": "func(value: u8) -> result<_, error-code>",
      "[method]tcp-socket.get-receive-buffer-size": "func() -> result<u64, error-code>",
      "[method]tcp-socket.set-receive-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]tcp-socket.get-send-buffer-size": "func() -> result<u64, error-code>",
      "[method]tcp-socket.set-send-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[static]udp-socket.create": "func(address-family: ip-address-family) -> result<udp-socket, error-code>",
      "[method]udp-socket.bind": "func(local-address: ip-socket-address) -> result<_, error-code>",
      "[method]udp-socket.connect": "func(remote-address: ip-socket-address) -> result<_, error-code>",
      "[method]udp-socket.disconnect": "func() -> result<_, error-code>",
      "[method]udp-socket.send": "async func(data: list<u8>, remote-address: option<ip-socket-address>) -> result<_, error-code>",
      "[method]udp-socket.receive": "async func() -> result<tuple<list<u8>, ip-socket-address>, error-code>",
      "[method]udp-socket.get-local-address": "func() -> result<ip-socket-address, error-code>",
      "[method]udp-socket.get-remote-address": "func() -> result<ip-socket-address, error-code>",
      "[method]udp-socket.get-address-family": "func() -> ip-address-family",
      "[method]udp-socket.get-unicast-hop-limit": "func() -> result<u8, error-code>",
      "[method]udp-socket.set-unicast-hop-limit": "func(value: u8) -> result<_, error-code>",
      "[method]udp-socket.get-receive-buffer-size": "func() -> result<u64, error-code>",
      "[method]udp-socket.set-receive-buffer-size": "func(value: u64) -> result<_, error-code>",
      "[method]udp-socket.get-send-buffer-size": "func() -> result<u64, error-code>",
      "[method]udp-socket.set-send-buffer-size": "func(value: u64) -> result<_, error-code>"
    },
    uses: ["wasi:clocks/types"]
  }
};

// src/virt/wasi-package.ts
var CATALOGUES = { "0.2": WASI_CATALOGUE, "0.3": WASI_P3_CATALOGUE };
var WIT_DIRS = { "0.2": "wit/wasi/", "0.3": "wit/wasi-0.3.0/" };
var wasiPackage = (pkg, role, series = "0.2") => (name, { omit = [] } = {}) => {
  const id = `wasi:${pkg}/${name}`;
  const wit = CATALOGUES[series][id];
  if (!wit) throw new Error(`${id} is not in the vendored WIT (${WIT_DIRS[series]})`);
  const unknown = omit.filter((fn) => !(fn in wit.functions));
  if (unknown.length > 0) throw new Error(`${id} has no ${unknown.join(", ")} to omit`);
  return {
    id,
    package: `wasi:${pkg}`,
    name,
    role,
    types: [...wit.types],
    functions: Object.fromEntries(
      Object.entries(wit.functions).filter(([fn]) => !omit.includes(fn))
    ),
    ...wit.uses ? { uses: [...wit.uses] } : {},
    series
  };
};

// src/virt/align.ts
var alignTo = (offset, align) => Math.ceil(offset / align) * align;

// src/virt/config-layout.ts
var CONFIG_MAGIC = 826496599;
var LAYOUT_VERSION = 9;
var HEADER_FIELDS = {
  magic: 1,
  version: 1,
  size: 1,
  env: 5,
  // wv_policy: mode, overrides {ptr, count}, names {ptr, count}
  config: 5,
  args_mode: 1,
  args: 2,
  // {ptr, count}
  cwd_mode: 1,
  cwd: 2,
  // wv_str
  stdio_mode: 3,
  // stdin, stdout, stderr
  preopens: 2,
  // {ptr, count} of wv_preopen
  nodes: 2,
  // {ptr, count} of wv_node
  host_preopens: 1,
  host_fs: 1,
  clock_mode: 1,
  random_mode: 1,
  wall: 4,
  // wasi:clocks/wall-clock's datetime: seconds (u64), nanoseconds, padding
  seed: 2,
  // u64
  http_rules: 2,
  // {ptr, count} of wv_http_rule; count 0: every host
  socket_rules: 2,
  // {ptr, count} of wv_socket_rule; count 0: every address and name
  writable: 2
  // {ptr, count} of wv_writable; count 0: every node is read-only
};
function headerOffset(field) {
  let words = 0;
  for (const [name, size] of Object.entries(HEADER_FIELDS)) {
    if (name === field) return words * 4;
    words += size;
  }
  throw new Error(`internal: no header field ${field}`);
}
var HEADER_SIZE = Object.values(HEADER_FIELDS).reduce((a, b) => a + b, 0) * 4;
var CONFIG_ENUMS = {
  WV_MODE_NONE: 0,
  WV_MODE_ALL: 1,
  WV_MODE_ALLOW: 2,
  WV_MODE_DENY: 3,
  WV_ARGS_HOST: 0,
  WV_ARGS_FIXED: 1,
  WV_CWD_HOST: 0,
  WV_CWD_NONE: 1,
  WV_CWD_FIXED: 2,
  WV_STDIO_HOST: 0,
  WV_STDIO_IGNORE: 1,
  WV_STDIO_DENY: 2,
  WV_STDIO_NO_TERMINAL: 256,
  WV_NODE_DIR: 1,
  WV_NODE_FILE: 2,
  WV_NODE_HOST_DIR: 3,
  WV_NODE_HOST_FILE: 4,
  WV_NODE_PASSIVE_FILE: 5,
  WV_CLOCK_HOST: 0,
  WV_CLOCK_FIXED: 1,
  WV_RANDOM_HOST: 0,
  WV_RANDOM_SEEDED: 1,
  WV_SOCKET_TCP: 1,
  WV_SOCKET_UDP: 2,
  WV_HOST_ANY: 0,
  WV_HOST_IPV4: 1,
  WV_HOST_IPV6: 2,
  WV_HOST_NAME: 3
};
var PREOPEN_WORDS = 3;
var NODE_WORDS = 6;
var HTTP_RULE_WORDS = 5;
var SOCKET_RULE_WORDS = 11;
var WRITABLE_WORDS = 2;

// src/virt/config-writer.ts
var varsModes = {
  none: CONFIG_ENUMS.WV_MODE_NONE,
  all: CONFIG_ENUMS.WV_MODE_ALL,
  allow: CONFIG_ENUMS.WV_MODE_ALLOW,
  deny: CONFIG_ENUMS.WV_MODE_DENY
};
var stdioCodes = {
  allow: CONFIG_ENUMS.WV_STDIO_HOST,
  ignore: CONFIG_ENUMS.WV_STDIO_IGNORE,
  deny: CONFIG_ENUMS.WV_STDIO_DENY
};
var utf83 = new TextEncoder();
var BlobWriter = class {
  constructor(base) {
    this.base = base;
  }
  base;
  buffer = new Uint8Array(4096);
  view = new DataView(this.buffer.buffer);
  size = HEADER_SIZE;
  /** Aligns the end to `align` and makes room for `length` more bytes; returns where they go. */
  reserve(length, align) {
    this.size = alignTo(this.size, align);
    if (this.size + length > this.buffer.length) {
      let capacity = this.buffer.length * 2;
      while (capacity < this.size + length) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(this.buffer.subarray(0, this.size));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    return this.size;
  }
  /** A string's `{ptr, len}`. */
  string(text) {
    const at = this.reserve(text.length * 3, 1);
    const { written } = utf83.encodeInto(text, this.buffer.subarray(at));
    this.size = at + written;
    return [this.base + at, written];
  }
  /** Raw bytes' `{ptr, len}`. */
  data(bytes, align = 8) {
    const at = this.reserve(bytes.length, align);
    this.buffer.set(bytes, at);
    this.size = at + bytes.length;
    return [this.base + at, bytes.length];
  }
  /** A list's `{ptr, count}` of `count` records whose u32 words are `words`, one record after another. */
  words(words, count) {
    let at = this.reserve(words.length * 4, 4);
    const start = at;
    for (const word2 of words) {
      this.view.setUint32(at, word2, true);
      at += 4;
    }
    this.size = at;
    return [this.base + start, count];
  }
  /** A list's `{ptr, count}` of records made of u32 words. */
  list(records) {
    return this.words(Uint32Array.from(records.flat()), records.length);
  }
  /** The blob: the header's fields in HEADER_FIELDS' order (each its number of words), then what was placed. */
  finish(fields) {
    let at = 0;
    for (const [name, words] of Object.entries(HEADER_FIELDS)) {
      const value = fields[name];
      if (value === void 0) throw new Error(`internal: header field ${name} was not written`);
      if (value.length !== words)
        throw new Error(`internal: header field ${name} has ${value.length} words, not ${words}`);
      for (const word2 of value) {
        this.view.setUint32(at, word2, true);
        at += 4;
      }
    }
    const length = alignTo(this.size, 8);
    this.reserve(length - this.size, 1);
    this.buffer.fill(0, this.size, length);
    this.view.setUint32(headerOffset("size"), length, true);
    return this.buffer.slice(0, length);
  }
};
function vars2(w, policy) {
  const overrides = Object.entries(policy.overrides).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, value]) => [...w.string(key), ...w.string(value)]);
  const names = policy.mode === "allow" || policy.mode === "deny" ? policy.names.map((n) => w.string(n)) : [];
  return [varsModes[policy.mode], ...w.list(overrides), ...w.list(names)];
}
var noFiles = () => ({
  at: new Uint32Array(),
  stored: new Uint32Array(),
  passive: [],
  end: 0,
  cutoff: Infinity
});
function record(words, values) {
  if (values.length !== words)
    throw new Error(`internal: a record of ${values.length} words, not ${words}`);
  return values;
}

// src/virt/subsystems/subsystem.ts
var reachesHost = (vars3) => vars3.mode !== "none";
var isPassthrough = (vars3) => vars3.mode === "all" && Object.keys(vars3.overrides).length === 0;
var resourceDrops = (iface, has = () => true) => iface.types.flatMap((t) => /^resource\s+([a-z][a-z0-9-]*)$/.exec(t)?.slice(1) ?? []).filter(has).map((r) => `[resource-drop]${r}`);
var accessSubsystem = (role, interfaces, rule) => ({
  role,
  interfaces,
  passesThrough: (_iface, policy) => policy.access[role] === "allow",
  forwarded: () => [],
  impliedDenyRules: (policy) => policy.access[role] === "deny" ? [rule] : []
});
var everything = (iface, types2) => [
  ...Object.keys(iface.functions),
  ...resourceDrops(iface, (r) => types2.includes(r))
];

// src/virt/subsystems/config.ts
var config = {
  role: "config",
  interfaces: [wasiPackage("config", "config")("store")],
  passesThrough: (_iface, policy) => isPassthrough(policy.config),
  forwarded: (_iface, functions, _types, policy) => reachesHost(policy.config) ? functions : [],
  impliedDenyRules: (policy) => policy.config.mode === "none" ? ["wasi:config/store"] : [],
  configWords: (w, { settings }) => ({ config: vars2(w, settings.config) })
};

// src/virt/p3-interfaces.ts
var WASI_P3_VERSION = "0.3.0";
var p3 = (pkg, role) => wasiPackage(pkg, role, "0.3");
var WASI_P3_INTERFACES = [
  p3("cli", "env")("environment"),
  p3("cli", "io")("types"),
  ...["stdin", "stdout", "stderr"].map((stream) => p3("cli", "io")(stream)),
  ...["terminal-input", "terminal-output"].map((name) => p3("cli", "io")(name)),
  ...["terminal-stdin", "terminal-stdout", "terminal-stderr"].map((name) => p3("cli", "io")(name)),
  ...config.interfaces,
  p3("cli", "exit")("exit"),
  ...["random", "insecure", "insecure-seed"].map((name) => p3("random", "random")(name)),
  p3("clocks", "clocks")("types"),
  p3("clocks", "clocks")("monotonic-clock"),
  p3("clocks", "clocks")("system-clock"),
  p3("filesystem", "io")("types"),
  p3("filesystem", "io")("preopens")
];
var WASI_P3_DENIED_WHOLE = [
  ...["types", "ip-name-lookup"].map((name) => p3("sockets", "sockets")(name)),
  // handler: a middleware's import of the next hop, an outgoing request like the client's.
  ...["types", "client", "handler"].map((name) => p3("http", "http")(name))
];

// src/virt/p3-adapter-module.ts
var FROM_0_2 = {
  "wasi:cli/environment#get-initial-cwd": "wasi:cli/environment#initial-cwd",
  "wasi:random/insecure-seed#get-insecure-seed": "wasi:random/insecure-seed#insecure-seed",
  "wasi:clocks/monotonic-clock#get-resolution": "wasi:clocks/monotonic-clock#resolution",
  "wasi:clocks/system-clock#now": "wasi:clocks/wall-clock#now",
  // wall-clock's resolution is a datetime, system-clock's a duration: the monotonic clock's is
  // one, and the same nanosecond whenever the adapter serves the clocks (--fixed-time).
  "wasi:clocks/system-clock#get-resolution": "wasi:clocks/monotonic-clock#resolution"
};
var P2_NAME = /^([^@#[\]]+)@0\.2\.\d+#(.+)$/;
var P2_MODULE = /^([^@[\]]+)@0\.2\.\d+$/;
var P2_EXPORTED = /^\[export\]([^@[\]]+)@0\.2\.\d+$/;
var AS_IS = WASI_P3_INTERFACES.filter((i) => i.series === "0.2").map((i) => `${i.id}@`);
var keptAsIs = (name) => !name.includes("#") || AS_IS.some((p) => name.startsWith(p));
var resourcesOf = (types2) => types2.flatMap((t) => /^resource ([\w-]+)/.exec(t)?.[1] ?? []);
var SERVED = WASI_P3_INTERFACES.filter((i) => i.series === "0.3").flatMap(
  (iface) => [...Object.keys(iface.functions), ...resourcesOf(iface.types).map((r) => `[dtor]${r}`)].map(
    (fn) => {
      const key = `${iface.id}#${fn}`;
      return [key, FROM_0_2[key] ?? key];
    }
  )
);
var P3_VARIANT = "[0.3]";
var SERVED_RESOURCES = new Map(
  WASI_P3_INTERFACES.filter((i) => i.series === "0.3").map((i) => [i.id, resourcesOf(i.types)])
);
var INTRINSIC = /^\[resource-(?:new|rep|drop)\](.+)$/;
function servedBuiltIn(id, name) {
  const resource = INTRINSIC.exec(name)?.[1];
  if (resource) return SERVED_RESOURCES.get(id)?.includes(resource) ?? false;
  return SERVED.some(
    ([p32]) => p32.startsWith(`${id}#`) && name.endsWith(`]${p32.slice(id.length + 1)}`)
  );
}
function p3AdapterModule(adapter) {
  const m = readModuleModel(adapter);
  const p2Exports = /* @__PURE__ */ new Map();
  for (const exp of m.exports) {
    const variant = exp.name.startsWith(P3_VARIANT);
    const parts2 = P2_NAME.exec(variant ? exp.name.slice(P3_VARIANT.length) : exp.name);
    const key = parts2 && `${parts2[1]}#${parts2[2]}`;
    if (key && (variant || !p2Exports.has(key))) p2Exports.set(key, exp);
  }
  const served = SERVED.flatMap(([p32, p2]) => {
    const exp = p2Exports.get(p2);
    const [id, fn] = p32.split("#");
    return exp ? [{ ...exp, name: `${id}@${WASI_P3_VERSION}#${fn}` }] : [];
  });
  m.exports = [...m.exports.filter((e) => keptAsIs(e.name)), ...served];
  for (const imp of m.imports) {
    const exported = P2_EXPORTED.exec(imp.module)?.[1];
    if (exported && servedBuiltIn(exported, imp.name))
      imp.module = `[export]${exported}@${WASI_P3_VERSION}`;
    const id = P2_MODULE.exec(imp.module)?.[1];
    const from = `${id}#${imp.name}`;
    const to = id && (SERVED.find(([p32, p2]) => p2 === from && p32.startsWith(`${id}#`)) ?? SERVED.find(([, p2]) => p2 === from))?.[0];
    if (!to) continue;
    const [p3Id, fn] = to.split("#");
    imp.module = `${p3Id}@${WASI_P3_VERSION}`;
    imp.name = fn;
  }
  return writeModuleModel(m);
}

// src/component/core/code-writer.ts
var I322 = 127;
var I64 = 126;
var F32 = 125;
var F64 = 124;
var EMPTY = 64;
var CodeWriter = class {
  code = new ByteWriter();
  op(...bytes) {
    this.code.bytes(bytes);
    return this;
  }
  unreachable = () => this.op(0);
  return = () => this.op(15);
  end = () => this.op(11);
  block = () => this.op(2, EMPTY);
  loop = () => this.op(3, EMPTY);
  if = () => this.op(4, EMPTY);
  br = (depth) => (this.op(12), this.code.u32(depth), this);
  brIf = (depth) => (this.op(13), this.code.u32(depth), this);
  brTable(targets, fallback) {
    this.op(14);
    this.code.vec(targets, (t) => this.code.u32(t)).u32(fallback);
    return this;
  }
  call = (fn) => (this.op(16), this.code.u32(fn), this);
  callIndirect = (type, table = 0) => (this.op(17), this.code.u32(type).u32(table), this);
  localGet = (index) => (this.op(32), this.code.u32(index), this);
  localSet = (index) => (this.op(33), this.code.u32(index), this);
  localTee = (index) => (this.op(34), this.code.u32(index), this);
  i32Const = (value) => (this.op(65), this.code.s33(value | 0), this);
  i32Eqz = () => this.op(69);
  i32Eq = () => this.op(70);
  i32Ne = () => this.op(71);
  i32And = () => this.op(113);
  i32Or = () => this.op(114);
  i32Shl = () => this.op(116);
  i64ExtendI32s = () => this.op(172);
  i32ReinterpretF32 = () => this.op(188);
  i64ReinterpretF64 = () => this.op(189);
  memoryInit = (segment) => (this.op(252, 8), this.code.u32(segment).u8(0), this);
  /** The body: `locals` (one value type per local) then the instructions and the final `end`. */
  finish(locals = []) {
    const body = new ByteWriter();
    body.vec(locals, (type) => body.u32(1).u8(type));
    return body.bytes(this.code.view()).u8(11).toBytes();
  }
};

// src/virt/subsystems/clocks.ts
var MONOTONIC = "wasi:clocks/monotonic-clock";
var U32 = 2 ** 32;
var clocks = {
  role: "clocks",
  interfaces: ["wall-clock", "monotonic-clock"].map(
    (name) => wasiPackage("clocks", "clocks")(name)
  ),
  // An allowed monotonic clock still goes through the adapter when it owns the pollables.
  passesThrough: (iface, policy, serves) => !fixesTime(policy) && !(iface.id === MONOTONIC && serves.io) && policy.access.clocks === "allow",
  forwarded: (iface, _functions, types2, policy, serves) => iface.id === MONOTONIC && serves.io && policy.access.clocks === "allow" && !fixesTime(policy) ? everything(iface, types2) : [],
  impliedDenyRules: (policy) => policy.access.clocks === "deny" || fixesTime(policy) ? ["wasi:clocks/*"] : [],
  configWords(_w, { settings }) {
    if (settings.fixedTime === void 0)
      return { clock_mode: [CONFIG_ENUMS.WV_CLOCK_HOST], wall: [0, 0, 0, 0] };
    const { seconds, nanoseconds } = instantOf(settings.fixedTime);
    return {
      clock_mode: [CONFIG_ENUMS.WV_CLOCK_FIXED],
      wall: [seconds % U32, Math.floor(seconds / U32), nanoseconds, 0]
    };
  }
};

// src/virt/subsystems/env.ts
var env = {
  role: "env",
  interfaces: [wasiPackage("cli", "env")("environment")],
  passesThrough: (_iface, policy) => isPassthrough(policy.env) && policy.args === void 0 && policy.cwd === void 0,
  forwarded(iface, functions, _types, policy) {
    const uses = (f) => functions.includes(f);
    const cwd = "initial-cwd" in iface.functions ? "initial-cwd" : "get-initial-cwd";
    return [
      ...reachesHost(policy.env) && uses("get-environment") ? ["get-environment"] : [],
      ...policy.args === void 0 && uses("get-arguments") ? ["get-arguments"] : [],
      ...policy.cwd === void 0 && reachesHost(policy.env) && uses(cwd) ? [cwd] : []
    ];
  },
  impliedDenyRules: (policy) => [
    ...policy.env.mode === "none" ? ["wasi:cli/environment#get-environment"] : [],
    ...policy.cwd !== void 0 || policy.env.mode === "none" ? ["wasi:cli/environment#initial-cwd"] : [],
    ...policy.args !== void 0 ? ["wasi:cli/environment#get-arguments"] : []
  ],
  configWords(w, { settings }) {
    const args = settings.args?.map((a) => w.string(a));
    const { cwd } = settings;
    const cwdMode = cwd !== void 0 ? CONFIG_ENUMS.WV_CWD_FIXED : settings.env.mode === "none" ? CONFIG_ENUMS.WV_CWD_NONE : CONFIG_ENUMS.WV_CWD_HOST;
    return {
      env: vars2(w, settings.env),
      args_mode: [args === void 0 ? CONFIG_ENUMS.WV_ARGS_HOST : CONFIG_ENUMS.WV_ARGS_FIXED],
      args: args === void 0 ? [0, 0] : w.list(args),
      cwd_mode: [cwdMode],
      cwd: cwd !== void 0 ? w.string(cwd) : [0, 0]
    };
  }
};

// src/virt/subsystems/exit.ts
var exit = accessSubsystem("exit", [wasiPackage("cli", "exit")("exit")], "wasi:cli/exit");

// src/virt/http-proxy-names.ts
var PROXY_RESOURCES = ["incoming-request", "response-outparam"];
var PROXY_TYPES = "wasi:http/types";
var BRIDGE_EXPORTS = PROXY_RESOURCES.map((r) => `wasi-virt-bridge#wrap-${r}`);
var resourceOf = (fn) => /^\[[a-z-]+\]([a-z-]+)/.exec(fn)?.[1];

// src/virt/subsystems/http.ts
var wasiHttp = wasiPackage("http", "http");
var CHECKED_GETTERS = ["[method]outgoing-request.scheme", "[method]outgoing-request.authority"];
var http = {
  role: "http",
  // `response-outparam.send-informational` is left out: it is `@unstable`.
  interfaces: [
    wasiHttp("types", { omit: ["[method]response-outparam.send-informational"] }),
    wasiHttp("outgoing-handler")
  ],
  passesThrough: (_iface, policy, serves) => !serves.http && !(serves.io && policy.access.http === "allow"),
  forwarded(iface, functions, types2, policy, serves) {
    if (policy.access.http !== "allow") return [];
    const reachable = (r) => serves.proxy || r === void 0 || !PROXY_RESOURCES.includes(r);
    const checked = restrictsHttp(policy) && types2.includes("outgoing-request") ? CHECKED_GETTERS : [];
    return [
      .../* @__PURE__ */ new Set([...functions.filter((f) => reachable(resourceOf(f))), ...checked]),
      ...resourceDrops(iface, (r) => types2.includes(r) && reachable(r))
    ];
  },
  impliedDenyRules: (policy) => policy.access.http === "deny" ? ["wasi:http/*"] : [],
  // --allow-http=PATTERNS: the rules outgoing-handler.handle checks (adapter/src/http/allow.c).
  configWords(w, { settings }) {
    const rules2 = (settings.httpHosts ?? []).map(httpRuleOf).map(
      ({ scheme, host, port }) => record(HTTP_RULE_WORDS, [...w.string(scheme), ...w.string(host), port === "*" ? 0 : port])
    );
    return { http_rules: w.list(rules2) };
  }
};

// src/virt/subsystems/file-system-words.ts
var nodeKinds = {
  dir: CONFIG_ENUMS.WV_NODE_DIR,
  file: CONFIG_ENUMS.WV_NODE_FILE,
  "host-dir": CONFIG_ENUMS.WV_NODE_HOST_DIR,
  "host-file": CONFIG_ENUMS.WV_NODE_HOST_FILE
};
var PASSIVE_FILE = CONFIG_ENUMS.WV_NODE_PASSIVE_FILE;
function fileSystemWords(w, { tree, files }) {
  const preopens = tree.preopens.map((p) => record(PREOPEN_WORDS, [...w.string(p.path), p.node]));
  const { nodes } = tree;
  const lists = /* @__PURE__ */ new Map();
  const childList = (node) => {
    const index = nodes.childList(node);
    let list = lists.get(index);
    if (!list) {
      const children = nodes.children(node);
      lists.set(index, list = w.words(Uint32Array.from(children), children.length));
    }
    return list;
  };
  const fileWords = (node) => {
    const file = nodes.contents(node);
    const size = tree.files.size(file);
    return [size >= files.cutoff ? PASSIVE_FILE : nodeKinds.file, files.at[file] ?? 0, size];
  };
  const words = new Uint32Array(nodes.length * NODE_WORDS);
  for (let node = 0; node < nodes.length; node++) {
    const kind = nodes.kind(node);
    const [code, a, b] = kind === "dir" ? [nodeKinds.dir, ...childList(node)] : kind === "file" ? fileWords(node) : [nodeKinds[kind], ...w.string(nodes.host(node))];
    const name = w.data(nodes.names.bytesOf(nodes.nameIndex(node)), 1);
    words.set(record(NODE_WORDS, [code, ...name, nodes.parent(node), a, b]), node * NODE_WORDS);
  }
  const writable = (tree.writable ?? []).map(
    (t) => record(WRITABLE_WORDS, [t.node, Math.min(t.quota, 4294967295)])
  );
  return {
    preopens: w.list(preopens),
    nodes: w.words(words, nodes.length),
    writable: w.list(writable)
  };
}

// src/virt/subsystems/io.ts
var wasiIo = wasiPackage("io", "io");
var cli = wasiPackage("cli", "io");
var filesystem = wasiPackage("filesystem", "io");
var hostStreams = (policy, network) => stdioStreams.some((s) => policy.stdio[s] === "allow") || reachesHostFiles(policy) || network;
var hostPollables = (policy, network) => hostStreams(policy, network) || policy.access.clocks === "allow" && !fixesTime(policy);
var terminalFromHost = (policy, stream) => policy.stdio[stream] === "allow" && !policy.hideTerminals;
function stdioFromHost(id, policy) {
  const [, terminal, stream] = /^wasi:cli\/(terminal-)?(stdin|stdout|stderr)$/.exec(id) ?? [];
  if (stream)
    return terminal ? terminalFromHost(policy, stream) : policy.stdio[stream] === "allow";
  if (id === "wasi:cli/terminal-input") return terminalFromHost(policy, "stdin");
  if (id === "wasi:cli/terminal-output")
    return terminalFromHost(policy, "stdout") || terminalFromHost(policy, "stderr");
  return void 0;
}
var io = {
  role: "io",
  // Methods are named as the component model names them (`[method]input-stream.read`).
  interfaces: [
    wasiIo("error"),
    wasiIo("poll"),
    wasiIo("streams"),
    ...["stdin", "stdout", "stderr"].map((stream) => cli(stream)),
    ...["terminal-input", "terminal-output"].map((name) => cli(name)),
    ...["terminal-stdin", "terminal-stdout", "terminal-stderr"].map((name) => cli(name)),
    filesystem("types"),
    filesystem("preopens")
  ],
  // At 0.3 the adapter serves the stdio streams of the group the policy does not allow, their
  // terminals unless they are the host's (none: no terminal), and the filesystem unless it is
  // the host's (p3-plan.ts refuses the host's files beside the mounts).
  passesThrough: (iface, policy, serves) => {
    if (iface.series !== "0.3") return !serves.io;
    if (iface.package === "wasi:filesystem") return policy.access.fs === "allow";
    return stdioFromHost(iface.id, policy) ?? true;
  },
  forwarded(iface, _functions, types2, policy, serves) {
    const all2 = () => everything(iface, types2);
    const stdio = stdioFromHost(iface.id, policy);
    if (stdio !== void 0) return stdio ? all2() : [];
    switch (iface.id) {
      case "wasi:io/error":
      case "wasi:io/streams":
        return hostStreams(policy, serves.network) ? all2() : [];
      case "wasi:io/poll":
        return hostPollables(policy, serves.network) ? all2() : [];
      case "wasi:filesystem/types":
      case "wasi:filesystem/preopens":
        return reachesHostFiles(policy) ? all2() : [];
      default:
        return [];
    }
  },
  impliedDenyRules(policy) {
    const rules2 = [];
    for (const stream of stdioStreams) {
      if (!terminalFromHost(policy, stream)) rules2.push(`wasi:cli/terminal-${stream}`);
      if (policy.stdio[stream] === "allow") continue;
      if (!(stream === "stderr" && policy.debug)) rules2.push(`wasi:cli/${stream}`);
    }
    if (policy.hideTerminals) rules2.push("wasi:cli/terminal-input", "wasi:cli/terminal-output");
    if (!reachesHostFiles(policy)) rules2.push("wasi:filesystem/*");
    return rules2;
  },
  configWords(w, input) {
    const { settings } = input;
    return {
      stdio_mode: stdioStreams.map(
        (s) => stdioCodes[settings.stdio[s]] | (settings.hideTerminals ? CONFIG_ENUMS.WV_STDIO_NO_TERMINAL : 0)
      ),
      ...fileSystemWords(w, input),
      host_preopens: [settings.access.fs === "allow" ? 1 : 0],
      host_fs: [settings.hostFiles ? 1 : 0]
    };
  }
};

// src/virt/subsystems/random.ts
var U322 = (1n << 32n) - 1n;
var random = {
  role: "random",
  interfaces: ["random", "insecure", "insecure-seed"].map(
    (name) => wasiPackage("random", "random")(name)
  ),
  passesThrough: (_iface, policy) => !seedsRandom(policy) && policy.access.random === "allow",
  forwarded: () => [],
  impliedDenyRules: (policy) => policy.access.random === "deny" || seedsRandom(policy) ? ["wasi:random/*"] : [],
  configWords(_w, { settings }) {
    if (settings.randomSeed === void 0) return { random_mode: [CONFIG_ENUMS.WV_RANDOM_HOST], seed: [0, 0] };
    const seed = BigInt(settings.randomSeed);
    return { random_mode: [CONFIG_ENUMS.WV_RANDOM_SEEDED], seed: [Number(seed & U322), Number(seed >> 32n)] };
  }
};

// src/virt/subsystems/sockets.ts
var PROTOCOLS = { tcp: CONFIG_ENUMS.WV_SOCKET_TCP, udp: CONFIG_ENUMS.WV_SOCKET_UDP, "*": 3 };
function ruleWords(w, { protocol, host, ports }) {
  const bytes = host.kind === "block" ? host.bytes : [];
  const address = [0, 1, 2, 3].map(
    (i) => ((bytes[4 * i] ?? 0) | (bytes[4 * i + 1] ?? 0) << 8 | (bytes[4 * i + 2] ?? 0) << 16 | (bytes[4 * i + 3] ?? 0) << 24) >>> 0
  );
  const kind = host.kind === "any" ? CONFIG_ENUMS.WV_HOST_ANY : host.kind === "name" ? CONFIG_ENUMS.WV_HOST_NAME : bytes.length === 4 ? CONFIG_ENUMS.WV_HOST_IPV4 : CONFIG_ENUMS.WV_HOST_IPV6;
  return record(SOCKET_RULE_WORDS, [
    PROTOCOLS[protocol],
    kind,
    host.kind === "block" ? host.prefix : 0,
    ...address,
    ...ports,
    ...host.kind === "name" ? w.string(host.name) : [0, 0]
  ]);
}
var sockets = {
  role: "sockets",
  interfaces: [
    "network",
    "instance-network",
    "ip-name-lookup",
    "tcp",
    "tcp-create-socket",
    "udp",
    "udp-create-socket"
  ].map((name) => wasiPackage("sockets", "sockets")(name)),
  passesThrough: (_iface, policy, serves) => !serves.io && policy.access.sockets === "allow",
  forwarded: (iface, functions, types2, policy) => policy.access.sockets === "allow" ? [...functions, ...resourceDrops(iface, (r) => types2.includes(r))] : [],
  impliedDenyRules: (policy) => policy.access.sockets === "deny" ? ["wasi:sockets/*"] : [],
  configWords: (w, { settings }) => ({
    socket_rules: w.list((settings.socketRules ?? []).map((r) => ruleWords(w, socketRuleOf(r))))
  })
};

// src/virt/wasi-interfaces.ts
var WASI_VERSIONS = Array.from({ length: 13 }, (_, patch) => `0.2.${patch}`);
var DEFAULT_WASI_VERSION = "0.2.12";
var CONFIG_VERSION = "0.2.0-draft";
function checkWasiVersion(version) {
  if (!WASI_VERSIONS.includes(version) && version !== WASI_P3_VERSION) {
    throw new UserInputError(
      `unknown WASI version '${version}': choose one of ${WASI_VERSIONS[0]} to ${WASI_VERSIONS[WASI_VERSIONS.length - 1]}, or ${WASI_P3_VERSION}`
    );
  }
  return version;
}
var seriesOf = (version) => version.startsWith("0.3.") ? "0.3" : "0.2";
var WASI_INTERFACES = [
  io,
  sockets,
  http,
  env,
  config,
  exit,
  random,
  clocks
].flatMap((s) => s.interfaces);
var WASI_P3_ALL = [...WASI_P3_INTERFACES, ...WASI_P3_DENIED_WHOLE];
var interfacesOf = (series) => series === "0.3" ? WASI_P3_ALL : WASI_INTERFACES;
var findInterface = (id, series = "0.2") => interfacesOf(series).find((i) => i.id === id);
function versionOf(iface, wasiVersion) {
  return iface.role === "config" ? CONFIG_VERSION : wasiVersion;
}
function plannedVersion(plan, iface) {
  return plan.packageVersions[iface.package] ?? versionOf(iface, plan.wasiVersion);
}

// src/virt/wit-declarations.ts
var localName = (used) => /(\S+)\s*$/.exec(used)[1];
function declaredNames(decl) {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (use) return use[1].split(",").map(localName);
  const named2 = /^(?:record|variant|enum|flags|resource|type)\s+([a-zA-Z][a-zA-Z0-9-]*)/.exec(decl);
  return named2 ? [named2[1]] : [];
}
function usedNames(decl) {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (!use) return [];
  return use[1].split(",").map((item) => [/^\s*(\S+)/.exec(item)[1], localName(item)]);
}
function narrowUse(decl, wanted) {
  const use = /^(use\s+\S+\.)\{([^}]*)\}(.*)$/.exec(decl);
  if (!use) return decl;
  const items = use[2].split(",").map((item) => item.trim());
  return `${use[1]}{${items.filter((item) => wanted(localName(item))).join(", ")}}${use[3]}`;
}
function usedInterface(decl, iface) {
  const use = /^use\s+([^.@\s]+)(?:@[^.]+)?\./.exec(decl);
  if (!use) return void 0;
  return use[1].includes("/") ? use[1] : `${iface.package}/${use[1]}`;
}

// src/virt/wit-types.ts
var PRIMITIVES = {
  bool: { kind: "bool" },
  char: { kind: "char" },
  string: { kind: "string" },
  f32: { kind: "float", size: 4 },
  f64: { kind: "float", size: 8 },
  ...Object.fromEntries(
    [1, 2, 4, 8].flatMap((size) => [
      [`u${size * 8}`, { kind: "int", size, signed: false }],
      [`s${size * 8}`, { kind: "int", size, signed: true }]
    ])
  )
};
function splitTopLevel(text) {
  const parts2 = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "<" || c === "(" || c === "{") depth++;
    else if (c === ">" || c === ")" || c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts2.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  return last ? [...parts2, last] : parts2;
}
var unescape = (name) => name.replace(/^%/, "");
function generic(text) {
  const open2 = text.indexOf("<");
  return open2 < 0 ? [text, void 0] : [text.slice(0, open2).trim(), text.slice(open2 + 1, -1)];
}
var WitTypes = class {
  cache = /* @__PURE__ */ new Map();
  /** The type `text` (`result<list<u8>, stream-error>`) means inside `iface`. */
  parse(text, iface) {
    const [head, args] = generic(text.trim());
    const parts2 = args === void 0 ? [] : splitTopLevel(args);
    switch (args === void 0 ? void 0 : head) {
      case "list":
        return { kind: "list", of: this.parse(parts2[0], iface) };
      case "option":
        return { kind: "option", of: this.parse(parts2[0], iface) };
      case "own":
      case "borrow":
      case "stream":
      // a stream's or a future's end is a handle as well (CanonicalABI.md: lift_stream)
      case "future":
        return { kind: "handle" };
      case "tuple":
        return { kind: "tuple", items: parts2.map((p) => this.parse(p, iface)) };
      case "result": {
        const [ok, err] = parts2.map((p) => p === "_" ? void 0 : this.parse(p, iface));
        return { kind: "result", ...ok ? { ok } : {}, ...err ? { err } : {} };
      }
    }
    if (head === "result") return { kind: "result" };
    return PRIMITIVES[head] ?? this.named(unescape(head), iface);
  }
  /** The result type of a WIT function signature, or undefined for none. */
  resultOf(signature, iface) {
    const arrow = /\)\s*->\s*(.+)$/.exec(signature);
    return arrow ? this.parse(arrow[1], iface) : void 0;
  }
  /** The parameter types of a WIT function signature (a method's self not included). */
  paramsOf(signature, iface) {
    const open2 = signature.indexOf("(");
    let depth = 0;
    let close = open2;
    for (let i = open2; i < signature.length; i++) {
      if (signature[i] === "(") depth++;
      else if (signature[i] === ")" && --depth === 0) {
        close = i;
        break;
      }
    }
    return splitTopLevel(signature.slice(open2 + 1, close)).map(
      (param) => this.parse(param.slice(param.indexOf(":") + 1), iface)
    );
  }
  named(name, iface) {
    const key = `${iface.series}:${iface.id}#${name}`;
    let type = this.cache.get(key);
    if (!type) {
      type = this.declared(name, iface);
      this.cache.set(key, type);
    }
    return type;
  }
  declared(name, iface) {
    for (const decl of iface.types) {
      const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
      if (use) {
        for (const item of use[1].split(",")) {
          const [source, local] = item.trim().split(/\s+as\s+/);
          if (unescape(local ?? source) !== name) continue;
          const id = usedInterface(decl, iface);
          const from = findInterface(id, iface.series);
          if (!from) throw new Error(`internal: ${iface.id} uses ${id}, which is not described`);
          return this.named(unescape(source), from);
        }
        continue;
      }
      const match = /^(record|variant|enum|flags|type|resource)\s+%?([A-Za-z][A-Za-z0-9-]*)\s*(.*)$/.exec(decl);
      if (!match || match[2] !== name) continue;
      const body = match[3].replace(/^[{=]\s*/, "").replace(/\s*[};]$/, "");
      switch (match[1]) {
        case "resource":
          return { kind: "handle" };
        case "type":
          return this.parse(body, iface);
        case "enum":
          return { kind: "enum", cases: splitTopLevel(body).map(unescape) };
        case "flags":
          return { kind: "flags", count: splitTopLevel(body).length };
        case "record":
          return {
            kind: "record",
            fields: splitTopLevel(body).map((field) => {
              const colon = field.indexOf(":");
              return [
                unescape(field.slice(0, colon).trim()),
                this.parse(field.slice(colon + 1), iface)
              ];
            })
          };
        default:
          return {
            kind: "variant",
            cases: splitTopLevel(body).map((c) => {
              const open2 = c.indexOf("(");
              return open2 < 0 ? [unescape(c), void 0] : [unescape(c.slice(0, open2).trim()), this.parse(c.slice(open2 + 1, -1), iface)];
            })
          };
      }
    }
    throw new Error(`internal: ${iface.id} declares no type ${name}`);
  }
};

// src/virt/wit-model.ts
var PRIMS = /* @__PURE__ */ new Set([
  "bool",
  "s8",
  "u8",
  "s16",
  "u16",
  "s32",
  "u32",
  "s64",
  "u64",
  "f32",
  "f64",
  "char",
  "string"
]);
var unescape2 = (name) => name.trim().replace(/^%/, "");
function parseRef(text) {
  const t = text.trim();
  const open2 = t.indexOf("<");
  if (open2 < 0) {
    if (t === "result") return { result: {} };
    return PRIMS.has(t) ? { prim: t } : { named: unescape2(t) };
  }
  const head = t.slice(0, open2).trim();
  const args = splitTopLevel(t.slice(open2 + 1, -1));
  switch (head) {
    case "list":
      return { list: parseRef(args[0]) };
    case "option":
      return { option: parseRef(args[0]) };
    case "tuple":
      return { tuple: args.map(parseRef) };
    case "own":
      return { own: unescape2(args[0]) };
    case "borrow":
      return { borrow: unescape2(args[0]) };
    case "result": {
      const [ok, err] = args.map((a) => a === "_" ? void 0 : parseRef(a));
      return { result: { ...ok ? { ok } : {}, ...err ? { err } : {} } };
    }
    case "stream":
      return { stream: { element: parseRef(args[0]) } };
    case "future":
      return { future: { element: parseRef(args[0]) } };
  }
  throw new Error(`internal: unknown WIT type ${t}`);
}
function parseDecl(decl, iface) {
  const use = /^use\s+\S+\.\{([^}]*)\}/.exec(decl);
  if (use) {
    const names = use[1].split(",").map((item) => {
      const [source, local] = item.trim().split(/\s+as\s+/);
      return { source: unescape2(source), local: unescape2(local ?? source) };
    });
    return { kind: "use", from: usedInterface(decl, iface), names };
  }
  const match = /^(record|variant|enum|flags|type|resource)\s+%?([A-Za-z][A-Za-z0-9-]*)\s*(.*)$/.exec(decl);
  if (!match) throw new Error(`internal: unreadable WIT declaration in ${iface.id}: ${decl}`);
  const [, keyword, name] = match;
  const body = match[3].replace(/^[{=]\s*/, "").replace(/\s*[};]$/, "");
  switch (keyword) {
    case "resource":
      return { kind: "resource", name };
    case "type":
      return { kind: "alias", name, type: parseRef(body) };
    case "enum":
    case "flags":
      return { kind: keyword, name, names: splitTopLevel(body).map(unescape2) };
    case "record":
      return {
        kind: "record",
        name,
        fields: splitTopLevel(body).map((field) => {
          const colon = field.indexOf(":");
          return [unescape2(field.slice(0, colon)), parseRef(field.slice(colon + 1))];
        })
      };
    default:
      return {
        kind: "variant",
        name,
        cases: splitTopLevel(body).map((c) => {
          const open2 = c.indexOf("(");
          return open2 < 0 ? [unescape2(c), void 0] : [unescape2(c.slice(0, open2)), parseRef(c.slice(open2 + 1, -1))];
        })
      };
  }
}
function parseFunction(name, signature) {
  const open2 = signature.indexOf("(");
  let close = open2;
  for (let depth = 0, i = open2; i < signature.length; i++) {
    if (signature[i] === "(") depth++;
    else if (signature[i] === ")" && --depth === 0) {
      close = i;
      break;
    }
  }
  const params = splitTopLevel(signature.slice(open2 + 1, close)).map((param) => {
    const colon = param.indexOf(":");
    return [unescape2(param.slice(0, colon)), parseRef(param.slice(colon + 1))];
  });
  const arrow = /^\s*->\s*(.+)$/.exec(signature.slice(close + 1));
  const method = /^\[method\]([^.]+)\./.exec(name);
  if (method) params.unshift(["self", { borrow: method[1] }]);
  const constructor = /^\[constructor\](.+)$/.exec(name);
  if (constructor) return { params, result: { own: constructor[1] } };
  return {
    params,
    ...arrow ? { result: parseRef(arrow[1]) } : {},
    .../^\s*async\s/.test(signature) ? { async: true } : {}
  };
}
function refNames(ref, out = []) {
  if ("named" in ref) out.push(ref.named);
  else if ("own" in ref) out.push(ref.own);
  else if ("borrow" in ref) out.push(ref.borrow);
  else if ("list" in ref) refNames(ref.list, out);
  else if ("option" in ref) refNames(ref.option, out);
  else if ("tuple" in ref) ref.tuple.forEach((r) => refNames(r, out));
  else if ("stream" in ref || "future" in ref) {
    const element = "stream" in ref ? ref.stream.element : ref.future.element;
    if (element) refNames(element, out);
  } else if ("result" in ref) {
    if (ref.result.ok) refNames(ref.result.ok, out);
    if (ref.result.err) refNames(ref.result.err, out);
  }
  return out;
}
function declRefs(decl) {
  switch (decl.kind) {
    case "record":
      return decl.fields.flatMap(([, r]) => refNames(r));
    case "variant":
      return decl.cases.flatMap(([, r]) => r ? refNames(r) : []);
    case "alias":
      return refNames(decl.type);
    default:
      return [];
  }
}

// src/virt/wrap/interface-decls.ts
var declsCache = /* @__PURE__ */ new WeakMap();
var functionsCache = /* @__PURE__ */ new WeakMap();
function interfaceById(id, series = "0.2") {
  const iface = findInterface(id, series);
  if (!iface)
    throw new Error(`internal: ${id} is not a WASI ${series} interface the adapter knows`);
  return iface;
}
function catalogueDecls(iface) {
  let decls = declsCache.get(iface);
  if (!decls) {
    decls = iface.types.map((d) => parseDecl(d, iface));
    declsCache.set(iface, decls);
  }
  return decls;
}
var byTextCache = /* @__PURE__ */ new WeakMap();
function readDecl(decl, iface) {
  let byText = byTextCache.get(iface);
  if (!byText) {
    const decls = catalogueDecls(iface);
    byText = new Map(iface.types.map((text, i) => [text, decls[i]]));
    byTextCache.set(iface, byText);
  }
  return byText.get(decl) ?? parseDecl(decl, iface);
}
function functionOf(iface, name) {
  const known = functionsCache.get(iface) ?? /* @__PURE__ */ new Map();
  functionsCache.set(iface, known);
  let fn = known.get(name);
  if (!fn) {
    const signature = iface.functions[name];
    if (signature === void 0) throw new Error(`internal: ${iface.id} has no function ${name}`);
    fn = parseFunction(name, signature);
    known.set(name, fn);
  }
  return fn;
}
function declaring(decls, name) {
  return decls.find(
    (d) => d.kind === "use" ? d.names.some((n) => n.local === name) : d.name === name
  );
}
function definitionOf2(id, name, series = "0.2") {
  const decl = declaring(catalogueDecls(interfaceById(id, series)), name);
  if (!decl) throw new Error(`internal: ${id} declares no type ${name}`);
  if (decl.kind !== "use") return { id, decl };
  return definitionOf2(decl.from, decl.names.find((n) => n.local === name).source, series);
}
function isResource(id, name, series = "0.2") {
  const { id: at, decl } = definitionOf2(id, name, series);
  if (decl.kind === "resource") return true;
  return decl.kind === "alias" && "named" in decl.type && isResource(at, decl.type.named, series);
}

// src/virt/wrap/type-space.ts
var valKey = (v) => v === void 0 ? "_" : "prim" in v ? v.prim : `#${v.typeIndex}`;
function keyOf(type) {
  if (type.kind === "func")
    return `${type.async ? "async " : ""}func(${type.params.map((p) => `${p.name}:${valKey(p.type)}`).join(",")})${valKey(type.result)}`;
  if (type.kind !== "defined") return JSON.stringify(type);
  const d = type.def;
  switch (d.kind) {
    case "record":
      return `record(${d.fields.map((f) => `${f.name}:${valKey(f.type)}`).join(",")})`;
    case "variant":
      return `variant(${d.cases.map((c) => `${c.name}:${valKey(c.type)}`).join(",")})`;
    case "tuple":
      return `tuple(${d.types.map(valKey).join(",")})`;
    case "enum":
    case "flags":
      return `${d.kind}(${d.names.join(",")})`;
    case "list":
      return `list(${valKey(d.element)})`;
    case "option":
      return `option(${valKey(d.type)})`;
    case "result":
      return `result(${valKey(d.ok)},${valKey(d.err)})`;
    case "own":
    case "borrow":
      return `${d.kind}(${d.typeIndex})`;
    case "prim":
      return d.prim;
    default:
      return JSON.stringify(type);
  }
}
var TypeSpace = class {
  constructor(define) {
    this.define = define;
  }
  define;
  defined = /* @__PURE__ */ new Map();
  /** The index of a type definition, defined on first use. */
  type(type) {
    const key = keyOf(type);
    let index = this.defined.get(key);
    if (index === void 0) {
      index = this.define(type);
      this.defined.set(key, index);
    }
    return index;
  }
  def(def) {
    return { typeIndex: this.type({ kind: "defined", def }) };
  }
  named(name, names) {
    const found = names.get(name);
    if (!found) throw new Error(`internal: the type ${name} is not declared before its use`);
    return found;
  }
  val(ref, names) {
    if ("prim" in ref) return { prim: ref.prim };
    if ("named" in ref) {
      const { index, resource } = this.named(ref.named, names);
      return resource ? this.def({ kind: "own", typeIndex: index }) : { typeIndex: index };
    }
    if ("own" in ref) return this.def({ kind: "own", typeIndex: this.named(ref.own, names).index });
    if ("borrow" in ref)
      return this.def({ kind: "borrow", typeIndex: this.named(ref.borrow, names).index });
    if ("list" in ref) return this.def({ kind: "list", element: this.val(ref.list, names) });
    if ("option" in ref) return this.def({ kind: "option", type: this.val(ref.option, names) });
    if ("tuple" in ref)
      return this.def({ kind: "tuple", types: ref.tuple.map((r) => this.val(r, names)) });
    if ("stream" in ref || "future" in ref) {
      const [kind, { element }] = "stream" in ref ? ["stream", ref.stream] : ["future", ref.future];
      return this.def({ kind, ...element ? { element: this.val(element, names) } : {} });
    }
    const { ok, err } = ref.result;
    return this.def({
      kind: "result",
      ...ok ? { ok: this.val(ok, names) } : {},
      ...err ? { err: this.val(err, names) } : {}
    });
  }
  /** The definition of a declared value type (not a resource, not a `use`). */
  valueDecl(decl, names) {
    switch (decl.kind) {
      case "record":
        return this.type({
          kind: "defined",
          def: {
            kind: "record",
            fields: decl.fields.map(([name, r]) => ({ name, type: this.val(r, names) }))
          }
        });
      case "variant":
        return this.type({
          kind: "defined",
          def: {
            kind: "variant",
            cases: decl.cases.map(([name, r]) => ({
              name,
              ...r ? { type: this.val(r, names) } : {}
            }))
          }
        });
      case "enum":
        return this.type({ kind: "defined", def: { kind: "enum", names: decl.names } });
      case "flags":
        return this.type({ kind: "defined", def: { kind: "flags", names: decl.names } });
      case "alias": {
        if ("named" in decl.type) return this.named(decl.type.named, names).index;
        const val = this.val(decl.type, names);
        return "prim" in val ? this.type({ kind: "defined", def: { kind: "prim", prim: val.prim } }) : val.typeIndex;
      }
      default:
        throw new Error(`internal: ${decl.kind} ${JSON.stringify(decl)} is not a value type`);
    }
  }
  func(fn, names) {
    return this.type({
      kind: "func",
      async: fn.async ?? false,
      params: fn.params.map(([name, r]) => ({ name, type: this.val(r, names) })),
      ...fn.result ? { result: this.val(fn.result, names) } : {}
    });
  }
};

// src/virt/wrap/async-pump.ts
var PUMP_MODULE = "wasi-virt-pump";
var PUMP_SECTION = "wasi-virt-pump";
var FUNCTIONS = {
  /** drain: async func(data: stream<u8>): reads the stream to its end, forgetting it. */
  drain: { core: { params: [I322], results: [I322] }, memory: false },
  /** feed: async func(data: list<u8>) -> stream<u8>: a stream of the bytes, then its end. */
  feed: { core: { params: [I322, I322, I322], results: [I322] }, memory: true },
  /** feed-entries: async func(data: list<directory-entry>) -> stream<directory-entry> (WASI 0.3's). */
  "feed-entries": { core: { params: [I322, I322, I322], results: [I322] }, memory: true }
};
var isPumpFunction = (name) => Object.hasOwn(FUNCTIONS, name);
var pumpImportType = (name) => FUNCTIONS[name].core;
var pumpNeedsMemory = (name) => FUNCTIONS[name].memory;
var FILESYSTEM_TYPES = "wasi:filesystem/types";
function memoryModule(limits2) {
  const section = (id, body) => new ByteWriter().u8(id).u32(body.length).bytes(body.view()).view();
  const memories = new ByteWriter().u32(1).bytes(limits2);
  const exports = new ByteWriter().u32(1).name("memory").u8(2).u32(0);
  return new ByteWriter().bytes([0, 97, 115, 109, 1, 0, 0, 0]).bytes(section(5, memories)).bytes(section(7, exports)).toBytes();
}
function pumpComponent(pump) {
  const memoryImport = readModuleModel(pump).imports.find((i) => i.kind === "memory");
  if (!memoryImport) throw new Error("internal: the pump's module imports no memory");
  const b = new ComponentBuilder();
  const bytes = b.defType({ kind: "defined", def: { kind: "stream", element: { prim: "u8" } } });
  const list = b.defType({ kind: "defined", def: { kind: "list", element: { prim: "u8" } } });
  const drainType = b.defType({
    kind: "func",
    async: true,
    params: [{ name: "data", type: { typeIndex: bytes } }]
  });
  const feedType = b.defType({
    kind: "func",
    async: true,
    params: [{ name: "data", type: { typeIndex: list } }],
    result: { typeIndex: bytes }
  });
  const space = new TypeSpace((type) => b.defType(type));
  const names = /* @__PURE__ */ new Map();
  for (const name of ["descriptor-type", "directory-entry"]) {
    const { decl } = definitionOf2(FILESYSTEM_TYPES, name, "0.3");
    const index = b.export({ name }, { sort: TYPE_SORT, index: space.valueDecl(decl, names) });
    names.set(name, { index, resource: false });
  }
  const entry = names.get("directory-entry").index;
  const entries = b.defType({
    kind: "defined",
    def: { kind: "stream", element: { typeIndex: entry } }
  });
  const entryList = b.defType({
    kind: "defined",
    def: { kind: "list", element: { typeIndex: entry } }
  });
  const feedEntriesType = b.defType({
    kind: "func",
    async: true,
    params: [{ name: "data", type: { typeIndex: entryList } }],
    result: { typeIndex: entries }
  });
  const env2 = b.coreInstantiate(b.coreModule(memoryModule(memoryImport.descriptor)), []);
  const memory = b.aliasCoreExport("memory", env2, "memory");
  const copying = [{ kind: "memory", index: memory }, { kind: "async" }];
  const builtins = {
    "task-return": b.taskReturn(void 0),
    "task-return-stream": b.taskReturn({ typeIndex: bytes }),
    "stream-new": b.streamOrFutureBuiltin("stream.new", bytes),
    "stream-read": b.streamOrFutureBuiltin("stream.read", bytes, copying),
    "stream-write": b.streamOrFutureBuiltin("stream.write", bytes, copying),
    "stream-drop-readable": b.streamOrFutureBuiltin("stream.drop-readable", bytes),
    "stream-drop-writable": b.streamOrFutureBuiltin("stream.drop-writable", bytes),
    "task-return-entries": b.taskReturn({ typeIndex: entries }),
    "entries-new": b.streamOrFutureBuiltin("stream.new", entries),
    "entries-write": b.streamOrFutureBuiltin("stream.write", entries, [
      ...copying,
      { kind: "string-encoding", encoding: "utf8" }
    ]),
    "entries-drop-writable": b.streamOrFutureBuiltin("stream.drop-writable", entries),
    "waitable-set-new": b.waitableBuiltin("waitable-set.new"),
    "waitable-set-drop": b.waitableBuiltin("waitable-set.drop"),
    "waitable-join": b.waitableBuiltin("waitable.join"),
    "context-get": b.contextSlot("context.get", 0),
    "context-set": b.contextSlot("context.set", 0)
  };
  const funcs = Object.entries(builtins).map(([name, func]) => ({ name, func }));
  const instance = b.coreInstantiate(b.coreModule(pump), [
    { name: "pump", instance: b.coreInstanceOfFuncs(funcs) },
    { name: "env", instance: env2 }
  ]);
  const core2 = (name) => b.aliasCoreExport("func", instance, name);
  const lift = (name, type, callback, options = []) => b.export(
    { name },
    {
      sort: FUNC_SORT,
      index: b.lift(core2(name), type, [
        ...options,
        { kind: "async" },
        { kind: "callback", index: core2(callback) }
      ])
    }
  );
  const lowering = [
    { kind: "memory", index: memory },
    { kind: "realloc", index: core2("cabi_realloc") },
    { kind: "string-encoding", encoding: "utf8" }
  ];
  lift("drain", drainType, "drain-callback");
  lift("feed", feedType, "feed-callback", lowering);
  lift("feed-entries", feedEntriesType, "feed-callback", lowering);
  return b.finish();
}

// src/virt/adapter-module.ts
var candidates = ["../../adapter/virtual-adapter.wasm", "../adapter/virtual-adapter.wasm"];
var cached;
function loadAdapterModule() {
  cached ??= (async () => {
    for (const candidate of candidates) {
      try {
        return await readFile2(new URL(candidate, import.meta.url));
      } catch {
      }
    }
    throw new Error(
      "adapter/virtual-adapter.wasm is missing from this installation; run npm run build:adapter"
    );
  })();
  return cached;
}
var p3Cached;
function adapterModuleFor(wasiVersion) {
  if (seriesOf(wasiVersion) === "0.2") return loadAdapterModule();
  return p3Cached ??= loadAdapterModule().then(p3AdapterModule);
}
var pumpCached;
function loadPumpModule() {
  return pumpCached ??= loadAdapterModule().then((adapter) => {
    const pump = customSection(adapter, PUMP_SECTION);
    if (!pump)
      throw new Error(
        "adapter/virtual-adapter.wasm has no pump (its wasi-virt-pump section); run npm run build:adapter"
      );
    return pump;
  });
}

// src/virt/adapter-component.ts
var AdapterComponent = class {
  constructor(structure, chunks = [structure]) {
    this.structure = structure;
    this.chunks = chunks;
  }
  structure;
  chunks;
  joined;
  get length() {
    return this.chunks.reduce((n, c) => n + c.length, 0);
  }
  /** The adapter in one buffer (assembled the first time it is asked for). */
  bytes() {
    const [only2] = this.chunks;
    if (this.chunks.length === 1 && only2 instanceof Uint8Array) return only2;
    return this.joined ??= concatBytes(this.chunks);
  }
};

// src/virt/adapter-wit.ts
function pinUse(decl, iface, version, versionFor) {
  const used = usedInterface(decl, iface);
  if (!used) return decl;
  const usedVersion = versionFor(used);
  const samePackage = used.startsWith(`${iface.package}/`);
  if (samePackage && usedVersion === version && !decl.includes("{version}")) return decl;
  return decl.replace(/^use\s+[^.\s]+(?:@[^.]+|@\{version\})?\./, `use ${used}@${usedVersion}.`);
}
var mentions = (text, name) => {
  let pattern = wordPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(^|[^a-zA-Z0-9-])${name}([^a-zA-Z0-9-]|$)`);
    wordPatterns.set(name, pattern);
  }
  return pattern.test(text);
};
var wordPatterns = /* @__PURE__ */ new Map();
var escape = (name) => ["stream", "future", "type", "flags"].includes(name) ? `%${name}` : name;
function placeFunction(name, signature) {
  const method = /^\[(method|static)\]([^.]+)\.(.+)$/.exec(name);
  if (method)
    return [
      method[2],
      `${escape(method[3])}: ${method[1] === "static" ? "static " : ""}${signature};`
    ];
  const constructor = /^\[constructor\](.+)$/.exec(name);
  if (constructor) return [constructor[1], `constructor${signature.replace(/^func/, "")};`];
  return [void 0, `${name}: ${signature};`];
}
function interfaceBody(iface, functions, version, versionFor, keep) {
  const members = /* @__PURE__ */ new Map();
  for (const name of functions) {
    const [owner, line2] = placeFunction(name, iface.functions[name]);
    members.set(owner, [...members.get(owner) ?? [], line2]);
  }
  let mentioned = functions.map((f) => `${f} ${iface.functions[f]}`).join("\n");
  const decls = [];
  const uses = [];
  const narrow = functions.length > 0 || keep !== void 0;
  const wanted = (n) => !!keep?.includes(n) || mentions(mentioned, n) || members.has(n);
  for (const declared of [...iface.types].reverse()) {
    if (narrow && !declaredNames(declared).some(wanted)) continue;
    const decl = narrow ? narrowUse(declared, wanted) : declared;
    decls.unshift(decl);
    mentioned += `
${decl}`;
    const used = usedInterface(decl, iface);
    if (used) uses.push(used);
  }
  const line = (decl) => {
    const resource = /^resource\s+([a-z][a-z0-9-]*)$/.exec(decl);
    const methods = resource ? members.get(resource[1]) ?? [] : [];
    return resource ? methods.length > 0 ? `resource ${resource[1]} {
${methods.map((m) => `      ${m}`).join("\n")}
    }` : `resource ${resource[1]};` : /[;}]$/.test(decl) ? pinUse(decl, iface, version, versionFor) : `${decl};`;
  };
  const text = () => {
    const free = (members.get(void 0) ?? []).map((l) => `    ${l}`);
    const included = decls.map((decl) => `    ${line(decl)}`);
    return [`  interface ${iface.name} {`, ...included, ...free, "  }"].join("\n");
  };
  return { text, uses, decls };
}
function typesOnlyExports(exported, usesOf) {
  const added = [];
  const reachesExport = (id, seen = /* @__PURE__ */ new Set()) => (usesOf.get(id) ?? []).some(
    (used) => exported.has(used) || !seen.has(used) && reachesExport(used, seen.add(used))
  );
  const usedByExport = (id) => [...exported].some((e) => usesOf.get(e)?.includes(id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of usesOf.keys()) {
      if (exported.has(id) || !usedByExport(id) || !reachesExport(id)) continue;
      exported.add(id);
      added.push(id);
      changed = true;
    }
  }
  return added;
}
function adapterWorld(plan) {
  const series = seriesOf(plan.wasiVersion);
  const versionFor = (id) => {
    const iface = findInterface(id, series);
    return iface ? plannedVersion(plan, iface) : plan.wasiVersion;
  };
  const interfaces = /* @__PURE__ */ new Map();
  const usesOf = /* @__PURE__ */ new Map();
  const declare = (iface, version, functions, keep) => {
    const known = interfaces.get(iface.id);
    if (known) {
      if (known.version !== version)
        throw new Error(`internal: ${iface.id} is declared at ${known.version} and ${version}`);
      return [];
    }
    const body = interfaceBody(iface, functions, version, versionFor, keep);
    const name = `${iface.id}@${version}`;
    interfaces.set(iface.id, { iface, version, name, functions, ...body });
    usesOf.set(iface.id, body.uses);
    return body.uses;
  };
  const imports = [];
  const pending = [];
  for (const v of plan.interfaces) {
    if (v.forwarded.length > 0) imports.push(v.iface.id);
    const functions = v.importOnly ? v.forwarded.filter((f) => f in v.iface.functions) : v.exported;
    pending.push(...declare(v.iface, v.version, functions, v.importOnly ? void 0 : v.types));
  }
  for (let id = pending.pop(); id !== void 0; id = pending.pop()) {
    const iface = findInterface(id, series);
    if (iface) pending.push(...declare(iface, versionFor(id), []));
  }
  const exported = new Set(plan.interfaces.filter((v) => !v.importOnly).map((v) => v.iface.id));
  const exports = [...exported, ...typesOnlyExports(exported, usesOf)];
  return { interfaces, imports, exports, series };
}

// src/virt/denials.ts
function allowedBy(subsystem) {
  return { flag: `--allow-${subsystem}`, key: `allow-${subsystem}` };
}
var TRAPPING = ["exit", "random", "clocks"];
var virtual = (role, settings) => role === "clocks" && settings.fixedTime !== void 0 || role === "random" && settings.randomSeed !== void 0;
function deniedSubsystem(iface, settings) {
  const role = iface.role;
  return subsystems.includes(role) && settings.access[role] === "deny" && !virtual(role, settings) ? role : void 0;
}
function trappingInterfaces(plan) {
  return plan.interfaces.flatMap((planned) => {
    const subsystem = deniedSubsystem(planned.iface, plan.settings);
    const trapping = subsystem && (TRAPPING.includes(subsystem) || WASI_P3_DENIED_WHOLE.includes(planned.iface));
    return !planned.importOnly && subsystem && trapping ? [{ planned, subsystem }] : [];
  });
}
var unversioned = (name) => name.replace(/@[^#]*$/, "");
function trapMessage(interfaceName, fn, subsystem) {
  const { flag } = allowedBy(subsystem);
  return `wasi-virt: denied ${unversioned(interfaceName)}#${fn} (allow with ${flag})`;
}
function unreachableTrapName(denied) {
  const flags = [...new Set(denied.map((s) => s ? allowedBy(s).flag : void 0))];
  return flags.every((f) => f !== void 0) ? `wasi-virt: denied (allow with ${flags.join(" or ")})` : "wasi-virt: not served";
}
function tracedDenial(subsystem) {
  return subsystem ? `trap: denied (allow with ${allowedBy(subsystem).flag})` : "trap: not served";
}
function writesDenials(plan) {
  const { debug, stdio } = plan.settings;
  if (debug || stdio.stderr !== "allow" || seriesOf(plan.wasiVersion) === "0.3") return false;
  if (trappingInterfaces(plan).length === 0) return false;
  const stderr = (name) => unversioned(name) === "wasi:cli/stderr";
  return plan.passedThrough.some(stderr) || plan.interfaces.some((v) => stderr(v.name) && v.forwarded.includes("get-stderr"));
}

// src/component/core/instructions.ts
var skipLeb = (r, what) => {
  for (let i = 0; i < 10; i++) if ((r.u8(what) & 128) === 0) return;
  r.fail(`malformed LEB128 ${what}`);
};
var bare = (op) => op === 0 || op === 1 || op === 5 || op === 11 || op === 15 || op === 26 || op === 27 || op === 209 || op >= 69 && op <= 196;
function skipPrefixed(r, at) {
  const sub = r.u32("a 0xfc opcode");
  if (sub <= 7) return;
  const immediates = { 8: 2, 9: 1, 10: 2, 11: 1, 12: 2, 13: 1, 14: 2 };
  const count = immediates[sub] ?? (sub <= 17 ? 1 : -1);
  if (count < 0) r.fail(`unsupported instruction 0xfc ${sub}`, at);
  for (let i = 0; i < count; i++) r.u32("an immediate");
}
function scanBody(body) {
  const r = new ByteReader(body);
  const refs = { functions: [], types: [], usesElements: false };
  const typeRef2 = (blockType) => {
    const start = r.offset;
    const index = blockType ? r.signedLeb(33, "a block type") : r.u32("a type index");
    refs.types.push({ index, start, end: r.offset, blockType });
  };
  r.vec("local declarations", () => {
    r.u32("a local count");
    r.u8("a local type");
  });
  while (!r.atEnd) {
    const at = r.offset;
    const op = r.u8("an opcode");
    if (bare(op)) continue;
    if (op >= 2 && op <= 4) {
      const blockType = r.peekU8("a block type");
      if (blockType === 64 || blockType >= 111 && blockType <= 127) r.u8();
      else typeRef2(true);
    } else if (op === 16 || op === 18 || op === 210) {
      const start = r.offset;
      const index = r.u32("a function index");
      refs.functions.push({ index, start, end: r.offset });
      if (op === 210) refs.usesElements = true;
    } else if (op === 17 || op === 19) {
      typeRef2(false);
      r.u32("a table index");
      refs.usesElements = true;
    } else if (op === 14) {
      r.vec("branch targets", () => r.u32("a branch target"));
      r.u32("the default branch target");
    } else if (op === 28) r.vec("select types", () => r.u8("a value type"));
    else if (op === 12 || op === 13 || op >= 32 && op <= 38 || op === 63 || op === 64)
      r.u32("an index");
    else if (op >= 40 && op <= 62) {
      const align = r.u32("a memory alignment");
      if (align & 64) r.fail("multiple memories are not supported", at);
      r.u32("a memory offset");
    } else if (op === 65 || op === 66) skipLeb(r, "a constant");
    else if (op === 67) r.take(4, "an f32 constant");
    else if (op === 68) r.take(8, "an f64 constant");
    else if (op === 208) r.u8("a reference type");
    else if (op === 252) skipPrefixed(r, at);
    else r.fail(`unsupported instruction 0x${op.toString(16)}`, at);
  }
  return refs;
}
function renumberBody(body, refs, functions, types2) {
  const { functions: calls, types: typeRefs } = refs;
  if (calls.length === 0 && typeRefs.length === 0) return body;
  const out = new ByteWriter();
  let copied = 0;
  for (let f = 0, t = 0; f < calls.length || t < typeRefs.length; ) {
    const call = calls[f];
    const typeRef2 = typeRefs[t];
    if (call && (!typeRef2 || call.start < typeRef2.start)) {
      out.bytes(body.subarray(copied, call.start)).u32(functions(call.index));
      copied = call.end;
      f++;
    } else {
      const ref = typeRef2;
      out.bytes(body.subarray(copied, ref.start));
      if (ref.blockType) out.s33(types2(ref.index));
      else out.u32(types2(ref.index));
      copied = ref.end;
      t++;
    }
  }
  return out.bytes(body.subarray(copied)).toBytes();
}

// src/component/core/reachable.ts
var scanned = /* @__PURE__ */ new WeakMap();
function bodyRefs(body) {
  let refs = scanned.get(body);
  if (!refs) scanned.set(body, refs = scanBody(body));
  return refs;
}
function reachableFunctions(m, roots) {
  const imported = importedFunctions(m);
  const result = { functions: /* @__PURE__ */ new Set(), bodies: /* @__PURE__ */ new Map(), usesElements: false };
  const pending = [...roots];
  if (m.start !== void 0) pending.push(m.start);
  const reach = (index) => {
    if (!result.functions.has(index)) pending.push(index);
  };
  while (pending.length > 0) {
    const index = pending.pop();
    if (result.functions.has(index)) continue;
    result.functions.add(index);
    if (index < imported) continue;
    const body = m.code[index - imported];
    if (!body) throw new Error(`function ${index} is not in the module`);
    const refs = bodyRefs(body);
    result.bodies.set(index, refs);
    for (const ref of refs.functions) reach(ref.index);
    if (refs.usesElements && !result.usesElements) {
      result.usesElements = true;
      for (const segment of m.elements) segment.functions.forEach(reach);
    }
  }
  return result;
}

// src/virt/adapter-exports.ts
var RUNTIME_EXPORTS = /* @__PURE__ */ new Set(["memory", "cabi_realloc"]);
var TRACE_EXPORTS = [
  "wasi_virt_trace_enter",
  "wasi_virt_trace_arg",
  "wasi_virt_trace_string",
  "wasi_virt_trace_bytes",
  "wasi_virt_trace_result",
  "wasi_virt_trace_shaped",
  "wasi_virt_trace_done",
  "wasi_virt_trace_denied",
  "wasi_virt_denied"
];
function splitCoreName(name) {
  if (!split.has(name)) {
    const match = /^([^@#]+)@[^#]+#(.+)$/.exec(name);
    split.set(name, match ? [match[1], match[2]] : void 0);
  }
  const parts2 = split.get(name);
  return parts2 && [...parts2];
}
var split = /* @__PURE__ */ new Map();
var destructorOf = (fn) => /^\[dtor\](.+)$/.exec(fn)?.[1];
var FORWARD = "[forward]";
var CHECKED = "[checked]";
var checks = (plan, id) => id.startsWith("wasi:sockets/") && plan.settings.socketRules !== void 0;
var WRITABLE = "[writable]";
function usableExport(name, plan) {
  if (name.startsWith(WRITABLE)) {
    const parts3 = plan.settings.writable ? splitCoreName(name.slice(WRITABLE.length)) : void 0;
    return parts3 && [...parts3, 1];
  }
  const prefix = [FORWARD, CHECKED].find((p) => name.startsWith(p));
  const parts2 = splitCoreName(prefix ? name.slice(prefix.length) : name);
  if (!parts2 || !prefix) return parts2 && [...parts2, 0];
  const [id, fn] = parts2;
  const resource = destructorOf(fn);
  const host = resource ? `[resource-drop]${resource}` : fn;
  const forwarded = plan.interfaces.some((v) => v.iface.id === id && v.forwarded.includes(host));
  if (!forwarded) return void 0;
  if (prefix === FORWARD) return [id, fn, 1];
  return checks(plan, id) ? [id, fn, 2] : void 0;
}
function chooseExports(exports, plan) {
  const kept = exports.filter(
    (e) => RUNTIME_EXPORTS.has(e.name) || plan.proxy && BRIDGE_EXPORTS.includes(e.name)
  );
  const chosen = /* @__PURE__ */ new Map();
  const served = /* @__PURE__ */ new Map();
  for (const v of plan.interfaces)
    if (!v.importOnly) served.set(v.iface.id, [...served.get(v.iface.id) ?? [], v]);
  for (const exp of exports) {
    if (kept.includes(exp)) continue;
    const usable = usableExport(exp.name, plan);
    if (!usable || exp.kind !== "func") continue;
    const [id, fn, rank] = usable;
    const resource = destructorOf(fn);
    const planned = served.get(id)?.find(
      (v) => resource ? v.iface.types.includes(`resource ${resource}`) : v.exported.includes(fn)
    );
    if (!planned) continue;
    const name = `${planned.name}#${fn}`;
    const was = chosen.get(name);
    if (!was || rank > 0 && rank >= was.rank) chosen.set(name, { index: exp.index, rank });
  }
  return [
    ...kept,
    ...[...chosen].map(([name, { index }]) => ({ name, kind: "func", index }))
  ];
}
var DATA_INIT = { module: "wasi-virt", name: "data-init" };
var resourceOfIntrinsic = (fn) => /^\[resource-(?:new|rep|drop)\](.+)$/.exec(fn)?.[1];
function keptImportModule(module, name, plan) {
  if (module === PUMP_MODULE) return module;
  const ownResource = module.startsWith("[export]");
  const id = module.replace(/^\[export\]/, "").split("@")[0];
  const resource = resourceOfIntrinsic(name);
  const planned = plan.interfaces.find(
    (v) => v.iface.id === id && (ownResource ? !v.importOnly && (resource === void 0 || v.types.includes(resource)) : v.forwarded.includes(name))
  );
  return planned && `${ownResource ? "[export]" : ""}${planned.name}`;
}

// src/virt/plan.ts
var import_gt2 = __toESM(require_gt(), 1);

// src/virt/io-plan.ts
var isWasi = (item, pkg) => item.interface?.namespace === "wasi" && item.interface.package === pkg;
var wasiItems = (items, pkg) => (items ?? []).filter((i) => isWasi(i, pkg));
function policyVirtualizesIo(policy) {
  return stdioStreams.some((s) => policy.stdio[s] !== "allow") || policy.hideTerminals || policy.access.fs !== "allow" || putsFilesInAdapter(policy);
}
function servesHttp(policy, appImports) {
  if (policy.access.http !== "deny") return false;
  return appImports ? wasiItems(appImports, "http").length > 0 : policyVirtualizesIo(policy);
}
function virtualizesIo(policy, appImports) {
  return policyVirtualizesIo(policy) || servesHttp(policy, appImports) || checksHttp(policy, appImports) || checksSockets(policy, appImports) || waitsOnVirtualClock(policy, appImports);
}
function checksHttp(policy, appImports) {
  if (!restrictsHttp(policy)) return false;
  return appImports ? wasiItems(appImports, "http").length > 0 : true;
}
function checksSockets(policy, appImports) {
  if (!restrictsSockets(policy)) return false;
  return appImports ? wasiItems(appImports, "sockets").length > 0 : true;
}
function waitsOnVirtualClock(policy, appImports) {
  if (!fixesTime(policy)) return false;
  if (!appImports) return true;
  return appImports.some(
    (i) => i.interface?.id === "wasi:clocks/monotonic-clock" && (i.functions === void 0 || i.functions.some((f) => f.startsWith("subscribe-")))
  );
}
var NETWORK = ["sockets", "http"];
function forwardsNetwork(policy, appImports) {
  return virtualizesIo(policy, appImports) && NETWORK.some(
    (pkg) => policy.access[pkg] === "allow" && (!appImports || wasiItems(appImports, pkg).length > 0)
  );
}
var proxyExport = (appExports) => wasiItems(appExports, "http").find((e) => e.interface?.interface === "incoming-handler")?.name;
function proxiedExport(policy, appImports, appExports = []) {
  const proxy = proxyExport(appExports);
  return proxy && policy.access.http === "allow" && virtualizesIo(policy, appImports) ? proxy : void 0;
}
var REQUEST_HANDLERS = /* @__PURE__ */ new Set(["incoming-handler", "handler"]);
function checkProxySupported(policy, appExports = []) {
  const proxy = wasiItems(appExports, "http").find(
    (e) => REQUEST_HANDLERS.has(e.interface?.interface ?? "")
  )?.name;
  if (proxy && policy.access.http === "deny") {
    throw new UserInputError(
      `the component exports ${proxy}: the host makes the requests it handles, so wasi:http must be the host's (add --allow-http)`
    );
  }
}

// src/virt/p3-plan.ts
var STREAM = /^wasi:cli\/(?:terminal-)?(stdin|stdout|stderr)$/;
function leftToHost(id, policy) {
  const stream = STREAM.exec(id)?.[1];
  if (stream) return policy.stdio[stream] === "allow";
  switch (id.split("/")[0]) {
    case "wasi:filesystem":
      return policy.access.fs === "allow" && !putsFilesInAdapter(policy);
    case "wasi:sockets":
      return policy.access.sockets === "allow" && !restrictsSockets(policy);
    case "wasi:http":
      return policy.access.http === "allow" && !restrictsHttp(policy);
    case "wasi:clocks":
      return policy.access.clocks === "allow" && !fixesTime(policy);
    case "wasi:random":
      return policy.access.random === "allow" && !seedsRandom(policy);
    default:
      return false;
  }
}
var LEAVE_FLAGS = {
  "wasi:filesystem": "--allow-fs, without mounts, writable or remapped directories, host files",
  "wasi:sockets": "--allow-sockets",
  "wasi:http": "--allow-http",
  "wasi:clocks": "--allow-clocks, without --fixed-time",
  "wasi:random": "--allow-random, without --random-seed"
};
function howToLeave(id) {
  const stream = STREAM.exec(id)?.[1];
  const flag = stream ? `--${stream} allow` : LEAVE_FLAGS[id.split("/")[0]];
  return flag ? `leave ${id} to the host (${flag})` : `rebuild the component against WASI ${WASI_P3_VERSION}'s WIT`;
}
function checkP3Supported(policy, appImports) {
  const imports = (pkg) => !appImports || appImports.some((i) => i.interface?.namespace === "wasi" && i.interface.package === pkg);
  if (policy.debug)
    throw new UserInputError(
      `--debug (the call trace) is not yet supported at WASI ${WASI_P3_VERSION}: leave it out`
    );
  if (restrictsSockets(policy) && imports("sockets"))
    throw new UserInputError(
      `--allow-sockets=PATTERNS is not yet supported at WASI ${WASI_P3_VERSION}: allow sockets whole (--allow-sockets) or deny them`
    );
  if (restrictsHttp(policy) && imports("http"))
    throw new UserInputError(
      `--allow-http=PATTERNS is not yet supported at WASI ${WASI_P3_VERSION}: allow HTTP whole (--allow-http) or deny it`
    );
  const hostFiles = policy.preopens.length > 0 || policy.hostFiles.length > 0;
  const otherwise = appImports ? "or leave every file to the host (--allow-fs alone)" : "or generate for WASI 0.2";
  if (imports("filesystem") && (hasWritableTrees(policy) || hostFiles || policy.access.fs === "allow" && putsFilesInAdapter(policy)))
    throw new UserInputError(
      `at WASI ${WASI_P3_VERSION} the adapter serves read-only --mount trees only, not yet the host's files beside them: leave out --writable (--hermetic adds one at /tmp), --overlay, remapped directories, host files and --allow-fs, ${otherwise}`
    );
  for (const item of appImports ?? []) {
    const parsed = item.interface;
    if (parsed?.namespace !== "wasi" || parsed.version !== WASI_P3_VERSION) continue;
    const served = findInterface(parsed.id, "0.3");
    const functions = item.functionsUnknown ? void 0 : item.functions ?? [];
    const unserved = functions?.filter((f) => !served || !(f in served.functions));
    if (unserved?.length === 0 || leftToHost(parsed.id, policy)) continue;
    const listed = unserved && unserved.length > 3 ? `${unserved.slice(0, 3).join(", ")} and ${unserved.length - 3} more functions` : unserved?.join(", ");
    const what = listed ? `${listed} from ${item.name}` : item.name;
    throw new UserInputError(
      `the component imports ${what}, which is not yet supported at WASI ${WASI_P3_VERSION} (at 0.3 the adapter serves the environment, exit, random, config, the clocks but the timezone, stdio and terminals it does not pass to the host and read-only mounted trees, and denies sockets and HTTP whole): ${howToLeave(parsed.id)}`
    );
  }
}
function p3Serves(policy, appImports, appExports) {
  checkProxySupported(policy, appExports);
  checkP3Supported(policy, appImports);
  const http2 = policy.access.http === "deny";
  return { serves: { io: false, http: http2, network: false, proxy: false } };
}
function p3HostImports(plan, appImports) {
  const planned = new Set(plan.interfaces.map((v) => v.iface.id));
  return (appImports ?? []).filter((i) => i.interface?.namespace === "wasi" && !planned.has(i.interface.id)).map((i) => i.name).filter((name) => !plan.passedThrough.includes(name));
}
var RENAMED_RULES = {
  "wasi:cli/environment#initial-cwd": "wasi:cli/environment#get-initial-cwd"
};
var withP3Names = (rules2) => rules2.flatMap((rule) => [rule, ...RENAMED_RULES[rule] ? [RENAMED_RULES[rule]] : []]);

// src/virt/servable.ts
var leaveIt = (iface) => `leave ${iface.id} to the host with the policy, or rebuild the component against WASI's WIT`;
function checkServedVersions(iface, names) {
  const served = iface.role === "config" ? [CONFIG_VERSION] : iface.series === "0.3" ? [WASI_P3_VERSION] : WASI_VERSIONS;
  const other = names.find((n) => {
    const version = /@([^@]+)$/.exec(n)?.[1];
    return version !== void 0 && !served.includes(version);
  });
  if (!other) return;
  throw new UserInputError(
    `the component imports ${other}, a version this tool cannot virtualize (it serves ${served[0]} to ${served.at(-1)}): leave ${iface.id} to the host with the policy`
  );
}
function checkKnownTypes(iface, imported) {
  const declared = new Set(iface.types.flatMap(declaredNames));
  const unknown = imported.types.filter((t) => !declared.has(t));
  if (unknown.length > 0) {
    throw new UserInputError(
      `the component imports ${imported.names.join(" and ")} with type(s) ${unknown.join(", ")}, which WASI's ${iface.id} does not have: ${leaveIt(iface)}`
    );
  }
}
function checkTypeOwners(iface, imported, appImports) {
  for (const decl of iface.types) {
    const owner = usedInterface(decl, iface);
    const borrowed = declaredNames(decl).filter((t) => imported.types.includes(t));
    if (!owner || borrowed.length === 0) continue;
    const owners = appImports.filter((i) => i.interface?.id === owner);
    if (owners.length === 0)
      throw new UserInputError(
        `the component imports ${imported.names[0]} with type(s) ${borrowed.join(", ")}, which WASI defines in ${owner}, but it does not import ${owner}: ${leaveIt(iface)}`
      );
    if (owners.some((i) => i.functionsUnknown)) continue;
    const has = new Set(owners.flatMap((i) => [...i.types ?? [], ...i.resources ?? []]));
    const missing = usedNames(decl).filter(([original, local]) => borrowed.includes(local) && !has.has(original)).map(([original]) => original);
    if (missing.length > 0)
      throw new UserInputError(
        `the component imports ${imported.names[0]} with type(s) from ${owner} that its import of ${owners[0].name} does not have (${missing.join(", ")}): ${leaveIt(iface)}`
      );
  }
}
function checkServable(iface, imported, appImports) {
  const notInstance = appImports.find((i) => i.interface?.id === iface.id && i.kind !== "instance");
  if (notInstance) {
    throw new UserInputError(
      `the component imports ${notInstance.name} as a ${notInstance.kind}, but WASI's ${iface.id} is an interface (an instance): ${leaveIt(iface)}`
    );
  }
  checkServedVersions(iface, imported.names);
  const unknown = (imported.functions ?? []).filter((f) => !(f in iface.functions));
  if (unknown.length > 0) {
    throw new UserInputError(
      `the component imports ${unknown.join(", ")} from ${imported.names.join(" and ")}, which WASI's ${iface.id} does not have or this tool cannot virtualize yet: ${leaveIt(iface)}`
    );
  }
  checkKnownTypes(iface, imported);
  checkTypeOwners(iface, imported, appImports);
}

// src/virt/subsystems/registry.ts
var SUBSYSTEMS = [env, config, exit, random, clocks, io, sockets, http];
function subsystemOf(iface) {
  const subsystem = SUBSYSTEMS.find((s) => s.role === iface.role);
  if (!subsystem) throw new Error(`internal: no subsystem has role '${iface.role}' (${iface.id})`);
  return subsystem;
}
var impliedDenyRules = (policy) => SUBSYSTEMS.flatMap((s) => s.impliedDenyRules(policy)).map(
  (rule) => rule.includes("#") ? rule : `${rule}#*`
);

// src/virt/plan.ts
function adapterSettings(policy) {
  return {
    env: policy.env,
    config: policy.config,
    ...policy.args !== void 0 ? { args: policy.args } : {},
    ...policy.cwd !== void 0 ? { cwd: policy.cwd } : {},
    stdio: policy.stdio,
    hideTerminals: policy.hideTerminals,
    access: policy.access,
    hostFiles: reachesHostFiles(policy),
    debug: policy.debug,
    passiveCutoff: policy.passiveCutoff ?? DEFAULT_PASSIVE_CUTOFF,
    ...policy.fixedTime !== void 0 ? { fixedTime: policy.fixedTime } : {},
    ...policy.randomSeed !== void 0 ? { randomSeed: policy.randomSeed } : {},
    ...restrictsHttp(policy) ? { httpHosts: policy.httpHosts } : {},
    ...restrictsSockets(policy) ? { socketRules: policy.socketRules } : {},
    writable: hasWritableTrees(policy),
    deniedImports: impliedDenyRules(policy)
  };
}
function chooseVersion(appImports, policy) {
  const versions = new Set(
    (appImports ?? []).filter(
      (i) => i.interface?.namespace === "wasi" && i.interface.package !== "config" && i.interface.version
    ).map((i) => i.interface.version)
  );
  const known = [...versions].filter((v) => WASI_VERSIONS.includes(v) || v === WASI_P3_VERSION);
  if (versions.size > 0 && known.length === 0) {
    throw new UserInputError(
      `the component imports WASI ${[...versions].join(", ")}, which this tool does not know; it serves ${WASI_VERSIONS[0]} to ${WASI_VERSIONS.at(-1)} and ${WASI_P3_VERSION}`
    );
  }
  const newest02 = known.filter((v) => v !== WASI_P3_VERSION).sort((a, b) => Number(b.split(".")[2]) - Number(a.split(".")[2]))[0];
  if (policy.wasiVersion) checkWasiVersion(policy.wasiVersion);
  return newest02 ?? (known.includes(WASI_P3_VERSION) ? WASI_P3_VERSION : void 0) ?? policy.wasiVersion ?? DEFAULT_WASI_VERSION;
}
function p2Serves(policy, appImports, appExports) {
  checkProxySupported(policy, appExports);
  const proxy = proxiedExport(policy, appImports, appExports);
  const serves = {
    io: virtualizesIo(policy, appImports),
    http: servesHttp(policy, appImports),
    network: forwardsNetwork(policy, appImports),
    proxy: proxy !== void 0
  };
  return proxy === void 0 ? { serves } : { serves, proxy };
}
function newestPackageVersions(appImports) {
  const newest = {};
  for (const { interface: parsed } of appImports ?? []) {
    if (parsed?.namespace !== "wasi" || !parsed.version) continue;
    const pkg = `wasi:${parsed.package}`;
    const served = pkg === "wasi:config" ? [CONFIG_VERSION] : WASI_VERSIONS;
    if (!served.includes(parsed.version)) continue;
    const known = newest[pkg];
    if (!known || (0, import_gt2.default)(parsed.version, known)) newest[pkg] = parsed.version;
  }
  return newest;
}
function importedInterface(iface, appImports) {
  const matching = appImports.filter((i) => i.interface?.id === iface.id);
  if (matching.length === 0) return void 0;
  const union = (items) => [...new Set(items.flatMap((i) => i ?? []))];
  return {
    names: matching.map((i) => i.name),
    functions: matching.some((i) => i.functions === void 0) ? void 0 : union(matching.map((i) => i.functions)),
    types: union(matching.flatMap((i) => [i.types, i.resources]))
  };
}
function planVirtualization(policy, appImports, appExports) {
  const wasiVersion = chooseVersion(appImports, policy);
  const series = seriesOf(wasiVersion);
  const { serves, proxy } = series === "0.3" ? p3Serves(policy, appImports, appExports) : p2Serves(policy, appImports, appExports);
  const settings = adapterSettings(policy);
  const plan = {
    wasiVersion,
    settings: series === "0.3" ? { ...settings, deniedImports: withP3Names(settings.deniedImports) } : settings,
    packageVersions: newestPackageVersions(appImports),
    interfaces: [],
    passedThrough: []
  };
  for (const iface of interfacesOf(series)) {
    const version = plannedVersion(plan, iface);
    const imported = appImports && importedInterface(iface, appImports);
    if (appImports && !imported) continue;
    const name = `${iface.id}@${version}`;
    const subsystem = subsystemOf(iface);
    if (subsystem.passesThrough(iface, policy, serves)) {
      if (imported) plan.passedThrough.push(...imported.names);
      continue;
    }
    if (imported) checkServable(iface, imported, appImports);
    const wanted = imported?.functions ?? Object.keys(iface.functions);
    const types2 = imported ? imported.types : iface.types.flatMap(declaredNames);
    if (serves.proxy && iface.id === PROXY_TYPES)
      types2.push(...PROXY_RESOURCES.filter((r) => !types2.includes(r)));
    const forwarded = subsystem.forwarded(iface, wanted, types2, policy, serves);
    const exported = [.../* @__PURE__ */ new Set([...wanted, ...forwarded.filter((f) => f in iface.functions)])];
    plan.interfaces.push({
      iface,
      name,
      version,
      exported,
      forwarded,
      types: types2
    });
  }
  if (series === "0.3") plan.passedThrough.push(...p3HostImports(plan, appImports));
  if (proxy && plan.interfaces.some((v) => v.iface.id === PROXY_TYPES))
    plan.proxy = { export: proxy };
  if (policy.debug || writesDenials(plan)) addTraceImports(plan);
  return plan;
}
var TRACE_IMPORTS = [
  ["wasi:cli/stderr", "get-stderr"],
  ["wasi:io/streams", "[method]output-stream.blocking-write-and-flush"],
  ["wasi:io/error", "[resource-drop]error"]
];
function addTraceImports(plan) {
  for (const [id, fn] of TRACE_IMPORTS) {
    const iface = WASI_INTERFACES.find((i) => i.id === id);
    let entry = plan.interfaces.find((v) => v.iface.id === id);
    if (!entry) {
      const version = plannedVersion(plan, iface);
      entry = {
        iface,
        name: `${id}@${version}`,
        version,
        exported: [],
        forwarded: [],
        types: [],
        importOnly: true
      };
      plan.interfaces.push(entry);
    }
    if (!entry.forwarded.includes(fn)) entry.forwarded.push(fn);
    if (!entry.importOnly && fn in iface.functions && !entry.exported.includes(fn))
      entry.exported.push(fn);
  }
}

// src/virt/prebuilt-model.ts
var models = /* @__PURE__ */ new WeakMap();
function prebuiltModel(adapter) {
  let m = models.get(adapter);
  if (!m) models.set(adapter, m = readModuleModel(adapter));
  return m;
}

// src/virt/host-calls.ts
function reachableHostCalls(adapter, plan, trace) {
  const key = JSON.stringify([
    trace,
    plan.proxy,
    plan.settings.socketRules !== void 0,
    // the [checked] variants (adapter-exports.ts)
    plan.interfaces.map((v) => [v.name, v.importOnly, v.exported, v.forwarded])
  ]);
  const known = cache.get(adapter) ?? /* @__PURE__ */ new Map();
  cache.set(adapter, known);
  const found = known.get(key) ?? hostCallsReached(adapter, plan, trace);
  known.set(key, found);
  return found;
}
var cache = /* @__PURE__ */ new WeakMap();
function hostCallsReached(adapter, plan, trace) {
  const m = prebuiltModel(adapter);
  const roots = chooseExports(m.exports, plan).filter((e) => e.kind === "func").map((e) => e.index);
  if (trace) roots.push(...m.exports.filter((e) => TRACE_NAMES.has(e.name)).map((e) => e.index));
  const { functions } = reachableFunctions(m, roots);
  return new Set(
    m.imports.filter((i) => i.kind === "func").filter((i, index) => functions.has(index) && !i.module.startsWith("[")).map((i) => `${i.module.split("@")[0]}#${i.name}`)
  );
}
var TRACE_NAMES = new Set(TRACE_EXPORTS);
function narrowForwarded(adapter, plan, appImports, trace) {
  if (!appImports || plan.interfaces.length === 0) return plan;
  let exported = plan.interfaces.map((v) => {
    const app = v.importOnly ? [] : importedInterface(v.iface, appImports)?.functions ?? v.exported;
    return v.exported.filter((f) => app.includes(f));
  });
  for (; ; ) {
    const trial = plan.interfaces.map((v, i) => ({ ...v, exported: exported[i] }));
    const reachable = reachableHostCalls(adapter, { ...plan, interfaces: trial }, trace);
    const forwarded = plan.interfaces.map(
      (v) => v.forwarded.filter((f) => reachable.has(`${v.iface.id}#${f}`))
    );
    const grown = plan.interfaces.map(
      (v, i) => v.exported.filter((f) => exported[i].includes(f) || forwarded[i].includes(f))
    );
    if (grown.every((e, i) => e.length === exported[i].length))
      return {
        ...plan,
        interfaces: trial.map((v, i) => ({ ...v, forwarded: forwarded[i] }))
      };
    exported = grown;
  }
}

// src/virt/mount-progress.ts
function reportMountReads(files, listener) {
  const progress = {
    scanned: true,
    files: 0,
    bytes: 0,
    totalFiles: files.length,
    totalBytes: files.totalBytes
  };
  const read = new Uint8Array(files.count);
  files.onCopied = (file) => {
    if (read[file]) return;
    read[file] = 1;
    progress.files++;
    progress.bytes += files.size(file);
    listener({ ...progress });
  };
  listener({ ...progress });
}
var SCANNING = {
  scanned: false,
  files: 0,
  bytes: 0,
  totalFiles: 0,
  totalBytes: 0
};

// src/virt/mount-tree.ts
import {
  closeSync as closeSync2,
  constants as constants3,
  fstatSync as fstatSync2,
  lstatSync,
  openSync as openSync2,
  readdirSync,
  realpathSync,
  statSync
} from "node:fs";
import { posix } from "node:path";
import { isUtf8 } from "node:buffer";

// src/virt/embedded-files.ts
import { createHash as createHash3 } from "node:crypto";

// src/virt/column.ts
var Column = class {
  constructor(make, capacity = 64) {
    this.make = make;
    this.array = make(capacity);
  }
  make;
  array;
  count = 0;
  get length() {
    return this.count;
  }
  /** Makes room for `more` values; returns where they go. */
  grow(more) {
    const at = this.count;
    if (at + more > this.array.length) {
      let capacity = this.array.length * 2;
      while (capacity < at + more) capacity *= 2;
      const grown = this.make(capacity);
      grown.set(this.array);
      this.array = grown;
    }
    this.count = at + more;
    return at;
  }
  /** Appends one value; returns its index. */
  push(value) {
    const at = this.grow(1);
    this.array[at] = value;
    return at;
  }
  /** Appends every value of `values`; returns the index of the first. */
  append(values) {
    const at = this.grow(values.length);
    this.array.set(values, at);
    return at;
  }
  get(index) {
    return this.array[index];
  }
  set(index, value) {
    this.array[index] = value;
  }
  /** Values `start` to `end` (the whole column without arguments), as a view: valid until the next push. */
  view(start = 0, end = this.count) {
    return this.array.subarray(start, end);
  }
};
var bytesColumn = () => new Column((n) => new Uint8Array(n), 1024);
var u32Column = () => new Column((n) => new Uint32Array(n));
var u64Column = () => new Column((n) => new BigUint64Array(n));
var i64Column = () => new Column((n) => new BigInt64Array(n));

// src/virt/host-file-bytes.ts
import { createHash as createHash2, hash } from "node:crypto";
import { closeSync, constants as constants2, existsSync, fstatSync, openSync, readSync } from "node:fs";

// src/virt/file-identities.ts
var hostNumber = (n) => n <= MAX_EXACT ? Number(n) : n;
var MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
var fileId = (info) => ({
  dev: hostNumber(info.dev),
  ino: hostNumber(info.ino)
});
var sameFile = (a, b) => a.dev === b.dev && a.ino === b.ino;
var FileIdMap = class {
  byDevice = /* @__PURE__ */ new Map();
  count = 0;
  get size() {
    return this.count;
  }
  get(id) {
    return this.byDevice.get(id.dev)?.get(id.ino);
  }
  has(id) {
    return this.get(id) !== void 0;
  }
  set(id, value) {
    let inodes = this.byDevice.get(id.dev);
    if (!inodes) this.byDevice.set(id.dev, inodes = /* @__PURE__ */ new Map());
    if (!inodes.has(id.ino)) this.count++;
    inodes.set(id.ino, value);
  }
};

// src/virt/host-file-bytes.ts
var procFd;
var hasProcFd = () => procFd ??= existsSync("/proc/self/fd");
function openNoFollow(path) {
  const flags = constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK;
  try {
    return openSync(path, flags);
  } catch (error) {
    if (error.code !== "ENAMETOOLONG" || !hasProcFd()) throw error;
  }
  const parts2 = path.split("/");
  const last = parts2.pop();
  let dir = openSync("/", constants2.O_RDONLY | constants2.O_DIRECTORY);
  try {
    for (let i = 0; i < parts2.length; ) {
      const piece = [];
      let length = 0;
      while (i < parts2.length && (piece.length === 0 || length + parts2[i].length < 2048)) {
        length += parts2[i].length + 1;
        piece.push(parts2[i++]);
      }
      const next = openSync(
        `/proc/self/fd/${dir}/${piece.join("/")}`,
        constants2.O_RDONLY | constants2.O_DIRECTORY
      );
      closeSync(dir);
      dir = next;
    }
    return openSync(`/proc/self/fd/${dir}/${last}`, flags);
  } finally {
    closeSync(dir);
  }
}
var DIGEST_CHUNK = 1 << 20;
var digestBuffer;
var PAST_END = new Uint8Array(1);
var NS_PER_SECOND = 1000000000n;
var splitTime = (ns) => [
  Number(ns / NS_PER_SECOND),
  Number(ns % NS_PER_SECOND)
];
var HostFile = class {
  constructor(dir, name, length, expected) {
    this.dir = dir;
    this.name = name;
    this.length = length;
    if (!expected) return;
    this.dev = hostNumber(expected.dev);
    this.ino = hostNumber(expected.ino);
    [this.ctimeSeconds, this.ctimeNanoseconds] = splitTime(expected.ctime);
  }
  dir;
  name;
  length;
  dev;
  ino;
  ctimeSeconds;
  ctimeNanoseconds;
  get path() {
    return this.name === void 0 ? this.dir : `${this.dir}/${this.name}`;
  }
  copyTo(target) {
    this.read((fd, at) => readSync(fd, target, at, this.length - at, at));
  }
  digest() {
    digestBuffer ??= new Uint8Array(DIGEST_CHUNK);
    const buffer = digestBuffer;
    if (this.length <= buffer.length) {
      this.read((fd, at) => readSync(fd, buffer, at, this.length - at, at));
      return hash("sha256", buffer.subarray(0, this.length), "buffer");
    }
    const sha = createHash2("sha256");
    this.read((fd, at) => {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, this.length - at), at);
      sha.update(buffer.subarray(0, n));
      return n;
    });
    return sha.digest();
  }
  changed(how) {
    throw new UserInputError(
      `the mounted file '${this.path}' changed while it was embedded; run again once it is stable (${how})`
    );
  }
  /** Reads the whole file through `chunk` (at most the rest of it from offset `at`), checked before and after. */
  read(chunk) {
    const { path, length: size } = this;
    let fd;
    try {
      fd = openNoFollow(path);
    } catch (error) {
      const code = error.code;
      return this.changed(
        code === "ELOOP" ? "it is a symlink now" : `it cannot be opened: ${code}`
      );
    }
    try {
      const info = fstatSync(fd, { bigint: true });
      if (!info.isFile()) this.changed("it is no longer a regular file");
      if (this.dev !== void 0) {
        if (hostNumber(info.dev) !== this.dev || hostNumber(info.ino) !== this.ino)
          this.changed("another file is at its path now");
        const [seconds, nanoseconds] = splitTime(info.ctimeNs);
        if (seconds !== this.ctimeSeconds || nanoseconds !== this.ctimeNanoseconds)
          this.changed("it was modified");
      }
      if (info.size !== BigInt(size))
        this.changed(`${size} bytes were scanned, ${info.size} are there now`);
      let at = 0;
      for (let n = 1; at < size && n > 0; at += n) n = chunk(fd, at);
      if (at !== size || readSync(fd, PAST_END, 0, 1, size) !== 0)
        this.changed("its size changed while it was read");
    } finally {
      closeSync(fd);
    }
  }
};

// src/virt/shared-contents.ts
var DIGEST_SIZE = 32;
function identicalContents(table) {
  const first = new Uint32Array(table.count).map((_, i) => i);
  const bySize = first.slice().sort((a, b) => table.size(a) - table.size(b) || a - b);
  for (let start = 0; start < bySize.length; ) {
    let end = start + 1;
    const size = table.size(bySize[start]);
    while (end < bySize.length && table.size(bySize[end]) === size) end++;
    const group = bySize.subarray(start, end);
    if (group.length > 1) {
      if (size === 0) for (const i of group) first[i] = group[0];
      else shareByDigest(table, group, first);
    }
    start = end;
  }
  return first;
}
function shareByDigest(table, group, first) {
  const digests = Buffer.alloc(group.length * DIGEST_SIZE);
  const hashed = [];
  group.forEach((file, i) => {
    const digest = table.digest(file);
    if (!digest) return;
    digests.set(digest, i * DIGEST_SIZE);
    hashed.push(i);
  });
  const range = (i) => [i * DIGEST_SIZE, (i + 1) * DIGEST_SIZE];
  const byDigest = (a, b) => digests.compare(digests, ...range(b), ...range(a));
  const order = Uint32Array.from(hashed).sort((a, b) => byDigest(a, b) || a - b);
  let kept = order[0];
  for (const at of order.subarray(1)) {
    if (byDigest(at, kept) === 0) first[group[at]] = group[kept];
    else kept = at;
  }
}

// src/virt/embedded-files.ts
var EmbeddedFiles = class {
  constructor(names) {
    this.names = names;
  }
  names;
  dirs = [];
  dirOf = u32Column();
  nameOf = u32Column();
  sizes = u32Column();
  devs = u64Column();
  inos = u64Column();
  ctimes = i64Column();
  /** Bytes in hand, by file (files made from bytes rather than read from a host directory). */
  inHand = /* @__PURE__ */ new Map();
  /** By file: the earlier file holding the same bytes (itself when none), once shareIdentical ran. */
  storedAs;
  /** Hears each file's index once its bytes were copied (mount-progress.ts). */
  onCopied;
  /** A directory files are added to: its guest and host paths, each without a trailing `/`. */
  addDir(guest, host) {
    return this.dirs.push({ guest, host }) - 1;
  }
  /** A host file of `size` bytes at `name` (an index of the names) in `dir`, with the identity it was scanned with. */
  addHostFile(dir, name, size, scanned2) {
    this.devs.push(scanned2.dev);
    this.inos.push(scanned2.ino);
    this.ctimes.push(scanned2.ctime);
    return this.add(dir, name, size);
  }
  /** A file whose bytes are in hand. */
  addBytes(dir, name, bytes) {
    this.devs.push(0n);
    this.inos.push(0n);
    this.ctimes.push(0n);
    const file = this.add(dir, name, bytes.length);
    this.inHand.set(file, bytes);
    return file;
  }
  add(dir, name, size) {
    this.dirOf.push(dir);
    this.nameOf.push(name);
    return this.sizes.push(size);
  }
  /** Every file added, those sharing another's bytes included. */
  get count() {
    return this.sizes.length;
  }
  size(file) {
    return this.sizes.get(file);
  }
  guest(file) {
    return `${this.dirs[this.dirOf.get(file)].guest}/${this.names.text(this.nameOf.get(file))}`;
  }
  host(file) {
    const host = this.dirs[this.dirOf.get(file)].host;
    return this.inHand.has(file) ? "" : `${host}/${this.names.text(this.nameOf.get(file))}`;
  }
  /** A file's bytes: in hand, or read from the host when copied (checked to be the file scanned). */
  bytes(file) {
    const held = this.inHand.get(file);
    if (held) return held;
    return new HostFile(
      this.dirs[this.dirOf.get(file)].host,
      this.names.text(this.nameOf.get(file)),
      this.sizes.get(file),
      { dev: this.devs.get(file), ino: this.inos.get(file), ctime: this.ctimes.get(file) }
    );
  }
  /** Copies a file's bytes into `target` (exactly its size). */
  copyTo(file, target) {
    const bytes = this.bytes(file);
    if (bytes instanceof Uint8Array) target.set(bytes);
    else bytes.copyTo(target);
    this.onCopied?.(file);
  }
  /** A file's bytes as deferred bytes, copied by copyTo (so reads are heard). */
  deferred(file) {
    return { length: this.size(file), copyTo: (target) => this.copyTo(file, target) };
  }
  /** Finds files of identical bytes (hashing only those of a size another has too): each is stored once, as the earliest. */
  shareIdentical() {
    this.storedAs = identicalContents({
      count: this.count,
      size: (file) => this.size(file),
      digest: (file) => {
        const bytes = this.bytes(file);
        return bytes instanceof Uint8Array ? createHash3("sha256").update(bytes).digest() : bytes.digest();
      }
    });
  }
  /** The file whose bytes stand for `file`'s: the earliest of identical bytes. */
  storedFor(file) {
    return this.storedAs?.[file] ?? file;
  }
  isStored = (file) => this.storedFor(file) === file;
  get length() {
    let n = 0;
    for (let file = 0; file < this.count; file++) if (this.isStored(file)) n++;
    return n;
  }
  get totalBytes() {
    let total = 0;
    for (let file = 0; file < this.count; file++) if (this.isStored(file)) total += this.size(file);
    return total;
  }
  *[Symbol.iterator]() {
    for (let file = 0; file < this.count; file++)
      if (this.isStored(file))
        yield { guest: this.guest(file), host: this.host(file), size: this.size(file) };
  }
};

// src/virt/name-list.ts
var utf84 = new TextEncoder();
var decoder = new TextDecoder();
var NameList = class {
  bytes = bytesColumn();
  starts = u32Column();
  lengths = u32Column();
  /** Adds a name; returns its index. */
  add(name) {
    const raw = typeof name === "string" ? utf84.encode(name) : name;
    this.lengths.push(raw.length);
    return this.starts.push(this.bytes.append(raw));
  }
  /** A name's UTF-8 bytes, as a view: valid until the next name is added. */
  bytesOf(index) {
    const start = this.starts.get(index);
    return this.bytes.view(start, start + this.lengths.get(index));
  }
  text(index) {
    return decoder.decode(this.bytesOf(index));
  }
};

// src/virt/tree-nodes.ts
var KINDS = ["dir", "file", "host-dir", "host-file"];
var TreeNodes = class {
  constructor(names) {
    this.names = names;
  }
  names;
  kinds = new Column((n) => new Uint8Array(n));
  parents = u32Column();
  nameOf = u32Column();
  refs = u32Column();
  childLists = [];
  hosts = [];
  get length() {
    return this.kinds.length;
  }
  add(kind, name, parent, ref) {
    this.parents.push(parent);
    this.nameOf.push(typeof name === "number" ? name : this.names.add(name));
    this.refs.push(ref);
    return this.kinds.push(KINDS.indexOf(kind));
  }
  /** A directory with no children yet; `parent` undefined makes it a root (its own parent). */
  addDir(name, parent) {
    return this.add("dir", name, parent ?? this.length, this.childLists.push([]) - 1);
  }
  /** A file whose bytes are file `contents` of the tree's files. */
  addFile(name, parent, contents) {
    return this.add("file", name, parent, contents);
  }
  /** A host directory (a root) or file, reached at run time at host path `host`. */
  addHost(kind, name, parent, host) {
    return this.add(kind, name, parent ?? this.length, this.hosts.push(host) - 1);
  }
  kind(node) {
    return KINDS[this.kinds.get(node)];
  }
  parent(node) {
    return this.parents.get(node);
  }
  name(node) {
    return this.names.text(this.nameOf.get(node));
  }
  /** The index of the node's name in the names. */
  nameIndex(node) {
    return this.nameOf.get(node);
  }
  /** A directory's children, in bytewise name order (the array itself, shared by the directory's aliases). */
  children(node) {
    return this.childLists[this.childList(node)];
  }
  /** The index of a directory's child list: equal for a directory and its aliases. */
  childList(node) {
    if (this.kind(node) !== "dir") throw new Error(`internal: node ${node} is not a directory`);
    return this.refs.get(node);
  }
  /** A file's contents: its index in the tree's files. */
  contents(node) {
    if (this.kind(node) !== "file") throw new Error(`internal: node ${node} is not a file`);
    return this.refs.get(node);
  }
  setContents(node, contents) {
    this.contents(node);
    this.refs.set(node, contents);
  }
  host(node) {
    return this.hosts[this.refs.get(node)];
  }
  /** Makes `node` stand for `target` under its own name and parent: the same child list, or the same bytes. */
  alias(node, target) {
    this.kinds.set(node, this.kinds.get(target));
    this.refs.set(node, this.refs.get(target));
  }
  /** A node as an object (for tests and messages). */
  at(node) {
    const base = { name: this.name(node), parent: this.parent(node) };
    const kind = this.kind(node);
    if (kind === "dir") return { kind, ...base, children: this.children(node) };
    if (kind === "file") return { kind, ...base, contents: this.contents(node) };
    return { kind, ...base, host: this.host(node) };
  }
  *[Symbol.iterator]() {
    for (let node = 0; node < this.length; node++) yield this.at(node);
  }
};

// src/virt/mount-tree.ts
function emptyMountTree() {
  const names = new NameList();
  return { preopens: [], nodes: new TreeNodes(names), files: new EmbeddedFiles(names) };
}
var MAX_MOUNTED_FILE = 4294967295;
var MAX_MOUNTED_TOTAL = 4294967295;
var normalizeGuest = (path) => posix.normalize(path).replace(/(.)\/+$/, "$1");
var bytewise = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
var showName = (name) => [...name].map(
  (b) => b >= 32 && b < 127 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`
).join("");
async function readMountTree(mounts) {
  checkOverlaps(mounts);
  const tree = emptyMountTree();
  const stored = new FileIdMap();
  for (const mount of mounts) {
    const node = tree.nodes.addDir("");
    tree.preopens.push({ path: normalizeGuest(mount.guest), node });
    await Promise.resolve();
    new MountWalk(tree, mount, node, stored).run();
  }
  tree.files.shareIdentical();
  const { nodes, files } = tree;
  for (let node = 0; node < nodes.length; node++)
    if (nodes.kind(node) === "file") nodes.setContents(node, files.storedFor(nodes.contents(node)));
  const total = files.totalBytes;
  if (total > MAX_MOUNTED_TOTAL)
    throw new UserInputError(
      `the mounted files hold ${total} bytes together; at most ${MAX_MOUNTED_TOTAL} bytes (4 GiB - 1) can be embedded: mount less`
    );
  return tree;
}
function overlappingMounts(guests) {
  const paths = guests.map(normalizeGuest);
  const inside = (a, b) => a === b || b === "/" || a.startsWith(`${b}/`);
  for (const [i, a] of paths.entries())
    for (const [j, b] of paths.slice(0, i).entries()) {
      if (a === b) return [j, i, `both mount at ${a}`];
      if (inside(a, b)) return [j, i, `${a} is inside ${b}`];
      if (inside(b, a)) return [j, i, `${b} is inside ${a}`];
    }
  return void 0;
}
function checkOverlaps(mounts) {
  const overlap = overlappingMounts(mounts.map((m) => m.guest));
  if (!overlap) return;
  const [j, i, why] = overlap;
  const flag = (k) => `--mount ${mounts[k].guest}=${mounts[k].host}`;
  throw new UserInputError(
    `${flag(j)} and ${flag(i)}: ${why}, so one would hide the other's files; give each guest directory one mount`
  );
}
function mountRoot(mount) {
  let info;
  try {
    info = statSync(mount.host);
  } catch {
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: '${mount.host}' does not exist; check the path`
    );
  }
  if (!info.isDirectory())
    throw new UserInputError(
      `--mount ${mount.guest}=${mount.host}: '${mount.host}' is not a directory; mount a directory`
    );
  return realpathSync(mount.host);
}
var MountWalk = class {
  constructor(tree, mount, rootNode, stored) {
    this.tree = tree;
    this.mount = mount;
    this.rootNode = rootNode;
    this.stored = stored;
    this.label = `--mount ${mount.guest}=${mount.host}`;
    this.root = mountRoot(mount);
  }
  tree;
  mount;
  rootNode;
  stored;
  label;
  root;
  /** Directories of this mount by dev:inode. */
  dirs = new FileIdMap();
  /** Files of this mount: node, device and inode, in columns (looked up only when a symlink needs them). */
  fileNodes = u32Column();
  fileDevs = u64Column();
  fileInos = u64Column();
  aliases = [];
  /** A directory alias's node → the directory it stands for. */
  aliasOf = /* @__PURE__ */ new Map();
  fail(what) {
    throw new UserInputError(`${this.label}: ${what}`);
  }
  /** The path of a node of this mount: host (under the real root) or guest. */
  pathOf(node, base) {
    const { nodes } = this.tree;
    const names = [];
    for (let at = node; at !== this.rootNode; at = nodes.parent(at)) names.push(nodes.name(at));
    return [base.replace(/\/+$/, ""), ...names.reverse()].join("/") || "/";
  }
  hostPath = (node) => this.pathOf(node, this.root);
  /** A directory's path as the prefix of its entries' (the root's without its `/`). */
  dirPrefix(node, base) {
    return node === this.rootNode ? base.replace(/\/+$/, "") : this.pathOf(node, base);
  }
  run() {
    const fd = this.open(Buffer.from(this.root), void 0, this.root);
    this.dirs.set(fileId(fstatSync2(fd, { bigint: true })), this.rootNode);
    const stack = [this.list(fd, this.rootNode, Buffer.from(`${this.root}/`))];
    try {
      while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const sub = frame.subdirs[frame.next++];
        if (!sub) {
          closeSync2(frame.fd);
          stack.pop();
          continue;
        }
        const path = Buffer.concat([frame.prefix, sub.name]);
        const child = this.open(path, sub.id, this.hostPath(sub.node));
        const prefix = hasProcFd() ? Buffer.from(`/proc/self/fd/${child}/`) : Buffer.concat([path, Buffer.from("/")]);
        stack.push(this.list(child, sub.node, prefix));
      }
    } finally {
      for (const frame of stack) closeSync2(frame.fd);
    }
    this.resolveAliases();
    this.refuseCycles();
  }
  /** Opens a directory without following a link, checking it is the one listed (`id`, if given). */
  open(path, id, shown) {
    let fd;
    try {
      fd = openSync2(path, constants3.O_RDONLY | constants3.O_DIRECTORY | constants3.O_NOFOLLOW);
    } catch (error) {
      const code = error.code;
      if (code === "EMFILE" || code === "ENFILE")
        this.fail(
          `'${shown}' is nested too deeply to read (the process ran out of file descriptors); mount a shallower tree`
        );
      this.fail(`'${shown}' changed while it was read (${code}); run again once it is stable`);
    }
    if (id && !sameFile(fileId(fstatSync2(fd, { bigint: true })), id)) {
      closeSync2(fd);
      this.fail(`'${shown}' changed while it was read; run again once it is stable`);
    }
    return fd;
  }
  /** Lists directory `fd` into `dirNode`'s children, in bytewise order. */
  list(fd, dirNode, prefix) {
    const hostDir = this.dirPrefix(dirNode, this.root);
    const frame = {
      fd,
      prefix,
      hostDir,
      dir: this.tree.files.addDir(
        this.dirPrefix(dirNode, normalizeGuest(this.mount.guest)),
        hostDir
      ),
      subdirs: [],
      next: 0
    };
    const children = this.tree.nodes.children(dirNode);
    let names;
    try {
      const at = hasProcFd() ? `/proc/self/fd/${fd}` : prefix.subarray(0, -1);
      names = readdirSync(at, { encoding: "buffer" }).sort(Buffer.compare);
    } catch (error) {
      closeSync2(fd);
      throw error;
    }
    for (const raw of names) {
      try {
        if (!isUtf8(raw))
          this.fail(
            `the name '${showName(raw)}' in '${this.hostPath(dirNode)}' is not valid UTF-8 (WASI names are strings); rename it or leave it out of the mount`
          );
        children.push(this.entry(frame, dirNode, raw));
      } catch (error) {
        closeSync2(fd);
        throw error;
      }
    }
    return frame;
  }
  /** Adds the node for entry `raw` of directory `parent`; returns it. */
  entry(frame, parent, raw) {
    const { nodes } = this.tree;
    const path = Buffer.concat([frame.prefix, raw]);
    const info = lstatSync(path, { bigint: true });
    const id = fileId(info);
    if (info.isSymbolicLink() || info.isDirectory() && this.dirs.has(id)) {
      const node2 = nodes.addDir(raw, parent);
      this.aliases.push({ node: node2, id: this.target(path, node2, info) });
      return node2;
    }
    if (info.isDirectory()) {
      const node2 = nodes.addDir(raw, parent);
      this.dirs.set(id, node2);
      frame.subdirs.push({ node: node2, name: raw, id });
      return node2;
    }
    if (info.isFile()) {
      const name = nodes.names.add(raw);
      const node2 = nodes.addFile(name, parent, this.contents(frame, name, info, id));
      this.fileNodes.push(node2);
      this.fileDevs.push(info.dev);
      this.fileInos.push(info.ino);
      return node2;
    }
    const node = nodes.addDir(raw, parent);
    this.fail(
      `'${this.hostPath(node)}' is neither a file nor a directory; remove it from the mounted tree`
    );
  }
  /** What a symlink leads to (dev:inode), or the directory seen again. */
  target(path, node, info) {
    if (!info.isSymbolicLink()) return fileId(info);
    try {
      return fileId(statSync(path, { bigint: true }));
    } catch {
      this.fail(`the symlink '${this.hostPath(node)}' is broken; remove it or fix its target`);
    }
  }
  /** A file's embedded entry: one per host file, however many nodes name it. */
  contents(frame, name, info, id) {
    const linked = info.nlink > 1n;
    const known = linked ? this.stored.get(id) : void 0;
    if (known !== void 0) return known;
    if (info.size > BigInt(MAX_MOUNTED_FILE))
      this.fail(
        `'${frame.hostDir}/${this.tree.nodes.names.text(name)}' holds ${info.size} bytes; a mounted file must be smaller than 4 GiB (at most ${MAX_MOUNTED_FILE} bytes)`
      );
    const file = this.tree.files.addHostFile(frame.dir, name, Number(info.size), {
      dev: info.dev,
      ino: info.ino,
      ctime: info.ctimeNs
    });
    if (linked) this.stored.set(id, file);
    return file;
  }
  /** The node of each file a symlink reaches, found in one pass over the files (only those asked for). */
  filesReached() {
    const reached = new FileIdMap();
    for (const alias of this.aliases) if (!this.dirs.has(alias.id)) reached.set(alias.id, -1);
    if (reached.size === 0) return reached;
    for (let i = 0; i < this.fileNodes.length; i++) {
      const id = { dev: hostNumber(this.fileDevs.get(i)), ino: hostNumber(this.fileInos.get(i)) };
      if (reached.get(id) === -1) reached.set(id, this.fileNodes.get(i));
    }
    return reached;
  }
  /** Points each symlink's node at what it reaches; a target outside the mount is refused. */
  resolveAliases() {
    const files = this.filesReached();
    for (const alias of this.aliases) {
      const target = this.dirs.get(alias.id) ?? files.get(alias.id);
      if (target === void 0 || target === -1) {
        let to;
        try {
          to = realpathSync(this.hostPath(alias.node));
        } catch {
          to = "a path that changed while it was read";
        }
        this.fail(
          `the symlink '${this.hostPath(alias.node)}' points outside the mount (to '${to}'); refusing to embed it`
        );
      }
      this.tree.nodes.alias(alias.node, target);
      if (this.tree.nodes.kind(target) === "dir") this.aliasOf.set(alias.node, target);
    }
  }
  /** A symlink leading back to a directory that contains it would make an endless tree. */
  refuseCycles() {
    const { nodes } = this.tree;
    const state = /* @__PURE__ */ new Map();
    const stack = [{ dir: this.rootNode, next: 0 }];
    state.set(this.rootNode, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const child = nodes.children(top.dir)[top.next++];
      if (child === void 0) {
        state.set(top.dir, "done");
        stack.pop();
        continue;
      }
      if (nodes.kind(child) !== "dir") continue;
      const dir = this.aliasOf.get(child) ?? child;
      const seen = state.get(dir);
      if (seen === "open")
        this.fail(
          `'${this.hostPath(child)}' links back to a directory above it; refusing to embed a cycle`
        );
      if (seen === "done") continue;
      state.set(dir, "open");
      stack.push({ dir, next: 0 });
    }
  }
};

// src/virt/http-bridge.ts
var HTTP_BRIDGE = "wasi-virt:bridge/http";
var httpBridge = (proxyExport2) => ({
  export: proxyExport2,
  via: HTTP_BRIDGE
});
function addHttpBridge(adapter) {
  const component2 = readComponent(adapter);
  const { scope } = component2;
  const hostTypes = httpTypesInstance(scope, "import");
  const ownTypes = httpTypesInstance(scope, "export");
  const main = coreInstanceExporting(scope, BRIDGE_EXPORTS[0]);
  if (hostTypes === void 0 || ownTypes === void 0 || main === void 0)
    throw new Error(
      "internal: the adapter lacks what a proxy needs (the host wasi:http/types import, its own export, the bridge functions)"
    );
  const b = ComponentBuilder.extending(adapter, scope);
  const own = (types2, resource) => b.ownType(b.aliasExport(TYPE_SORT, types2, resource));
  const functions = PROXY_RESOURCES.map((resource, i) => {
    const type = defineWrapType(b, own(hostTypes, resource), own(ownTypes, resource));
    const core2 = b.aliasCoreExport("func", main, BRIDGE_EXPORTS[i]);
    return {
      name: { name: wrapFunctionName(resource) },
      item: { sort: FUNC_SORT, index: b.liftPlain(core2, type) }
    };
  });
  b.export({ name: HTTP_BRIDGE }, { sort: INSTANCE_SORT, index: b.instance(functions) });
  return b.finish();
}
function httpTypesInstance(scope, via) {
  const index = scope.component.instance.findIndex(
    (o) => o.via === via && o.name.startsWith(`${PROXY_TYPES}@`)
  );
  return index < 0 ? void 0 : index;
}
function coreInstanceExporting(scope, name) {
  const index = scope.core.instance.findIndex((o) => {
    if (o.via !== "core-instance" || o.instance.kind !== "instantiate") return false;
    const module = scope.core.module[o.instance.module];
    return module?.via === "core-module" && module.module.exports.some((e) => e.name === name);
  });
  return index < 0 ? void 0 : index;
}

// src/virt/wrap/imports.ts
var TypeAliases = class {
  constructor(b) {
    this.b = b;
  }
  b;
  made = /* @__PURE__ */ new Map();
  of(instance, name) {
    const key = `${instance}/${name}`;
    let index = this.made.get(key);
    if (index === void 0) {
      index = this.b.aliasExport(TYPE_SORT, instance, name);
      this.made.set(key, index);
    }
    return index;
  }
};
function closeTypes(needs, series = "0.2") {
  const work = [...needs].flatMap(([id, names]) => [...names].map((n) => [id, n]));
  const add = (id, name) => {
    const set = needs.get(id) ?? /* @__PURE__ */ new Set();
    needs.set(id, set);
    if (set.has(name)) return;
    set.add(name);
    work.push([id, name]);
  };
  for (let item = work.pop(); item; item = work.pop()) {
    const [id, name] = item;
    const decl = declaring(catalogueDecls(interfaceById(id, series)), name);
    if (!decl) throw new Error(`internal: ${id} declares no type ${name}`);
    if (decl.kind === "use") add(decl.from, decl.names.find((n) => n.local === name).source);
    else declRefs(decl).forEach((r) => add(id, r));
  }
}
var functionTypes = (id, fn, series = "0.2") => {
  const f = functionOf(interfaceById(id, series), fn);
  return [...f.params.flatMap(([, r]) => refNames(r)), ...f.result ? refNames(f.result) : []];
};
function declarationOrder(decls, wanted, resourcesFirst = true) {
  const order = [];
  const done = /* @__PURE__ */ new Set();
  const visit = (name) => {
    if (done.has(name) || !wanted(name)) return;
    done.add(name);
    const decl = declaring(decls, name);
    if (decl.kind !== "use") declRefs(decl).forEach(visit);
    order.push([name, decl]);
  };
  if (resourcesFirst) {
    for (const d of decls) if (d.kind === "resource") visit(d.name);
  }
  for (const d of decls) (d.kind === "use" ? d.names.map((n) => n.local) : [d.name]).forEach(visit);
  return order;
}
function writeImports(b, imports, aliases, series = "0.2") {
  const instances = /* @__PURE__ */ new Map();
  for (const imp of imports) {
    const iface = interfaceById(imp.id, series);
    const order = declarationOrder(catalogueDecls(iface), (n) => imp.types.has(n));
    const outer = /* @__PURE__ */ new Map();
    for (const [name, decl] of order) {
      if (decl.kind !== "use") continue;
      const from = instances.get(decl.from);
      if (from === void 0)
        throw new Error(`internal: ${imp.id} uses ${decl.from}, not imported before it`);
      outer.set(name, aliases.of(from, decl.names.find((n) => n.local === name).source));
    }
    const decls = [];
    let count = 0;
    const space = new TypeSpace((type2) => (decls.push({ kind: "type", type: type2, offset: 0 }), count++));
    const names = /* @__PURE__ */ new Map();
    const exportType = (name, bound) => {
      decls.push({ kind: "export", name: { name }, type: { kind: "type", bound }, offset: 0 });
      names.set(name, { index: count++, resource: isResource(imp.id, name, series) });
    };
    for (const [name, decl] of order) {
      if (decl.kind === "resource") exportType(name, { subResource: true });
      else if (decl.kind === "use") {
        decls.push({
          kind: "alias",
          alias: { kind: "outer", sort: TYPE_SORT, count: 1, index: outer.get(name) },
          offset: 0
        });
        exportType(name, { eq: count++ });
      } else exportType(name, { eq: space.valueDecl(decl, names) });
    }
    for (const fn of imp.functions) {
      const typeIndex2 = space.func(functionOf(iface, fn), names);
      decls.push({
        kind: "export",
        name: { name: fn },
        type: { kind: "func", typeIndex: typeIndex2 },
        offset: 0
      });
    }
    const type = b.defType({ kind: "instance", decls });
    instances.set(imp.id, b.import({ name: imp.name }, { kind: "instance", typeIndex: type }));
  }
  return instances;
}
function importOrder(ids, needs, series = "0.2") {
  const order = [];
  const visit = (id) => {
    if (order.includes(id) || !needs.has(id)) return;
    const decls = catalogueDecls(interfaceById(id, series));
    for (const name of needs.get(id)) {
      const decl = declaring(decls, name);
      if (decl?.kind === "use") visit(decl.from);
    }
    order.push(id);
  };
  ids.forEach(visit);
  return order;
}

// src/virt/passthrough-adapter.ts
var COMMAND_WORLD = WASI_INTERFACES.filter((i) => i.role !== "http" && i.role !== "config");
var UNSTABLE = ["exit-with-code", "network-error-code"];
function passthroughAdapter(wasiVersion) {
  const functions = new Map(
    COMMAND_WORLD.map((iface) => [
      iface.id,
      Object.keys(iface.functions).filter((f) => !UNSTABLE.includes(f))
    ])
  );
  const needs = new Map(
    COMMAND_WORLD.map((iface) => [
      iface.id,
      /* @__PURE__ */ new Set([
        ...functions.get(iface.id).flatMap((f) => functionTypes(iface.id, f)),
        ...catalogueDecls(iface).flatMap((d) => d.kind === "resource" ? [d.name] : [])
      ])
    ])
  );
  closeTypes(needs);
  const imports = importOrder(
    COMMAND_WORLD.map((i) => i.id),
    needs
  ).map((id) => {
    const iface = COMMAND_WORLD.find((i) => i.id === id);
    return {
      id,
      name: `${id}@${versionOf(iface, wasiVersion)}`,
      functions: functions.get(id),
      types: needs.get(id)
    };
  });
  const b = new ComponentBuilder();
  const instances = writeImports(b, imports, new TypeAliases(b));
  for (const imp of imports)
    b.export({ name: imp.name }, { sort: INSTANCE_SORT, index: instances.get(imp.id) });
  return b.finish();
}

// src/virt/runtime-nodes.ts
import { posix as posix2 } from "node:path";
function checkHostPath(flag, entry) {
  if (!entry.host.startsWith("/"))
    throw new UserInputError(
      `${flag} ${entry.guest}=${entry.host}: the host path must be absolute, as the host's preopens name it (for example /data/sub when the host preopens /data)`
    );
  return normalizeGuest(entry.host);
}
function addRoot(tree, path, host) {
  const node = host === void 0 ? tree.nodes.addDir("") : tree.nodes.addHost("host-dir", "", void 0, host);
  tree.preopens.push({ path, node });
  return node;
}
function directoryFor(tree, path, entry) {
  const { nodes } = tree;
  const covering = tree.preopens.filter((p) => path === p.path || path.startsWith(p.path === "/" ? "/" : `${p.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
  let at = covering ? covering.node : addRoot(tree, path);
  const names = covering ? posix2.relative(covering.path, path).split("/").filter(Boolean) : [];
  for (let i = 0; ; i++) {
    if (nodes.kind(at) !== "dir")
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: ${path} is not a directory of the virtual tree (it is a file, or a remapped host directory); choose another guest path`
      );
    const name = names[i];
    if (name === void 0) return at;
    const existing = nodes.children(at).find((c) => nodes.name(c) === name);
    if (existing !== void 0) {
      at = existing;
      continue;
    }
    const child = nodes.addDir(name, at);
    insertChild(tree, at, child);
    at = child;
  }
}
function insertChild(tree, dir, child) {
  const { nodes } = tree;
  const children = nodes.children(dir);
  const name = nodes.name(child);
  const at = children.findIndex((c) => bytewise(nodes.name(c), name) > 0);
  children.splice(at === -1 ? children.length : at, 0, child);
}
function addRuntimeNodes(tree, preopens, hostFiles) {
  for (const entry of preopens) {
    const host = checkHostPath("--preopen", entry);
    const guest = normalizeGuest(entry.guest);
    if (tree.preopens.some((p) => p.path === guest))
      throw new UserInputError(
        `--preopen ${entry.guest}=${entry.host}: ${guest} is already a mount or preopen; give each guest directory one source`
      );
    addRoot(tree, guest, host);
  }
  for (const entry of hostFiles) {
    const host = checkHostPath("--host-file", entry);
    const guest = normalizeGuest(entry.guest);
    const name = posix2.basename(guest);
    if (guest === "/" || name === "..")
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: the guest path must name a file, like /etc/app.toml`
      );
    const dir = directoryFor(tree, posix2.dirname(guest), entry);
    if (tree.nodes.children(dir).some((c) => tree.nodes.name(c) === name))
      throw new UserInputError(
        `--host-file ${entry.guest}=${entry.host}: ${guest} already exists in a mounted tree; choose another guest path`
      );
    insertChild(tree, dir, tree.nodes.addHost("host-file", name, dir, host));
  }
}
function addWritableRoots(tree, { writable, overlay, mounts }) {
  const mounted = tree.preopens.slice(0, mounts.length);
  tree.writable = overlay === void 0 ? [] : mounted.map((p) => ({ node: p.node, quota: overlay }));
  for (const entry of writable) {
    const guest = normalizeGuest(entry.guest);
    const inside = (a, b) => a === b || b === "/" || a.startsWith(`${b}/`);
    const clash = tree.preopens.find((p) => inside(guest, p.path) || inside(p.path, guest));
    if (clash)
      throw new UserInputError(
        `--writable ${entry.guest}: ${clash.path === guest ? `${guest} is already a mount or preopen` : `${guest} and the mount or preopen ${clash.path} would hide each other's files`}; choose another guest path`
      );
    const node = addRoot(tree, guest);
    tree.writable.push({ node, quota: entry.size });
  }
}

// src/virt/series-halves.ts
var wasiVersionOf = (item) => item.interface?.namespace === "wasi" && item.interface.package !== "config" ? item.interface.version : void 0;
var isP3 = (item) => wasiVersionOf(item) === WASI_P3_VERSION;
function seriesHalves(imports) {
  const p32 = imports.filter(isP3);
  const p2 = imports.filter((item) => !isP3(item));
  const mixed = p32.length > 0 && p2.some((item) => wasiVersionOf(item) !== void 0);
  return mixed ? { p2, p3: p32 } : void 0;
}

// src/component/core/module-edit.ts
function typeIndex(m, type) {
  const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
  const found = m.types.findIndex(
    (t) => same(t.params, type.params) && same(t.results, type.results)
  );
  if (found >= 0) return found;
  m.types.push({ params: [...type.params], results: [...type.results] });
  return m.types.length - 1;
}
function addFunction(m, type, body) {
  m.functions.push(typeIndex(m, type));
  m.code.push(body);
  return importedFunctions(m) + m.functions.length - 1;
}
function exportNamed(m, name) {
  const found = m.exports.find((e) => e.name === name);
  if (!found)
    throw new Error(
      `the adapter module has no '${name}' export; rebuild it with npm run build:adapter`
    );
  return found;
}

// src/component/core/compact-module.ts
function compactModule(m, fateOf) {
  const roots = m.exports.filter((e) => e.kind === "func").map((e) => e.index);
  const reach = reachableFunctions(m, roots);
  const functionImports = m.imports.filter((i) => i.kind === "func");
  const imported = functionImports.length;
  const fates = functionImports.map((imp, i) => reach.functions.has(i) ? fateOf(imp) : void 0);
  const renumbered = /* @__PURE__ */ new Map();
  let index = -1;
  const keptImports = m.imports.filter((imp) => {
    if (imp.kind !== "func") return true;
    index++;
    const fate = fates[index];
    if (fate?.keep === void 0) return false;
    renumbered.set(index, renumbered.size);
    imp.module = fate.keep;
    return true;
  });
  const kept = renumbered.size;
  const defined = m.functions.flatMap(
    (type, i) => reach.functions.has(imported + i) ? [{ type, body: m.code[i], old: imported + i }] : []
  );
  defined.forEach((fn, i) => renumbered.set(fn.old, kept + i));
  const out = { ...m, imports: keptImports, functions: [], code: [] };
  const traps = /* @__PURE__ */ new Map();
  const added = [];
  for (const fn of defined) {
    out.functions.push(fn.type);
    out.code.push(fn.body);
  }
  fates.forEach((fate, i) => {
    if (!fate || fate.keep !== void 0) return;
    const type = functionImports[i].type;
    if (fate.define) {
      added.push({ index: i, to: addFunction(out, m.types[type], fate.define(out)) });
      return;
    }
    if (!traps.has(type))
      traps.set(type, addFunction(out, m.types[type], new CodeWriter().unreachable().finish()));
    added.push({ index: i, to: traps.get(type) });
  });
  for (const { index: index2, to } of added) renumbered.set(index2, to);
  const renumber = (index2) => {
    const to = renumbered.get(index2);
    if (to === void 0) throw new Error(`function ${index2} was removed but is still referred to`);
    return to;
  };
  const usedTypes = /* @__PURE__ */ new Set([...out.functions, ...keptImports.flatMap((i) => i.type ?? [])]);
  for (const fn of defined)
    for (const ref of reach.bodies.get(fn.old).types) usedTypes.add(ref.index);
  const typeOrder = [...usedTypes].sort((a, b) => a - b);
  const typeIndices = new Map(typeOrder.map((t, i) => [t, i]));
  const retype = (index2) => typeIndices.get(index2);
  out.code = out.code.map(
    (body, i) => i < defined.length ? renumberBody(body, reach.bodies.get(defined[i].old), renumber, retype) : body
  );
  out.types = typeOrder.map((t) => m.types[t]);
  out.functions = out.functions.map(retype);
  out.imports = keptImports.map((i) => i.type === void 0 ? i : { ...i, type: retype(i.type) });
  out.exports = m.exports.map((e) => e.kind === "func" ? { ...e, index: renumber(e.index) } : e);
  out.start = m.start === void 0 ? void 0 : renumber(m.start);
  out.elements = reach.usesElements ? m.elements.map((s) => ({ ...s, functions: s.functions.map(renumber) })) : [];
  Object.assign(m, out);
}

// src/virt/config-blob.ts
function encodeConfigBlob(settings, base, tree = emptyMountTree(), files = noFiles()) {
  const w = new BlobWriter(base);
  const fields = {
    magic: [CONFIG_MAGIC],
    version: [LAYOUT_VERSION],
    size: [0]
    // written by finish
  };
  for (const subsystem of SUBSYSTEMS) {
    const words = subsystem.configWords?.(w, { settings, tree, files }) ?? {};
    const twice = Object.keys(words).filter((field) => field in fields);
    if (twice.length > 0)
      throw new Error(`internal: ${subsystem.role} writes ${twice.join(", ")} again`);
    Object.assign(fields, words);
  }
  return w.finish(fields);
}
function layoutFiles(tree, start, passiveCutoff) {
  const { nodes, files } = tree;
  const at = new Uint32Array(files.count);
  const placed = new Uint8Array(files.count);
  const stored = u32Column();
  const passive = [];
  let end = start;
  for (let node = 0; node < nodes.length; node++) {
    if (nodes.kind(node) !== "file") continue;
    const file = nodes.contents(node);
    if (placed[file]) continue;
    placed[file] = 1;
    const size = files.size(file);
    if (size >= passiveCutoff) {
      at[file] = passive.push(file) - 1;
    } else {
      at[file] = alignTo(end, 8);
      stored.push(file);
      end = at[file] + size;
    }
  }
  return { at, stored: stored.view(), passive, end, cutoff: passiveCutoff };
}
function storedFileBytes(files, layout) {
  const { at, stored, end } = layout;
  const address = stored.length > 0 ? at[stored[0]] : end;
  return {
    address,
    bytes: {
      length: end - address,
      copyTo(target) {
        for (const file of stored) {
          const from = at[file] - address;
          files.copyTo(file, target.subarray(from, from + files.size(file)));
        }
      }
    }
  };
}

// src/virt/denied-traps.ts
function deniedExports(plan, generated) {
  const trapping = trappingInterfaces(plan).flatMap(
    ({ planned, subsystem }) => planned.exported.map((fn) => ({
      name: `${planned.name}#${fn}`,
      subsystem,
      message: trapMessage(planned.name, fn, subsystem),
      reachable: true
    }))
  );
  const named2 = new Set(trapping.map((d) => d.name));
  const unreachable = generated.filter((name) => !named2.has(name)).map((name) => {
    const planned = plan.interfaces.find((v) => v.name === name.slice(0, name.indexOf("#")));
    const subsystem = deniedSubsystem(planned.iface, plan.settings);
    return { name, subsystem, message: unreachableTrapName([subsystem]), reachable: false };
  });
  return [...trapping, ...unreachable];
}
function textsOf(denials, debug, writing) {
  return denials.map(
    (d) => debug ? tracedDenial(d.subsystem) : writing && d.reachable ? d.message : void 0
  );
}
function trapDenials(m, denials, write) {
  denials.forEach((denial, i) => {
    const exp = m.exports.find((e) => e.name === denial.name);
    if (!exp || !denial.reachable) return;
    const text = write?.messages[i];
    const code = new CodeWriter();
    if (text) code.i32Const(text.at).i32Const(text.length).call(write.fn);
    exp.index = addFunction(m, functionType(m, exp.index), code.unreachable().finish());
  });
}
function withDenialNames(core2, denials) {
  const byName = new Map(denials.map((d) => [d.name, d]));
  const served = /* @__PURE__ */ new Map();
  for (const e of readCoreModule(core2, 0, core2.length).exports) {
    if (e.kind === "func")
      served.set(e.index, [...served.get(e.index) ?? [], byName.get(e.name)]);
  }
  const names = [...served].filter(([, exports]) => exports.every((d) => d !== void 0)).map(([index, exports]) => {
    const subsystems2 = exports.map((d) => d.subsystem);
    return {
      index,
      name: exports.length === 1 ? exports[0].message : unreachableTrapName(subsystems2)
    };
  }).sort((a, b) => a.index - b.index);
  if (names.length === 0) return core2;
  const map = new ByteWriter().u32(names.length);
  for (const { index, name } of names) map.u32(index).name(name);
  const functionNames = new ByteWriter().u8(1).sized(map);
  const section = new ByteWriter().u8(0).sized(new ByteWriter().name("name").bytes(functionNames.view()));
  return concatBytes([core2, section.view()]);
}

// src/virt/passive-data.ts
var isDataInit = (imp) => imp.module === DATA_INIT.module && imp.name === DATA_INIT.name;
var PLACEHOLDER = [1, 0];
function passiveDataAccessor(files) {
  return (m) => {
    const first = m.data.count;
    m.dataCount = true;
    m.data = {
      count: first + files,
      segments: concatBytes([
        m.data.segments,
        new Uint8Array(files * 2).map((_, i) => PLACEHOLDER[i % 2])
      ])
    };
    const code = new CodeWriter();
    for (let i = 0; i <= files; i++) code.block();
    code.localGet(0).brTable(
      Array.from({ length: files }, (_, i) => i),
      files
    );
    for (let i = 0; i < files; i++)
      code.end().localGet(1).localGet(2).localGet(3).memoryInit(first + i).return();
    return code.end().unreachable().finish();
  };
}

// src/virt/trace.ts
function tracedExports(m) {
  return m.exports.filter((e) => e.kind === "func" && e.name.includes("#")).map((e) => e.name);
}
function traceNameBytes(names) {
  const placed = /* @__PURE__ */ new Map();
  const encoded = [];
  let offset = 0;
  const spans = names.map((name) => {
    let span = placed.get(name);
    if (!span) {
      const bytes2 = new TextEncoder().encode(name);
      span = { offset, length: bytes2.length };
      placed.set(name, span);
      encoded.push(bytes2);
      offset += bytes2.length;
    }
    return span;
  });
  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const e of encoded) {
    bytes.set(e, at);
    at += e.length;
  }
  return { bytes, spans };
}
function asI64(code, type) {
  if (type === I322) return code.i64ExtendI32s();
  if (type === F32) return code.i32ReinterpretF32().i64ExtendI32s();
  if (type === F64) return code.i64ReinterpretF64();
  return code;
}
function wrapExports(m, trace, names, namesAt, spans, kindsOf, shapes2, denied = []) {
  names.forEach((name, i) => {
    const exp = exportNamed(m, name);
    const type = functionType(m, exp.index);
    const { params, results: results2 } = type;
    if (results2.length > 1) throw new Error(`${name} has more than one core result`);
    const code = new CodeWriter().i32Const(namesAt + spans[i].offset).i32Const(spans[i].length).call(trace.wasi_virt_trace_enter);
    const kinds = kindsOf(name, params.length);
    for (let index = 0; index < params.length; index++) {
      const kind = kinds[index];
      if (kind === "string" || kind === "bytes") {
        code.localGet(index).localGet(index + 1);
        code.call(kind === "string" ? trace.wasi_virt_trace_string : trace.wasi_virt_trace_bytes);
        index++;
      } else asI64(code.localGet(index), params[index]).call(trace.wasi_virt_trace_arg);
    }
    const call = () => {
      params.forEach((_, index) => code.localGet(index));
      code.call(exp.index);
    };
    const denial = denied[i];
    const result = results2[0];
    if (denial) {
      code.i32Const(denial.at).i32Const(denial.length).call(trace.wasi_virt_trace_denied);
      call();
    } else if (result === void 0) {
      call();
      code.call(trace.wasi_virt_trace_done);
    } else {
      const local = params.length;
      call();
      asI64(code.localSet(local).localGet(local), result);
      const shape = shapes2[i];
      if (shape && (!shape.indirect || result === I322))
        code.i32Const(namesAt + shape.at).i32Const(shape.indirect ? 1 : 0).call(trace.wasi_virt_trace_shaped);
      else code.call(trace.wasi_virt_trace_result);
      code.localGet(local);
    }
    exp.index = addFunction(m, type, code.finish(result === void 0 ? [] : [result]));
  });
}

// src/virt/abi-layout.ts
var discriminantSize = (cases) => cases <= 1 << 8 ? 1 : cases <= 1 << 16 ? 2 : 4;
function casesOf(type) {
  switch (type.kind) {
    case "option":
      return [
        ["none", void 0],
        ["some", type.of]
      ];
    case "result":
      return [
        ["ok", type.ok],
        ["err", type.err]
      ];
    case "variant":
      return type.cases;
    default:
      return void 0;
  }
}
function fieldOffsets(types2) {
  let end = 0;
  let align = 1;
  const offsets = types2.map((t) => {
    const l = layoutOf(t);
    const at = alignTo(end, l.align);
    end = at + l.size;
    align = Math.max(align, l.align);
    return at;
  });
  return { offsets, layout: { size: alignTo(end, align), align } };
}
function variantLayout(cases) {
  const d = discriminantSize(cases.length);
  const payloads = cases.map((c) => c ? layoutOf(c) : { size: 0, align: 1 });
  const align = Math.max(d, ...payloads.map((p) => p.align));
  const payloadAt = alignTo(d, Math.max(1, ...payloads.map((p) => p.align)));
  const size = alignTo(payloadAt + Math.max(0, ...payloads.map((p) => p.size)), align);
  return { payloadAt, layout: { size, align } };
}
function layoutOf(type) {
  switch (type.kind) {
    case "int":
    case "float":
      return { size: type.size, align: type.size };
    case "bool":
      return { size: 1, align: 1 };
    case "char":
    case "handle":
      return { size: 4, align: 4 };
    case "string":
    case "list":
      return { size: 8, align: 4 };
    case "enum": {
      const d = discriminantSize(type.cases.length);
      return { size: d, align: d };
    }
    case "flags":
      return type.count === 0 ? { size: 0, align: 1 } : type.count <= 8 ? { size: 1, align: 1 } : type.count <= 16 ? { size: 2, align: 2 } : { size: 4 * Math.ceil(type.count / 32), align: 4 };
    case "record":
      return fieldOffsets(type.fields.map(([, t]) => t)).layout;
    case "tuple":
      return fieldOffsets(type.items).layout;
    default:
      return variantLayout(casesOf(type).map(([, t]) => t)).layout;
  }
}
function flatCount(type) {
  switch (type.kind) {
    case "string":
    case "list":
      return 2;
    case "flags":
      return Math.ceil(type.count / 32);
    case "record":
      return type.fields.reduce((n, [, t]) => n + flatCount(t), 0);
    case "tuple":
      return type.items.reduce((n, t) => n + flatCount(t), 0);
    case "option":
    case "result":
    case "variant":
      return 1 + Math.max(0, ...casesOf(type).map(([, t]) => t ? flatCount(t) : 0));
    default:
      return 1;
  }
}

// src/virt/trace-args.ts
var plainValues = (count) => Array(count).fill("value");
var MAX_FLAT_PARAMS = 16;
var types = new WitTypes();
function flat(type) {
  if (type.kind === "string") return ["string", "value"];
  if (type.kind === "list" && type.of.kind === "int" && type.of.size === 1)
    return ["bytes", "value"];
  return plainValues(flatCount(type));
}
function traceArgKinds(iface, fn, coreParams) {
  const signature = iface.functions[fn];
  if (!signature || coreParams > MAX_FLAT_PARAMS) return plainValues(coreParams);
  const kinds = [
    ...fn.startsWith("[method]") ? ["value"] : [],
    ...types.paramsOf(signature, iface).flatMap(flat)
  ];
  return kinds.length === coreParams ? kinds : plainValues(coreParams);
}
var argKindsFor = (plan) => (name, coreParams) => {
  const [iface, fn] = name.split("#");
  const planned = plan.interfaces.find((v) => v.name === iface);
  return planned ? traceArgKinds(planned.iface, fn, coreParams) : plainValues(coreParams);
};

// src/virt/trace-shapes.ts
function shapeOf(type) {
  switch (type.kind) {
    case "int":
      return `${type.signed ? "s" : "u"}${type.size}`;
    case "float":
      return `u${type.size}`;
    case "char":
      return "u4";
    case "bool":
      return "b";
    case "handle":
      return "h";
    case "string":
      return "S";
    case "list":
      return type.of.kind === "int" && type.of.size === 1 ? "L" : "l";
    case "enum":
      return `E${discriminantSize(type.cases.length)}${type.cases.length},${type.cases.map((c) => `${c}|`).join("")}`;
    case "flags":
      return `F${type.count <= 8 ? 1 : type.count <= 16 ? 2 : 4}`;
    case "record": {
      const { offsets } = fieldOffsets(type.fields.map(([, t]) => t));
      const fields = type.fields.map(([name, t], i) => `${offsets[i]},${name}|${shapeOf(t)}`);
      return `R${fields.length},${fields.join("")}`;
    }
    case "tuple": {
      const { offsets } = fieldOffsets(type.items);
      return `T${type.items.length},${type.items.map((t, i) => `${offsets[i]},${shapeOf(t)}`).join("")}`;
    }
    default: {
      const cases = casesOf(type);
      const { payloadAt } = variantLayout(cases.map(([, t]) => t));
      const body = cases.map(([name, t]) => `${name}|${t ? shapeOf(t) : "_"}`).join("");
      return `V${discriminantSize(cases.length)}${payloadAt},${cases.length},${body}`;
    }
  }
}
var MAX_FLAT_RESULTS = 1;
function resultShape(type) {
  if (!type) return void 0;
  const flat2 = flatCount(type);
  return flat2 === 0 ? void 0 : { shape: shapeOf(type), indirect: flat2 > MAX_FLAT_RESULTS };
}
function resultShapeFor(plan) {
  const types2 = new WitTypes();
  return (name) => {
    const [iface, fn] = name.split("#");
    const planned = plan.interfaces.find((v) => v.name === iface);
    const signature = planned?.iface.functions[fn];
    return signature ? resultShape(types2.resultOf(signature, planned.iface)) : void 0;
  };
}

// src/virt/wrap/core-signature.ts
var witTypes = new WitTypes();
var join = (a, b) => a === b ? a : a === I322 && b === F32 || a === F32 && b === I322 ? I322 : I64;
function flatten(type) {
  switch (type.kind) {
    case "int":
      return [type.size === 8 ? I64 : I322];
    case "float":
      return [type.size === 8 ? F64 : F32];
    case "string":
    case "list":
      return [I322, I322];
    case "flags":
      return Array(Math.ceil(type.count / 32)).fill(I322);
    case "record":
      return type.fields.flatMap(([, t]) => flatten(t));
    case "tuple":
      return type.items.flatMap(flatten);
    case "option":
    case "result":
    case "variant": {
      const payload = [];
      for (const [, t] of casesOf(type))
        (t ? flatten(t) : []).forEach((v, i) => {
          payload[i] = payload[i] === void 0 ? v : join(payload[i], v);
        });
      return [I322, ...payload];
    }
    default:
      return [I322];
  }
}
function liftedCoreType(iface, name) {
  const signature = iface.functions[name];
  const params = [
    ...name.startsWith("[method]") ? [I322] : [],
    ...witTypes.paramsOf(signature, iface).flatMap(flatten)
  ];
  const result = name.startsWith("[constructor]") ? [I322] : resultFlat(signature, iface);
  return {
    params: params.length > 16 ? [I322] : params,
    results: result.length > 1 ? [I322] : result
  };
}
function resultFlat(signature, iface) {
  const result = witTypes.resultOf(signature, iface);
  return result ? flatten(result) : [];
}

// src/virt/trap-exports.ts
function addTrapExports(m, plan) {
  const present = new Set(m.exports.map((e) => e.name));
  const traps = /* @__PURE__ */ new Map();
  const added = [];
  for (const v of plan.interfaces) {
    if (v.importOnly) continue;
    for (const fn of v.exported) {
      const name = `${v.name}#${fn}`;
      if (present.has(name)) continue;
      const key = typeIndex(m, liftedCoreType(v.iface, fn));
      if (!traps.has(key))
        traps.set(key, addFunction(m, m.types[key], new CodeWriter().unreachable().finish()));
      m.exports.push({ name, kind: "func", index: traps.get(key) });
      present.add(name);
      added.push(name);
    }
  }
  return added;
}

// src/virt/specialize-adapter.ts
var PAGE = 65536;
var CONFIG_GLOBAL = "wasi_virt_config";
var HEAP_GLOBAL = "wasi_virt_heap_start";
var HEAP_BASE = "__heap_base";
function ownGlobal(m, name) {
  const index = exportNamed(m, name).index - importedGlobals(m);
  if (!m.globals[index]) throw new Error(`the adapter's '${name}' is not a global it defines`);
  return index;
}
function setGlobal(m, global, value) {
  const init = new ByteWriter().u8(65).s33(value | 0).u8(11).toBytes();
  m.globals[global] = { ...m.globals[global], init };
}
function layoutGlobals(m) {
  return {
    config: ownGlobal(m, CONFIG_GLOBAL),
    heap: ownGlobal(m, HEAP_GLOBAL),
    heapBase: i32Constant(m.globals[ownGlobal(m, HEAP_BASE)].init)
  };
}
function writeConfiguration(m, { config: config2, heap, heapBase }, settings, tree, extra) {
  const base = alignTo(heapBase, 16);
  const size = encodeConfigBlob(settings, base, tree).length;
  const extraAt = alignTo(base + size, 16);
  const layout = layoutFiles(tree, alignTo(extraAt + extra.length, 16), settings.passiveCutoff);
  const blob = encodeConfigBlob(settings, base, tree, layout);
  const heapStart = alignTo(layout.end, 16);
  setGlobal(m, config2, base);
  setGlobal(m, heap, heapStart);
  if (!m.memory) throw new Error("the adapter module defines no memory");
  m.memory.min = Math.max(m.memory.min, Math.ceil(heapStart / PAGE) + 1);
  const stored = storedFileBytes(tree.files, layout);
  const region = regionOf(layout.end - base, [
    { at: 0, bytes: blob },
    { at: extraAt - base, bytes: extra },
    { at: stored.address - base, bytes: stored.bytes }
  ]);
  return {
    active: [{ address: base, data: region }],
    passive: layout.passive.map((file) => tree.files.deferred(file)),
    extraAt
  };
}
function traceFunctions(m) {
  return Object.fromEntries(
    TRACE_EXPORTS.map((name) => [name, exportNamed(m, name).index])
  );
}
function specializeAdapter(adapter, plan, tree = emptyMountTree()) {
  const m = copyModel(prebuiltModel(adapter));
  const trace = traceFunctions(m);
  const globals = layoutGlobals(m);
  m.exports = chooseExports(m.exports, plan);
  const generated = addTrapExports(m, plan);
  const { debug } = plan.settings;
  const denials = deniedExports(plan, generated);
  const writes = writesDenials(plan);
  const denialTexts = textsOf(denials, debug, writes);
  const traced = debug ? tracedExports(m) : [];
  const results2 = traced.map(resultShapeFor(plan));
  const shapeTexts = results2.flatMap((r) => r ? [r.shape] : []);
  const texts = denialTexts.filter((t) => t !== void 0);
  const names = traceNameBytes([...traced, ...shapeTexts, ...texts]);
  const { extraAt, ...data } = writeConfiguration(m, globals, plan.settings, tree, names.bytes);
  let nextText = traced.length + shapeTexts.length;
  const placed = denialTexts.map((t) => {
    if (t === void 0) return void 0;
    const span = names.spans[nextText++];
    return { at: extraAt + span.offset, length: span.length };
  });
  trapDenials(m, denials, writes ? { fn: trace.wasi_virt_denied, messages: placed } : void 0);
  if (traced.length > 0) {
    let next = traced.length;
    const shapes2 = results2.map(
      (r) => r && { at: names.spans[next++].offset, indirect: r.indirect }
    );
    const denied = traced.map((name) => placed[denials.findIndex((d) => d.name === name)]);
    wrapExports(m, trace, traced, extraAt, names.spans, argKindsFor(plan), shapes2, denied);
  }
  const accessor = passiveDataAccessor(data.passive.length);
  compactModule(
    m,
    (imp) => isDataInit(imp) ? { define: accessor } : { keep: keptImportModule(imp.module, imp.name, plan) }
  );
  return { core: withDenialNames(writeModuleModel(m), denials), data };
}

// src/virt/wrap/async-builtins.ts
var BUILTIN = /^\[(stream|future)-(new|read|write|drop-readable|drop-writable)-(\d+)\](.+)$/;
function asyncBuiltinOf(name) {
  const m = BUILTIN.exec(name);
  return m ? { kind: `${m[1]}.${m[2]}`, nth: Number(m[3]), fn: m[4] } : void 0;
}
var copiesValues = (b) => /\.(read|write)$/.test(b.kind);
function builtinCoreType(b) {
  if (b.kind.endsWith(".new")) return { params: [], results: [I64] };
  if (b.kind.includes(".drop-")) return { params: [I322], results: [] };
  return { params: b.kind.startsWith("stream") ? [I322, I322, I322] : [I322, I322], results: [I322] };
}
function asyncTypes(ref, out = []) {
  if ("stream" in ref || "future" in ref) {
    out.push(ref);
    const element = "stream" in ref ? ref.stream.element : ref.future.element;
    if (element) asyncTypes(element, out);
  } else if ("list" in ref) asyncTypes(ref.list, out);
  else if ("option" in ref) asyncTypes(ref.option, out);
  else if ("tuple" in ref) ref.tuple.forEach((r) => asyncTypes(r, out));
  else if ("result" in ref) {
    if (ref.result.ok) asyncTypes(ref.result.ok, out);
    if (ref.result.err) asyncTypes(ref.result.err, out);
  }
  return out;
}
var AsyncBuiltinTypes = class {
  constructor(b, series) {
    this.series = series;
    this.space = new TypeSpace((t) => b.defType(t));
  }
  series;
  space;
  typeOf(iface, builtin) {
    const fn = functionOf(iface, builtin.fn);
    const refs = [...fn.params.map(([, r]) => r), ...fn.result ? [fn.result] : []];
    const ref = refs.flatMap((r) => asyncTypes(r))[builtin.nth];
    if (!ref)
      throw new Error(`internal: ${iface.id}#${builtin.fn} has no stream or future ${builtin.nth}`);
    const names = /* @__PURE__ */ new Map();
    for (const name of refNames(ref)) {
      const { decl } = definitionOf2(iface.id, name, this.series);
      names.set(name, { index: this.space.valueDecl(decl, /* @__PURE__ */ new Map()), resource: false });
    }
    const val = this.space.val(ref, names);
    if ("prim" in val) throw new Error("internal: a stream or future type is a defined type");
    return val.typeIndex;
  }
};

// src/virt/wrap/canon-abi.ts
var MAX_FLAT_PARAMS2 = 16;
var MAX_FLAT_RESULTS2 = 1;
var witTypes2 = new WitTypes();
function parts(t) {
  switch (t.kind) {
    case "list":
    case "option":
      return [t.of];
    case "result":
      return [t.ok, t.err].filter((x) => x !== void 0);
    case "tuple":
      return t.items;
    case "record":
      return t.fields.map(([, f]) => f);
    case "variant":
      return t.cases.flatMap(([, c]) => c ? [c] : []);
    default:
      return [];
  }
}
var some = (t, test) => test(t) || parts(t).some((p) => some(p, test));
var inMemory = (t) => t.kind === "string" || t.kind === "list";
var isString = (t) => t.kind === "string";
function abiNeeds(iface, name, direction) {
  const known = needsOf.get(iface) ?? /* @__PURE__ */ new Map();
  needsOf.set(iface, known);
  const key = `${direction} ${name}`;
  let needs = known.get(key);
  if (!needs) known.set(key, needs = Object.freeze(needsOfFunction(iface, name, direction)));
  return needs;
}
var needsOf = /* @__PURE__ */ new WeakMap();
function needsOfFunction(iface, name, direction) {
  const signature = iface.functions[name];
  const params = witTypes2.paramsOf(signature, iface);
  const result = name.startsWith("[constructor]") ? void 0 : witTypes2.resultOf(signature, iface);
  const self = name.startsWith("[method]") ? 1 : 0;
  const flatParams = params.reduce((n, p) => n + flatCount(p), self);
  const memParams = params.some((p) => some(p, inMemory));
  const memResult = result !== void 0 && some(result, inMemory);
  const spills = flatParams > MAX_FLAT_PARAMS2;
  const memory = memParams || memResult || spills || (result ? flatCount(result) : 0) > MAX_FLAT_RESULTS2;
  const realloc = direction === "lift" ? memParams || spills : memResult;
  const strings2 = [...params, ...result ? [result] : []].some((t) => some(t, isString));
  return { memory, realloc, strings: strings2 };
}
function canonOptions(needs, memory, realloc) {
  return [
    ...needs.memory ? [{ kind: "memory", index: memory() }] : [],
    ...needs.realloc ? [{ kind: "realloc", index: realloc() }] : [],
    ...needs.strings ? [{ kind: "string-encoding", encoding: "utf8" }] : []
  ];
}

// src/virt/wrap/export-shim.ts
function exportShim(id, order, functions, resource, series = "0.2") {
  const b = new ComponentBuilder();
  const space = new TypeSpace((type) => b.defType(type));
  const args = [];
  const taken = /* @__PURE__ */ new Set();
  const unique = (base) => {
    let name = base;
    while (taken.has(name)) name += "0";
    taken.add(name);
    return name;
  };
  const inner = /* @__PURE__ */ new Map();
  for (const [name, decl] of order) {
    const isResource2 = resource(name);
    if (decl.kind === "alias" && "named" in decl.type) {
      inner.set(name, inner.get(decl.type.named));
      continue;
    }
    const bound = isResource2 ? { subResource: true } : {
      eq: decl.kind === "use" || decl.kind === "resource" ? usedValueType(b, space, id, name, args, unique, series) : space.valueDecl(decl, inner)
    };
    const importName = unique(`import-type-${name}`);
    const index = b.import({ name: importName }, { kind: "type", bound });
    inner.set(name, { index, resource: isResource2 });
    args.push({ name: importName, type: name });
  }
  const imported = functions.map(([name, fn]) => {
    const typeIndex2 = space.func(fn, inner);
    const importName = unique(`import-${kebab(name)}`);
    args.push({ name: importName, func: name });
    return b.import({ name: importName }, { kind: "func", typeIndex: typeIndex2 });
  });
  const outer = /* @__PURE__ */ new Map();
  for (const [name, decl] of order) {
    const isResource2 = resource(name);
    const item = {
      sort: TYPE_SORT,
      index: decl.kind === "resource" || decl.kind === "use" ? inner.get(name).index : space.valueDecl(decl, outer)
    };
    outer.set(name, { index: b.export({ name }, item), resource: isResource2 });
  }
  functions.forEach(([name, fn], i) => {
    const typeIndex2 = space.func(fn, outer);
    b.export({ name }, { sort: FUNC_SORT, index: imported[i] }, { kind: "func", typeIndex: typeIndex2 });
  });
  return { bytes: b.finish(), args };
}
function usedValueType(b, space, id, name, args, unique, series) {
  const spaces = /* @__PURE__ */ new Map();
  const define = (at, n, top) => {
    const found = definitionOf2(at, n, series);
    const names = spaces.get(found.id) ?? /* @__PURE__ */ new Map();
    spaces.set(found.id, names);
    const known = names.get(found.decl.kind === "use" ? n : found.decl.name);
    if (known) return known.index;
    const decl = found.decl;
    if (decl.kind !== "resource")
      for (const r of declRefs(decl))
        names.set(r, {
          index: define(found.id, r, false),
          resource: isResource(found.id, r, series)
        });
    if (top) return space.valueDecl(decl, names);
    const importName = unique(`import-type-${decl.name}`);
    const bound = decl.kind === "resource" ? { subResource: true } : { eq: space.valueDecl(decl, names) };
    const index = b.import({ name: importName }, { kind: "type", bound });
    args.push({ name: importName, type: decl.name, from: found.id });
    names.set(decl.name, { index, resource: decl.kind === "resource" });
    return index;
  };
  return define(id, name, true);
}
var kebab = (name) => name.replace(/^\[(method|static|constructor)\]/, "$1-").replace(/\./g, "-").replace(/^(?!method-|static-|constructor-)/, "func-");

// src/virt/wrap/exports.ts
function exportOrder(world) {
  const order = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (id) => {
    if (seen.has(id) || !world.exports.includes(id)) return;
    seen.add(id);
    const wi = world.interfaces.get(id);
    const decls = wi.decls.map((d) => readDecl(d, wi.iface));
    for (const d of decls) if (d.kind === "use") visit(d.from);
    order.push({ wi, order: declarationOrder(decls, () => true, false) });
  };
  world.exports.forEach(visit);
  return order;
}
function writeExports(exported, ctx) {
  const { b, aliases, instances } = ctx;
  const space = new TypeSpace((type) => b.defType(type));
  const exports = /* @__PURE__ */ new Map();
  const instanceOf = (id) => {
    const found = exports.get(id) ?? instances.get(id);
    if (found === void 0)
      throw new Error(
        `internal: an exported interface uses ${id}, neither imported nor exported before it`
      );
    return found;
  };
  for (const { wi, order } of exported) {
    const id = wi.iface.id;
    const names = /* @__PURE__ */ new Map();
    for (const [name, decl] of order) {
      const index = decl.kind === "resource" ? ctx.resources.get(`${wi.name}/${name}`) : decl.kind === "use" ? aliases.of(instanceOf(decl.from), decl.names.find((n) => n.local === name).source) : space.valueDecl(decl, names);
      names.set(name, { index, resource: isResource(id, name, wi.iface.series) });
    }
    const lifted = liftFunctions(wi, names, space, ctx);
    const shim = exportShim(
      id,
      order,
      wi.functions.map((fn) => [fn, functionOf(wi.iface, fn)]),
      (name) => isResource(id, name, wi.iface.series),
      wi.iface.series
    );
    const instance = b.instantiate(
      b.component(shim.bytes),
      shim.args.map((arg) => ({
        name: arg.name,
        item: "type" in arg ? {
          sort: TYPE_SORT,
          index: arg.from ? aliases.of(instanceOf(arg.from), arg.type) : names.get(arg.type).index
        } : { sort: FUNC_SORT, index: lifted.get(arg.func) }
      }))
    );
    exports.set(id, b.export({ name: wi.name }, { sort: INSTANCE_SORT, index: instance }));
  }
}
function liftFunctions(wi, names, space, ctx) {
  const { b, main, coreExports } = ctx;
  const types2 = wi.functions.map((fn) => space.func(functionOf(wi.iface, fn), names));
  const cores = wi.functions.map((fn) => {
    const coreName = `${wi.name}#${fn}`;
    if (!coreExports.has(coreName))
      throw new Error(`internal: the adapter's module does not export ${coreName}`);
    const post = `cabi_post_${coreName}`;
    return {
      func: b.aliasCoreExport("func", main, coreName),
      post: coreExports.has(post) ? b.aliasCoreExport("func", main, post) : void 0
    };
  });
  const lifted = /* @__PURE__ */ new Map();
  wi.functions.forEach((fn, i) => {
    const { func, post } = cores[i];
    const options = [
      ...canonOptions(abiNeeds(wi.iface, fn, "lift"), ctx.memory, ctx.realloc),
      ...post === void 0 ? [] : [{ kind: "post-return", index: post }]
    ];
    lifted.set(fn, b.lift(func, types2[i], options));
  });
  return lifted;
}

// src/virt/wrap/indirect-table.ts
var FUNCREF = 112;
var tableType = (size) => new ByteWriter().u8(FUNCREF).u8(1).u32(size).u32(size);
function shimModule(entries) {
  const m = emptyModel();
  m.tables = new ByteWriter().u32(1).bytes(tableType(entries.length).view()).toBytes();
  entries.forEach((type, i) => {
    const index = typeIndex(m, type);
    const code = new CodeWriter();
    type.params.forEach((_, p) => code.localGet(p));
    m.functions.push(index);
    m.code.push(code.i32Const(i).callIndirect(index).finish());
    m.exports.push({ name: String(i), kind: "func", index: i });
  });
  m.exports.push({ name: "$imports", kind: "table", index: 0 });
  return writeModuleModel(m);
}
function fixupModule(entries) {
  const m = emptyModel();
  entries.forEach((type, i) => {
    const index = typeIndex(m, type);
    m.imports.push({
      module: "actual",
      name: String(i),
      kind: "func",
      type: index,
      descriptor: new Uint8Array()
    });
  });
  m.imports.push({
    module: "shim",
    name: "$imports",
    kind: "table",
    descriptor: tableType(entries.length).toBytes()
  });
  m.elements.push({
    head: Uint8Array.from([0, 65, 0, 11]),
    functions: entries.map((_, i) => i)
  });
  return writeModuleModel(m);
}

// src/virt/wrap/planned-imports.ts
var DROP = "[resource-drop]";
var EXPORTED = "[export]";
function plannedImports(moduleImports, world, exported, worldOf) {
  const exportedIds = new Set(exported.map((e) => e.wi.iface.id));
  const functions = /* @__PURE__ */ new Map();
  const needs = /* @__PURE__ */ new Map();
  const need = (id, names) => {
    const set = needs.get(id) ?? /* @__PURE__ */ new Set();
    names.forEach((n) => set.add(n));
    needs.set(id, set);
  };
  for (const imp of moduleImports) {
    if (imp.kind !== "func")
      throw new Error(`internal: the adapter's module imports a ${imp.kind}`);
    if (imp.module.startsWith(EXPORTED) || imp.module === PUMP_MODULE) continue;
    const id = worldOf(imp.module).iface.id;
    if (imp.name.startsWith(DROP)) need(id, [imp.name.slice(DROP.length)]);
    else {
      need(id, functionTypes(id, imp.name, world.series));
      functions.set(id, (functions.get(id) ?? /* @__PURE__ */ new Set()).add(imp.name));
    }
  }
  for (const { order } of exported)
    for (const [name, decl] of order)
      if (decl.kind === "use" && !exportedIds.has(decl.from))
        need(decl.from, [decl.names.find((n) => n.local === name).source]);
  closeTypes(needs, world.series);
  return importOrder([...world.imports, ...needs.keys()], needs, world.series).map((id) => ({
    id,
    name: world.interfaces.get(id).name,
    functions: Object.keys(interfaceById(id, world.series).functions).filter(
      (f) => functions.get(id)?.has(f)
    ),
    types: needs.get(id) ?? /* @__PURE__ */ new Set()
  }));
}

// src/virt/wrap/wrap-adapter.ts
function pumpFunction(name) {
  if (!isPumpFunction(name))
    throw new Error(
      `internal: the adapter's module imports ${PUMP_MODULE} ${name}, which the pump lacks`
    );
  return name;
}
function wrapAdapter(core2, world, pumpModule) {
  const m = readModuleModel(core2);
  const coreExports = new Set(m.exports.map((e) => e.name));
  const byName = new Map([...world.interfaces.values()].map((wi) => [wi.name, wi]));
  const worldOf = (name) => {
    const wi = byName.get(name);
    if (!wi)
      throw new Error(
        `internal: the adapter's module imports ${name}, which its world does not declare`
      );
    return wi;
  };
  const exported = exportOrder(world);
  const imports = plannedImports(m.imports, world, exported, worldOf);
  const b = new ComponentBuilder();
  const aliases = new TypeAliases(b);
  const instances = writeImports(b, imports, aliases, world.series);
  const moduleChunk = b.nextChunk();
  const mainModule = b.coreModule(core2);
  const entries = [];
  const entryOf = /* @__PURE__ */ new Map();
  const asyncTypes2 = new AsyncBuiltinTypes(b, world.series);
  const builtinTypeOf = (module, builtin) => asyncTypes2.typeOf(worldOf(module.slice(EXPORTED.length)).iface, builtin);
  for (const imp of m.imports) {
    const builtin = imp.module.startsWith(EXPORTED) ? asyncBuiltinOf(imp.name) : void 0;
    if (builtin && copiesValues(builtin)) {
      entryOf.set(`${imp.module}/${imp.name}`, entries.length);
      const typeIndex2 = builtinTypeOf(imp.module, builtin);
      entries.push({ type: builtinCoreType(builtin), builtin, typeIndex: typeIndex2 });
    }
    if (imp.module === PUMP_MODULE) {
      const name = pumpFunction(imp.name);
      if (!pumpNeedsMemory(name)) continue;
      entryOf.set(`${imp.module}/${imp.name}`, entries.length);
      entries.push({ type: pumpImportType(name), pump: name });
      continue;
    }
    if (imp.module.startsWith(EXPORTED) || imp.name.startsWith(DROP)) continue;
    const wi = worldOf(imp.module);
    const abi = abiNeeds(wi.iface, imp.name, "lower");
    if (!abi.memory && !abi.realloc) continue;
    entryOf.set(`${imp.module}/${imp.name}`, entries.length);
    entries.push({ type: m.types[imp.type], lower: [wi.iface.id, imp.name] });
  }
  for (const { wi, order } of exported)
    for (const [name, decl] of order) {
      const dtor = `${wi.name}#[dtor]${name}`;
      if (decl.kind !== "resource" || !coreExports.has(dtor)) continue;
      entryOf.set(dtor, entries.length);
      entries.push({ type: { params: [I322], results: [] }, dtor });
    }
  const shim = entries.length > 0 ? b.coreInstantiate(b.coreModule(shimModule(entries.map((e) => e.type))), []) : -1;
  const viaShim = (key) => b.aliasCoreExport("func", shim, String(entryOf.get(key)));
  const resources = /* @__PURE__ */ new Map();
  for (const { wi, order } of exported)
    for (const [name, decl] of order) {
      if (decl.kind !== "resource") continue;
      const dtorName = `${wi.name}#[dtor]${name}`;
      const dtor = entryOf.has(dtorName) ? viaShim(dtorName) : void 0;
      resources.set(
        `${wi.name}/${name}`,
        b.defType({ kind: "resource", rep: "i32", ...dtor === void 0 ? {} : { dtor } })
      );
    }
  let pump;
  const pumped = (name) => {
    if (!pumpModule)
      throw new Error("internal: the adapter's module calls the pump, which is missing");
    pump ??= b.instantiate(b.component(pumpComponent(pumpModule)), []);
    return b.aliasExport(FUNC_SORT, pump, name);
  };
  const args = [];
  for (const module of new Set(m.imports.map((i) => i.module))) {
    const funcs = m.imports.filter((i) => i.module === module).map((imp) => ({ name: imp.name, func: coreImport(imp.module, imp.name) }));
    args.push({ name: module, instance: b.coreInstanceOfFuncs(funcs) });
  }
  function coreImport(module, name) {
    if (module === PUMP_MODULE) {
      const entry2 = `${module}/${name}`;
      if (entryOf.has(entry2)) return viaShim(entry2);
      return b.lower(pumped(pumpFunction(name)), [{ kind: "async" }]);
    }
    const builtin = module.startsWith(EXPORTED) ? asyncBuiltinOf(name) : void 0;
    if (builtin) {
      const entry2 = `${module}/${name}`;
      if (entryOf.has(entry2)) return viaShim(entry2);
      return b.streamOrFutureBuiltin(builtin.kind, builtinTypeOf(module, builtin));
    }
    if (module.startsWith(EXPORTED)) {
      const intrinsic = /^\[resource-(new|rep|drop)\](.+)$/.exec(name);
      const resource = intrinsic && resources.get(`${module.slice(EXPORTED.length)}/${intrinsic[2]}`);
      if (resource === void 0 || resource === null)
        throw new Error(
          `internal: the adapter's module imports ${module} ${name}, which no exported resource provides`
        );
      return b.resourceIntrinsic(intrinsic[1], resource);
    }
    const instance = instances.get(worldOf(module).iface.id);
    if (name.startsWith(DROP))
      return b.resourceIntrinsic("drop", aliases.of(instance, name.slice(DROP.length)));
    const entry = `${module}/${name}`;
    if (entryOf.has(entry)) return viaShim(entry);
    return b.lowerPlain(b.aliasExport(FUNC_SORT, instance, name));
  }
  const main = b.coreInstantiate(mainModule, args);
  let memory;
  let realloc;
  const memoryOf = () => memory ??= b.aliasCoreExport("memory", main, "memory");
  const reallocOf = () => realloc ??= b.aliasCoreExport("func", main, "cabi_realloc");
  if (entries.length > 0) {
    const actual = entries.map((e, i) => {
      if ("dtor" in e) return { name: String(i), func: b.aliasCoreExport("func", main, e.dtor) };
      if ("pump" in e) {
        const options = [
          { kind: "memory", index: memoryOf() },
          { kind: "async" }
        ];
        return { name: String(i), func: b.lower(pumped(e.pump), options) };
      }
      if ("builtin" in e) {
        const options = [
          { kind: "memory", index: memoryOf() },
          { kind: "async" }
        ];
        return {
          name: String(i),
          func: b.streamOrFutureBuiltin(e.builtin.kind, e.typeIndex, options)
        };
      }
      const [id, fn] = e.lower;
      const needs = abiNeeds(interfaceById(id, world.series), fn, "lower");
      const func = b.aliasExport(FUNC_SORT, instances.get(id), fn);
      return { name: String(i), func: b.lower(func, canonOptions(needs, memoryOf, reallocOf)) };
    });
    const fixup = b.coreModule(fixupModule(entries.map((e) => e.type)));
    b.coreInstantiate(fixup, [
      { name: "actual", instance: b.coreInstanceOfFuncs(actual) },
      { name: "shim", instance: shim }
    ]);
  }
  writeExports(exported, {
    b,
    aliases,
    instances,
    resources,
    main,
    coreExports,
    memory: memoryOf,
    realloc: reallocOf
  });
  const { chunks } = b.finishChunks();
  return {
    bytes: concatBytes(chunks),
    withModule: (module) => [
      ...chunks.slice(0, moduleChunk),
      ...coreModuleSection(module),
      ...chunks.slice(moduleChunk + 2)
    ]
  };
}

// src/virt/generate-adapter.ts
var adaptersOf = (generated) => [generated.adapter, generated.p3?.adapter].filter((a) => a !== void 0);
async function planFor(policy, imports, exports) {
  const planned = planVirtualization(policy, imports, exports);
  const writer = planned.settings.debug || writesDenials(planned);
  const adapter = await adapterModuleFor(planned.wasiVersion);
  return narrowForwarded(adapter, planned, imports, writer);
}
async function treeFor(policy, mountTree, onMountProgress) {
  const reads = onMountProgress && policy.mounts.length > 0;
  if (reads && !mountTree) onMountProgress({ ...SCANNING });
  const tree = mountTree ?? await readMountTree(policy.mounts);
  if (reads) reportMountReads(tree.files, onMountProgress);
  addRuntimeNodes(tree, policy.preopens, policy.hostFiles);
  addWritableRoots(tree, policy);
  return tree;
}
async function buildAdapter(plan, tree) {
  const { core: core2, data } = specializeAdapter(await adapterModuleFor(plan.wasiVersion), plan, tree);
  const pump = seriesOf(plan.wasiVersion) === "0.3" ? await loadPumpModule() : void 0;
  const wrapped = wrapAdapter(core2, adapterWorld(plan), pump);
  const structure = plan.proxy ? addHttpBridge(wrapped.bytes) : wrapped.bytes;
  const module = withDataSegments(core2, data.active, data.passive);
  return new AdapterComponent(structure, [
    ...wrapped.withModule(module),
    ...structure.length > wrapped.bytes.length ? [structure.subarray(wrapped.bytes.length)] : []
  ]);
}
async function planP3Half(policy, imports, p2Plan) {
  if (!policy.debug) return planFor(policy, imports, void 0);
  const plan = await planFor({ ...policy, debug: false }, imports, void 0);
  const deniedImports = withP3Names(p2Plan.settings.deniedImports);
  return { ...plan, settings: { ...plan.settings, deniedImports } };
}
var servesApp = (plan) => plan.interfaces.some((v) => !v.importOnly);
var withoutIdleTrace = (plan) => servesApp(plan) ? plan : { ...plan, interfaces: [] };
var servesFiles = (plan) => plan.interfaces.some((v) => v.iface.id === "wasi:filesystem/types" && !v.importOnly);
async function generateAdapter({
  policy,
  app,
  mountTree,
  onMountProgress
}) {
  const described = app ? describeComponent(app) : void 0;
  const halves = described && seriesHalves(described.imports);
  const plan = withoutIdleTrace(
    await planFor(policy, halves?.p2 ?? described?.imports, described?.exports)
  );
  const p3Plan = halves && withoutIdleTrace(await planP3Half(policy, halves.p3, plan));
  const warnings = p3Plan && servesApp(p3Plan) && policy.debug ? [
    `--debug traces the component's WASI 0.2 calls only: its ${WASI_P3_VERSION} calls are not traced yet`
  ] : [];
  const virtualizes = [plan, p3Plan].some((p) => p !== void 0 && servesApp(p));
  const none = { plan, bridges: [], mounted: emptyMountTree().files, warnings };
  if (!virtualizes && app) return { ...none, ...p3Plan ? { p3: { plan: p3Plan } } : {} };
  if (!virtualizes && seriesOf(plan.wasiVersion) === "0.3")
    throw new UserInputError(
      `the policy leaves everything to the host, and a pass-through adapter is not yet supported at WASI ${plan.wasiVersion}: compose nothing, or generate for WASI 0.2`
    );
  if (!virtualizes)
    return { ...none, adapter: new AdapterComponent(passthroughAdapter(plan.wasiVersion)) };
  const files = servesFiles(plan) || !app && !p3Plan;
  const p3Files = p3Plan !== void 0 && servesFiles(p3Plan);
  const tree = files || p3Files ? await treeFor(policy, mountTree, onMountProgress) : emptyMountTree();
  if (policy.mounts.length > 0 && !files && !p3Files)
    warnings.push(
      "the component imports no wasi:filesystem, so the --mount trees are not embedded (nothing could read them)"
    );
  const adapter = servesApp(plan) ? await buildAdapter(plan, files ? tree : emptyMountTree()) : void 0;
  const p3Adapter = p3Plan && servesApp(p3Plan) ? await buildAdapter(p3Plan, p3Files ? tree : emptyMountTree()) : void 0;
  return {
    plan,
    ...adapter ? { adapter } : {},
    ...p3Plan ? { p3: { plan: p3Plan, ...p3Adapter ? { adapter: p3Adapter } : {} } } : {},
    bridges: plan.proxy ? [httpBridge(plan.proxy.export)] : [],
    mounted: adapter && files || p3Adapter && p3Files ? tree.files : none.mounted,
    warnings
  };
}

// src/pipeline/virtualize.ts
async function virtualize({
  policy,
  app,
  mountTree,
  onMountProgress
}) {
  const component2 = app && (app.component ?? readComponent(app.bytes));
  const { bridges, ...generated } = await generateAdapter({
    policy,
    mountTree,
    ...onMountProgress ? { onMountProgress } : {},
    ...component2 ? { app: component2 } : {}
  });
  if (!app) return generated;
  const adapters = adaptersOf({ bridges, ...generated });
  if (adapters.length === 0)
    return {
      ...generated,
      output: app.bytes,
      warnings: [
        ...generated.warnings,
        "nothing to virtualize: the policy passes every imported interface through"
      ]
    };
  const composed = compose(
    { ...app, component: component2 },
    adapters.map((adapter) => ({
      bytes: adapter.structure,
      chunks: adapter.chunks,
      label: adapter === generated.p3?.adapter ? "the WASI 0.3 virtual adapter" : "the virtual adapter"
    })),
    bridges
  );
  return {
    ...generated,
    output: composed.bytes,
    warnings: [...generated.warnings, ...composed.warnings]
  };
}

// src/library/wasi-virt.ts
function optionPatch(name, value) {
  const patch = {};
  policyOption(name).apply(patch, value);
  return patch;
}
var VarsBuilder = class {
  constructor(kind, add) {
    this.kind = kind;
    this.add = add;
  }
  kind;
  add;
  hostValues(values) {
    this.add(optionPatch(`allow-${this.kind}`, values));
    return this;
  }
  /** Every host value. */
  allowAll() {
    return this.hostValues("all");
  }
  /** Only the host values with these names. */
  allow(names) {
    return this.hostValues(names);
  }
  /** Every host value except these. */
  deny(names) {
    this.add(optionPatch(`deny-${this.kind}`, names));
    return this;
  }
  /** No host value at all. */
  denyAll() {
    return this.hostValues("none");
  }
  /** Fixed values, winning over the host's. */
  overrides(values) {
    this.add(optionPatch(this.kind, Array.isArray(values) ? Object.fromEntries(values) : values));
    return this;
  }
};
var WasiVirt = class {
  patches = [];
  add(patch) {
    this.patches.push(patch);
    return this;
  }
  /** Allow every subsystem; env and config reach every host value. */
  allowAll() {
    return this.set("allow-all", true);
  }
  /**
   * Nothing from the host but stdout, stderr and exit (README, "Hermetic runs"); the calls
   * after this one refine it. Cannot be combined with allowAll().
   */
  hermetic() {
    return this.set("hermetic", true);
  }
  /** get-terminal-stdin, -stdout and -stderr answer none: no terminal interface reaches the host. */
  hideTerminals(on = true) {
    return this.set("hide-terminals", on);
  }
  set(name, value) {
    return this.add(optionPatch(name, value));
  }
  env() {
    const builder2 = new VarsBuilder("env", (patch) => this.add(patch));
    builder2.args = (args) => void this.set("arg", args);
    builder2.cwd = (cwd) => void this.set("cwd", cwd);
    return builder2;
  }
  config() {
    return new VarsBuilder("config", (patch) => this.add(patch));
  }
  exit(allow) {
    return this.access("exit", allow);
  }
  random(allow) {
    return this.access("random", allow);
  }
  clocks(allow) {
    return this.access("clocks", allow);
  }
  /**
   * Wall-clock time stands at `instant` (an RFC 3339 string or a Date) and the monotonic clock
   * is virtual: it starts at 1 ns and advances only by what the component waits.
   */
  fixedTime(instant) {
    return this.set("fixed-time", instantValue.data("fixedTime", instant));
  }
  /** wasi:random comes from a deterministic generator seeded with `seed` (a u64; not secure randomness). */
  randomSeed(seed) {
    return this.set("random-seed", seedValue.data("randomSeed", seed));
  }
  /** Allow or deny a subsystem by name: exit, random, clocks, fs, sockets, http, or stdio (all three streams). */
  access(subsystem, allow) {
    if (subsystem !== "stdio" && !subsystems.includes(subsystem))
      throw new TypeError(`unknown subsystem '${String(subsystem)}'`);
    return this.set(`allow-${subsystem}`, allow);
  }
  /**
   * Allows HTTP to the hosts the Spin-style patterns name only (`https://api.example.com`,
   * `http://localhost:3000`, `*://*.example.org:*`); any other request fails with
   * HTTP-request-denied. `access('http', true)` allows every host again.
   */
  allowHttp(patterns) {
    return this.set("allow-http", httpAccessValue.data("allowHttp", patterns));
  }
  /**
   * Allows sockets to the addresses and names the patterns name only (`tcp://10.0.0.0/8:5432`,
   * `udp://[fd00::/8]:53`, `tcp://db.internal:*`); connect, bind and send-to anything else fail
   * with access-denied, and a lookup of a name no pattern names too. `access('sockets', true)`
   * allows everything again.
   */
  allowSockets(patterns) {
    return this.set("allow-sockets", socketsAccessValue.data("allowSockets", patterns));
  }
  /** allow, ignore (reads end, writes vanish) or deny (reads and writes fail): one stream, or all three. */
  stdio(mode, stream) {
    if (stream !== void 0 && !stdioStreams.includes(stream))
      throw new TypeError(`unknown stream '${String(stream)}'`);
    return this.set(stream ?? "stdio", mode);
  }
  /** Embeds host directory `host` as a read-only tree at guest path `guest` (read now). */
  mount(guest, host) {
    return this.set("mount", [{ guest, host }]);
  }
  /** Remaps `host`, a directory the host preopens (or one below it), to guest preopen `guest`, at run time. */
  preopen(guest, host) {
    return this.set("preopen", [{ guest, host }]);
  }
  /** Serves host file `host` (a path the host's preopens hold) at guest path `guest`, read at run time. */
  hostFile(guest, host) {
    return this.set("host-file", [{ guest, host }]);
  }
  /**
   * An empty directory at guest path `guest` that lives in the component's memory, writable up
   * to `size` bytes of file contents (a number or `64M`; default 64 MiB). Nothing reaches the host.
   */
  writable(guest, size) {
    return this.set(
      "writable",
      writableValue.data("writable", { [guest]: size ?? DEFAULT_WRITABLE_SIZE })
    );
  }
  /**
   * Makes the mounted trees writable in the component's memory, copy on write (the embedded
   * bytes never change), each up to `size` bytes of changed file contents (a number or `16M`;
   * default 64 MiB); `false` makes them read-only again.
   */
  overlay(size = true) {
    return this.set("overlay", overlayValue.data("overlay", size));
  }
  wasiVersion(version) {
    return this.set("wasi-version", version);
  }
  /** Mounted files of this many bytes or more stay out of linear memory until read. */
  passiveCutoff(bytes) {
    return this.set("passive-cutoff", bytes);
  }
  /** Whether the adapter traces every virtualized call on stderr. */
  debug(on = true) {
    return this.set("debug", on);
  }
  /** Import patterns the output may use; once given, every other import fails the output's gate. */
  allowImports(patterns) {
    return this.set("allow-import", patterns);
  }
  /** Import patterns the output must not use (deny wins; `*` means import-free). */
  denyImports(patterns) {
    return this.set("deny-import", patterns);
  }
  /** The policy so far. */
  policy() {
    return applyPatches(hostPolicy(), ...this.patches);
  }
  /** Generates the virtual adapter and, given the app, composes it in. */
  finish(app) {
    const input = app instanceof Uint8Array ? { bytes: app, label: "component" } : app;
    return virtualize({ policy: this.policy(), ...input ? { app: input } : {} });
  }
};
export {
  ComposeError,
  UserInputError,
  VERSION,
  VarsBuilder,
  WasiVirt,
  WasmDecodeError,
  applyPatches,
  checkImports,
  compose,
  denyAllPolicy,
  describeComponent,
  hostPolicy,
  importRulesFrom,
  loadComponentFile,
  loadPolicyFile,
  parseInterfaceName,
  parsePattern,
  patchFromData,
  policyToData,
  readComponent,
  renderCheck,
  renderChecks,
  sniffWasm,
  virtualize
};
