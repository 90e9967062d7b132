#!/usr/bin/env node
// Writes src/virt/wasi-catalogue.generated.ts, and the C adapter's version header
// adapter/src/runtime/wasi-versions.h, from the vendored WASI WIT in wit/wasi/ (WASI 0.2 and
// wasi:config) and wit/wasi-0.3.0/ (WASI 0.3, its own catalogue: WASI_P3_CATALOGUE).
//
//   node scripts/build-wasi-catalogue.mjs          generate and write the module
//   node scripts/build-wasi-catalogue.mjs --check  exit 1 if the committed module differs from a
//                                                   fresh generation
//
// wasm-tools (on PATH, or $WASM_TOOLS; scripts/ci/install-wasm-runtimes.sh installs it) resolves
// the packages (`component wit --json --all-features`); this script prints each interface's
// declarations and functions as the WIT text the generator's tables use (src/virt/wasi-package.ts:
// one line per declaration, functions by their component-level names, `self` left out, other
// packages' versions as `@{version}`). Run time imports the module and never parses WIT.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { failer, parseCheckFlag, ROOT, writeOrCheck } from './lib/wasm-build.mjs';

const TOOL = 'build-wasi-catalogue';
const WIT_DIR = join(ROOT, 'wit', 'wasi');
const P3_WIT_DIR = join(ROOT, 'wit', 'wasi-0.3.0');
const OUTPUT = join(ROOT, 'src', 'virt', 'wasi-catalogue.generated.ts');
const C_HEADER = join(ROOT, 'adapter', 'src', 'runtime', 'wasi-versions.h');

const fail = failer(TOOL);
const check = parseCheckFlag(fail);

/** WIT keywords: a name spelled like one is written with a `%` in front. */
const KEYWORDS = new Set(
  (
    'as async bool borrow char constructor enum error-context export f32 f64 flags float32 float64 ' +
    'func future import include interface list option own package record resource result s16 s32 ' +
    's64 s8 static stream string tuple type u16 u32 u64 u8 use variant with world'
  ).split(' '),
);
const ident = (name) => (KEYWORDS.has(name) ? `%${name}` : name);

/** Resolves every package under `witDir` as the dependencies of an empty root package. */
async function resolveWit(witDir) {
  const work = await mkdtemp(join(tmpdir(), 'wasi-catalogue-'));
  try {
    const deps = join(work, 'deps');
    await mkdir(deps);
    for (const entry of await readdir(witDir, { withFileTypes: true })) {
      if (entry.isDirectory()) await symlink(join(witDir, entry.name), join(deps, entry.name));
    }
    await writeFile(join(work, 'root.wit'), 'package wasi-virt:catalogue;\n');
    const wasmTools = process.env.WASM_TOOLS ?? 'wasm-tools';
    const run = spawnSync(wasmTools, ['component', 'wit', work, '--json', '--all-features'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (run.error) fail(`${wasmTools} not found (scripts/ci/install-wasm-runtimes.sh installs it)`);
    if (run.status !== 0) fail(`${wasmTools} component wit failed:\n${run.stderr}`);
    return JSON.parse(run.stdout);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The catalogue of the WASI packages under `witDir`: each interface by id. `baseline` is the
 * version every declaration is stable since unless a note says otherwise.
 */
function buildCatalogue({ types, interfaces, packages }, baseline) {
  /** `wasi:io@0.2.12` → { pkg: 'wasi:io', version: '0.2.12' }. */
  const packageOf = (index) => {
    const [pkg, version] = packages[index].name.split('@');
    return { pkg, version };
  };

  /** A type reference as WIT writes it where it is used. */
  function typeRef(ref) {
    if (typeof ref === 'string') return ref;
    const type = types[ref];
    return type.name !== null ? ident(type.name) : typeExpr(type.kind);
  }

  /** An anonymous type (or the right-hand side of `type x = …;`). */
  function typeExpr(kind) {
    if ('type' in kind) return typeRef(kind.type);
    if ('list' in kind) return `list<${typeRef(kind.list)}>`;
    if ('option' in kind) return `option<${typeRef(kind.option)}>`;
    if ('tuple' in kind) return `tuple<${kind.tuple.types.map(typeRef).join(', ')}>`;
    if ('result' in kind) {
      const { ok, err } = kind.result;
      if (ok === null && err === null) return 'result';
      if (err === null) return `result<${typeRef(ok)}>`;
      return `result<${ok === null ? '_' : typeRef(ok)}, ${typeRef(err)}>`;
    }
    if ('stream' in kind)
      return kind.stream === null ? 'stream' : `stream<${typeRef(kind.stream)}>`;
    if ('future' in kind)
      return kind.future === null ? 'future' : `future<${typeRef(kind.future)}>`;
    if ('handle' in kind) {
      const [how, target] = Object.entries(kind.handle)[0];
      return how === 'borrow' ? `borrow<${typeRef(target)}>` : typeRef(target);
    }
    fail(`unexpected anonymous type ${JSON.stringify(kind)}`);
  }

  /** A named declaration other than a `use`, on one line. */
  function declaration(type) {
    const name = ident(type.name);
    const { kind } = type;
    if (kind === 'resource') return `resource ${name}`;
    if ('record' in kind) {
      const fields = kind.record.fields.map((f) => `${ident(f.name)}: ${typeRef(f.type)}`);
      return `record ${name} { ${fields.join(', ')} }`;
    }
    if ('variant' in kind) {
      const cases = kind.variant.cases.map((c) =>
        c.type === null ? ident(c.name) : `${ident(c.name)}(${typeRef(c.type)})`,
      );
      return `variant ${name} { ${cases.join(', ')} }`;
    }
    if ('enum' in kind)
      return `enum ${name} { ${kind.enum.cases.map((c) => ident(c.name)).join(', ')} }`;
    if ('flags' in kind)
      return `flags ${name} { ${kind.flags.flags.map((f) => ident(f.name)).join(', ')} }`;
    return `type ${name} = ${typeExpr(kind)};`;
  }

  /** The interface a type alias takes its target from, when that is another interface (a `use`). */
  function usedFrom(type, ownerIndex) {
    if (typeof type.kind !== 'object' || !('type' in type.kind)) return undefined;
    const target = type.kind.type;
    if (typeof target === 'string') return undefined;
    const from = types[target].owner?.interface;
    return from === undefined || from === ownerIndex ? undefined : { from, target: types[target] };
  }

  /** `wasi:io/poll` (id) and how a `use` in package `pkg` names it. */
  function interfaceNames(index, pkg) {
    const iface = interfaces[index];
    const own = packageOf(iface.package);
    const id = `${own.pkg}/${iface.name}`;
    return { id, path: own.pkg === pkg ? iface.name : `${id}@{version}` };
  }

  /** Stability that is not `@since(version = 0.2.0)`: `since 0.2.12`, `unstable network-error-code`. */
  function stabilityNote(stability) {
    if (!stability || stability === 'unknown') return undefined;
    if ('unstable' in stability) return `unstable ${stability.unstable.feature}`;
    const since = stability.stable.since;
    return since === baseline ? undefined : `since ${since}`;
  }

  /** The named types a type's definition mentions (through anonymous types). */
  function mentioned(kind) {
    if (typeof kind !== 'object') return [];
    const refs = [];
    const visit = (ref) => {
      if (typeof ref !== 'number') return;
      if (types[ref].name !== null) refs.push(ref);
      else refs.push(...mentioned(types[ref].kind));
    };
    if ('type' in kind) visit(kind.type);
    if ('list' in kind) visit(kind.list);
    if ('option' in kind) visit(kind.option);
    if ('tuple' in kind) kind.tuple.types.forEach(visit);
    if ('result' in kind) [kind.result.ok, kind.result.err].forEach(visit);
    if ('handle' in kind) Object.values(kind.handle).forEach(visit);
    if ('stream' in kind) visit(kind.stream);
    if ('future' in kind) visit(kind.future);
    if ('record' in kind) kind.record.fields.forEach((f) => visit(f.type));
    if ('variant' in kind) kind.variant.cases.forEach((c) => visit(c.type));
    return refs;
  }

  /**
   * The generator (src/virt/adapter-wit.ts) walks an interface's declarations backwards and keeps
   * one only when a function or a later declaration mentions it: each declaration must come after
   * those it names. WIT allows forward references, so this checks the vendored order has none.
   */
  function checkDeclarationOrder(iface, id) {
    const order = Object.values(iface.types);
    order.forEach((typeIndex, position) => {
      for (const ref of mentioned(types[typeIndex].kind)) {
        if (order.indexOf(ref) > position)
          fail(`${id}: ${types[typeIndex].name} names ${types[ref].name}, declared after it`);
      }
    });
  }

  function catalogueEntry(iface, index) {
    const { pkg } = packageOf(iface.package);
    const id = `${pkg}/${iface.name}`;
    const decls = [];
    const uses = [];
    const notes = {};
    let pendingUse;
    const flushUse = () => {
      if (pendingUse) decls.push(`use ${pendingUse.path}.{${pendingUse.names.join(', ')}};`);
      pendingUse = undefined;
    };
    for (const [localName, typeIndex] of Object.entries(iface.types)) {
      const type = types[typeIndex];
      const note = stabilityNote(type.stability);
      if (note) notes[localName] = note;
      const used = usedFrom(type, index);
      if (used) {
        const { id, path } = interfaceNames(used.from, pkg);
        const name =
          used.target.name === localName
            ? ident(localName)
            : `${ident(used.target.name)} as ${ident(localName)}`;
        if (pendingUse?.path === path) pendingUse.names.push(name);
        else {
          flushUse();
          pendingUse = { path, names: [name] };
        }
        if (!uses.includes(id)) uses.push(id);
        continue;
      }
      flushUse();
      decls.push(declaration(type));
    }
    flushUse();
    const functions = {};
    for (const [name, fn] of Object.entries(iface.functions)) {
      const note = stabilityNote(fn.stability);
      if (note) notes[name] = note;
      const kind = typeof fn.kind === 'string' ? fn.kind : Object.keys(fn.kind)[0];
      const async = kind.startsWith('async-') ? 'async ' : '';
      const params = (kind.endsWith('method') ? fn.params.slice(1) : fn.params).map(
        (p) => `${ident(p.name)}: ${typeRef(p.type)}`,
      );
      const result =
        fn.result === null || fn.result === undefined || kind === 'constructor'
          ? ''
          : ` -> ${typeRef(fn.result)}`;
      functions[name] = `${async}func(${params.join(', ')})${result}`;
    }
    checkDeclarationOrder(iface, id);
    const entry = { types: decls, functions };
    if (uses.length > 0) entry.uses = uses;
    const ifaceNote = stabilityNote(iface.stability);
    if (ifaceNote) entry.stability = ifaceNote;
    if (Object.keys(notes).length > 0) entry.notes = notes;
    return [id, entry];
  }

  return Object.fromEntries(
    interfaces
      .map((iface, index) => ({ iface, index }))
      .filter(
        ({ iface }) => iface.name !== null && packageOf(iface.package).pkg.startsWith('wasi:'),
      )
      .map(({ iface, index }) => catalogueEntry(iface, index))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

const resolve = await resolveWit(WIT_DIR);
const { packages } = resolve;
const catalogue = buildCatalogue(resolve, '0.2.0');
const p3Catalogue = buildCatalogue(await resolveWit(P3_WIT_DIR), '0.3.0');

const versions = Object.fromEntries(
  packages
    .map(({ name }) => {
      const [pkg, version] = name.split('@');
      return { pkg, version };
    })
    .filter(({ pkg }) => pkg.startsWith('wasi:'))
    .sort((a, b) => (a.pkg < b.pkg ? -1 : 1))
    .map(({ pkg, version }) => [pkg, version]),
);

const source = `// Generated by scripts/build-wasi-catalogue.mjs from wit/wasi/ and wit/wasi-0.3.0/.
// Do not edit: run \`npm run build:catalogue\`. CI checks it matches (\`-- --check\`).

/** The vendored WASI packages and the version their WIT declares. */
export const WASI_CATALOGUE_PACKAGES: Record<string, string> = ${JSON.stringify(versions)};

/** One WASI interface as the vendored WIT declares it, in the text form src/virt/wasi-package.ts uses. */
export interface CatalogueInterface {
  /** Declarations other than functions, one a line, in WIT order; \`use\` of another package as \`@{version}\`. */
  types: string[];
  /** Component-level function name → signature (methods without \`self\`, constructors without a result). */
  functions: Record<string, string>;
  /** Interfaces the \`use\` declarations name, by id, in order. */
  uses?: string[];
  /** The interface's own stability when it is not \`@since(version = 0.2.0)\`. */
  stability?: string;
  /** Declarations and functions whose stability is not \`@since(version = 0.2.0)\`. */
  notes?: Record<string, string>;
}

export const WASI_CATALOGUE: Record<string, CatalogueInterface> = ${JSON.stringify(catalogue)};

/**
 * The WASI 0.3.0 interfaces (from wit/wasi-0.3.0/), in the same form; stability notes are those
 * other than \`@since(version = 0.3.0)\`, and async functions' signatures start \`async func\`.
 */
export const WASI_P3_CATALOGUE: Record<string, CatalogueInterface> = ${JSON.stringify(p3Catalogue)};
`;

const formatted = await format(source, {
  ...(await resolveConfig(OUTPUT)),
  filepath: OUTPUT,
});
// The C adapter's versions come from the same WIT: every wasi: package but config shares one.
const wasiVersions = new Set(
  Object.entries(versions)
    .filter(([pkg]) => pkg !== 'wasi:config')
    .map(([, version]) => version),
);
if (wasiVersions.size !== 1)
  fail(`the vendored WASI packages disagree on their version: ${[...wasiVersions].join(', ')}`);
const header = `// Generated by scripts/build-wasi-catalogue.mjs from wit/wasi/. Do not edit: run
// \`npm run build:catalogue\` (CI checks it matches). The versions the adapter is built at.
#ifndef WASI_VIRT_WASI_VERSIONS_H
#define WASI_VIRT_WASI_VERSIONS_H

#define WASI_0_2 "@${[...wasiVersions][0]}"
#define WASI_CONFIG_VERSION "@${versions['wasi:config']}"

#endif
`;

await writeOrCheck(
  TOOL,
  [
    { path: OUTPUT, bytes: Buffer.from(formatted) },
    { path: C_HEADER, bytes: Buffer.from(header) },
  ],
  check,
  'npm run build:catalogue',
);
