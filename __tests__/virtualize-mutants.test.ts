import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@bytecodealliance/jco-transpile/wasm-tools';
import fc from 'fast-check';
import { UserInputError } from '../src/errors.js';
import { ExitCode } from '../src/cli/io.js';
import { reportError } from '../src/cli/report-error.js';
import { noFlags, patchFromFlags, type VirtFlags } from '../src/cli/virt-flags.js';
import { compose, type ComposeInput } from '../src/compose/compose.js';
import type { Component } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { decodeComponent } from '../src/inspect/load-component.js';
import { importRulesFrom } from '../src/verify/import-rules.js';
import { applyPatches, denyAllPolicy, type Policy } from '../src/policy/policy.js';
import { reportFormats } from '../src/report/check-report.js';
import { renderCheck } from '../src/report/render-check.js';
import { virtualizeAndVerify } from '../src/pipeline/virtualize-and-verify.js';
import { checkImports, type ImportRules } from '../src/verify/check-imports.js';
import { adapterWit } from '../src/virt/adapter-wit.js';
import { virtualize } from '../src/pipeline/virtualize.js';
import { planAdapter } from '../src/virt/generate-adapter.js';
import {
  applyByteEdits,
  applyStructuralEdit,
  applyStructuralEdits,
  byteEdits,
  decodes,
  structuralEdits,
  type ByteEdit,
  type StructuralEdit,
} from './support/mutants.js';
import { FIXTURE_NAMES, fixture, ROOT, watFile } from './support/paths.js';
import { rewriteTopLevel } from './support/rewrite.js';
import { assembleWat, wasmToolsValidate } from './support/wasm-tools.js';
import { seedProperties } from './support/property-seed.js';

seedProperties();

// Issue 15, item 3: whatever a component holds, the generator either handles it or says, in one
// line, what in the input it cannot handle (exit 2). Exit 3 ("internal error") is for our bugs.
//
// Thousands of mutants go through the cheap stages in process: decode (reader and name check),
// the check gate with its reports, the plan under one to three policies (with the adapter's
// WIT), and composition with generated adapters (and with its plug or root partner). The full
// virtualize (binaryen, jco's componentEmbed and componentNew, ~100 ms a call) runs on 200
// mutants the plan gives an adapter to. WASI_VIRT_MUTANT_STATS=1 prints how far mutants got.
// Nothing here measures time: the reader bounds nesting, signatures bound their rendering
// (SIGNATURE_BUDGET), type resolution bounds its hops, so jest's timeout catches a hang.

/** Hand-written components in __tests__/wat: shapes the fixtures lack (func, component and type-only imports, non-WASI interfaces). */
const WAT_SEEDS = [
  'grammar',
  'env-two-versions',
  'http-client',
  'http-proxy',
  'merge-root',
  'merge-plug',
  'split-root',
  'streams-plug',
];
const SEEDS = [...FIXTURE_NAMES, ...WAT_SEEDS];
const fixtures = new Map<string, Uint8Array>(
  FIXTURE_NAMES.map((name) => [name, readFileSync(fixture(name))]),
);
beforeAll(async () => {
  for (const name of WAT_SEEDS) fixtures.set(name, await assembleWat(watFile(`${name}.wat`)));
});
const MOUNTED = join(ROOT, '__tests__', 'conformance', 'trees', 'www');

/** Policies from deny-all to allow-all, through each subsystem's modes, as CLI flags give them. */
const POLICY_FLAGS: Partial<VirtFlags>[] = [
  {},
  { allowAll: 'true' },
  { allowAll: 'true', stdio: 'ignore' },
  { allowEnv: 'HOME', env: ['A=1'], arg: ['x'] },
  { allowStdio: 'true', allowFs: 'true' },
  { stdout: 'allow', mount: [`/data=${MOUNTED}`] },
  { allowClocks: 'true', allowRandom: 'true', allowExit: 'true', stdio: 'ignore' },
  { allowSockets: 'true', allowHttp: 'true', stdout: 'allow' },
  { allowSockets: 'tcp://10.0.0.0/8:5432,*://db.internal:*', stdin: 'ignore' },
  { allowHttp: 'true', allowFs: 'true', stdin: 'ignore' },
  { config: ['k=v'], debug: true },
];
const POLICIES: Policy[] = POLICY_FLAGS.map((flags) =>
  applyPatches(denyAllPolicy(), patchFromFlags({ ...noFlags(), ...flags })),
);

/** Rule sets for the check gate: none, import-free, an allow list with function rules. */
const RULES: ImportRules[] = [
  { allow: [], deny: [] },
  { allow: [], deny: ['*'] },
  { allow: ['wasi:*', 'run'], deny: ['wasi:cli/environment#get-environment', 'wasi:sockets/*'] },
  { allow: ['wasi:io/*', 'wasi:cli/*#get-*', 'wasi:http/*@^0.2.3'], deny: [] },
].map((policy) => importRulesFrom([{ policy, allowLabel: '--allow', denyLabel: '--deny' }]));

/** Plugs and the roots they compose into (as compose.test.ts composes them). */
const PARTNERS: Record<string, { role: 'root' | 'plug'; partner: string }> = {
  'env-args': { role: 'root', partner: 'env-plug' },
  'env-plug': { role: 'plug', partner: 'env-args' },
  'clocks-random': { role: 'root', partner: 'clock-plug' },
  'clock-plug': { role: 'plug', partner: 'clocks-random' },
  'stdout-root': { role: 'root', partner: 'stream-plug' },
  'stream-plug': { role: 'plug', partner: 'stdout-root' },
  'merge-root': { role: 'root', partner: 'merge-plug' },
  'merge-plug': { role: 'plug', partner: 'merge-root' },
  'split-root': { role: 'root', partner: 'streams-plug' },
  'streams-plug': { role: 'plug', partner: 'split-root' },
};

/** How far mutants got: `<kind> <stage>` → outcome → count. */
const reached = new Map<string, { ok: number; refused: number }>();
const tally = (stage: string, outcome: 'ok' | 'refused') => {
  const counts = reached.get(stage) ?? { ok: 0, refused: 0 };
  counts[outcome]++;
  reached.set(stage, counts);
};

/** Mutants of a kind reached every stage, got through and were refused: the property is not vacuous. */
function expectReached(kind: string): void {
  for (const stage of ['decode', 'check', 'plan', 'compose'])
    expect(reached.get(`${kind} ${stage}`)?.ok ?? 0).toBeGreaterThan(50);
  expect(reached.get(`${kind} plan`)?.refused ?? 0).toBeGreaterThan(50);
}

/**
 * Runs one stage on a mutant: it must succeed, or throw what the CLI reports as an input
 * error (exit 2, one line). Whether it succeeded.
 */
async function succeedsOrRefuses(stage: string, run: () => unknown): Promise<boolean> {
  try {
    await run();
    tally(stage, 'ok');
    return true;
  } catch (error) {
    let stderr = '';
    const code = reportError(error, { stdout: () => {}, stderr: (text) => (stderr += text) });
    if (code !== ExitCode.usage)
      throw new Error(`${stage}: internal error (exit ${code}): ${(error as Error)?.stack}`, {
        cause: error,
      });
    expect(stderr).toMatch(/^wasi-virt: error: [^\n]+\n$/);
    tally(stage, 'refused');
    return false;
  }
}

let fullAdapter: Promise<ComposeInput> | undefined;
const ownAdapters = new Map<string, Promise<ComposeInput | undefined>>();

/** The adapter generated for a fixture, under the first policy that generates one (proxies need HTTP). */
async function ownAdapter(name: string): Promise<ComposeInput | undefined> {
  for (const policy of POLICIES) {
    const app = { bytes: fixtures.get(name)!, label: name };
    const generated = await virtualize({ policy, app }).catch((error: unknown) => {
      if (error instanceof UserInputError) return undefined;
      throw error;
    });
    if (generated?.adapter) return { bytes: generated.adapter.bytes(), label: `${name} adapter` };
  }
  return undefined;
}

/** Adapters to compose a fixture's mutants with: the one generated for the fixture, and one serving every interface. */
async function adaptersFor(name: string): Promise<ComposeInput[]> {
  fullAdapter ??= virtualize({ policy: POLICIES[0]! }).then((g) => ({
    bytes: g.adapter!.bytes(),
    label: 'full adapter',
  }));
  if (!ownAdapters.has(name)) ownAdapters.set(name, ownAdapter(name));
  return [await fullAdapter, await ownAdapters.get(name)].filter((a) => a !== undefined);
}

/** The mutant composed with its plug partner (as root) or into its root partner (as plug). */
function composeWithPartner(name: string, mutant: ComposeInput): void {
  const pairing = PARTNERS[name];
  if (!pairing) return;
  const partner = { bytes: fixtures.get(pairing.partner)!, label: pairing.partner };
  if (pairing.role === 'root') compose(mutant, [partner]);
  else compose(partner, [mutant]);
}

/** Decode, check, plan under `policies`, compose: the stages cheap enough for thousands. */
async function throughCheapStages(
  kind: 'bytes' | 'structure',
  name: string,
  bytes: Uint8Array,
  policies: Policy[],
): Promise<void> {
  const label = `${name}-mutant.wasm`;
  const stage = (what: string, run: () => unknown) => succeedsOrRefuses(`${kind} ${what}`, run);
  let component: Component | undefined;
  const decoded = await stage('decode', () => {
    component = decodeComponent(label, bytes);
  });
  if (!decoded || !component) return;
  const app = component;
  await stage('check', () => {
    const imports = describeComponent(app).imports;
    for (const rules of RULES) {
      const result = checkImports(imports, rules);
      const report = {
        component: label,
        size: bytes.length,
        sha256: '',
        rules: { allow: [], deny: [] },
        result,
      };
      for (const format of reportFormats) renderCheck(report, format);
    }
  });
  for (const policy of policies)
    await stage('plan', async () => adapterWit(await planAdapter(policy, app)));
  const mutant = { bytes, label, component: app };
  for (const adapter of await adaptersFor(name))
    await stage('compose', () => compose(mutant, [adapter]));
  await stage('compose', () => composeWithPartner(name, mutant));
}

/** Whether the mutant decodes with valid names and the plan under `policy` serves something. */
async function needsAdapter(bytes: Uint8Array, policy: Policy): Promise<boolean> {
  try {
    const plan = await planAdapter(policy, decodeComponent('mutant.wasm', bytes));
    return plan.interfaces.length > 0;
  } catch (error) {
    if (error instanceof UserInputError) return false;
    throw error;
  }
}

const aFixture = fc.constantFrom(...SEEDS);
const aPolicy = fc.constantFrom(...POLICIES);
/** A few policies to plan under: planning is the dearest of the cheap stages (the adapter's reachable host calls are found with binaryen). */
const somePolicies = fc.subarray(POLICIES, { minLength: 1, maxLength: 3 });

/** A fixture and the edits that make a mutant of it (which may no longer decode). */
type Mutant = { name: string } & (
  { kind: 'bytes'; edits: ByteEdit[] } | { kind: 'structure'; edits: StructuralEdit[] }
);
const byteMutant: fc.Arbitrary<Mutant> = fc.record({
  kind: fc.constant('bytes' as const),
  name: aFixture,
  edits: byteEdits,
});
const structuralMutant: fc.Arbitrary<Mutant> = fc.record({
  kind: fc.constant('structure' as const),
  name: aFixture,
  edits: structuralEdits,
});

function mutantBytes(mutant: Mutant): Uint8Array {
  const original = fixtures.get(mutant.name)!;
  return mutant.kind === 'bytes'
    ? applyByteEdits(original, mutant.edits)
    : applyStructuralEdits(original, mutant.edits);
}

/** Mutants of one kind that decode, through the cheap stages. */
async function cheapStagesHold(mutants: fc.Arbitrary<Mutant>): Promise<void> {
  await fc.assert(
    fc.asyncProperty(mutants, somePolicies, async (mutant, policies) => {
      const bytes = mutantBytes(mutant);
      fc.pre(decodes(bytes));
      await throughCheapStages(mutant.kind, mutant.name, bytes, policies);
    }),
    { numRuns: 1200 },
  );
}

describe('mutated components: every stage succeeds or reports an input error', () => {
  afterAll(() => {
    if (process.env.WASI_VIRT_MUTANT_STATS) console.log(Object.fromEntries(reached));
  });

  it('byte-level mutants that still decode: decode, check, plan, compose', async () => {
    await cheapStagesHold(byteMutant);
    expectReached('bytes');
  }, 300_000);

  it('structure-aware mutants (renamed, re-versioned, dropped and retyped imports, exports and members): decode, check, plan, compose', async () => {
    await cheapStagesHold(structuralMutant);
    expectReached('structure');
  }, 300_000);

  it('a few hundred mutants through the whole virtualize pipeline, under any policy', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(byteMutant, structuralMutant), aPolicy, async (mutant, policy) => {
        const bytes = mutantBytes(mutant);
        // The cheap stages cover refusals: here only mutants the plan gives an adapter to.
        fc.pre(decodes(bytes) && (await needsAdapter(bytes, policy)));
        const label = `${mutant.name}-mutant.wasm`;
        await succeedsOrRefuses('virtualize', async () => {
          const component = decodeComponent(label, bytes);
          const app = { path: label, bytes, sha256: '', component };
          const { generated } = await virtualizeAndVerify({ policy, app });
          if (generated.adapter) tally('adapter composed', 'ok');
        });
      }),
      { numRuns: 200 },
    );
    expect(reached.get('adapter composed')?.ok ?? 0).toBeGreaterThan(100);
  }, 300_000);
});

/** The bytes with the first occurrence of `from` replaced by `to`, of the same length: a byte patch that keeps every size. */
function patchText(bytes: Uint8Array, from: string, to: string): Uint8Array {
  expect(to.length).toBe(from.length);
  const at = Buffer.from(bytes).indexOf(from);
  expect(at).toBeGreaterThan(0);
  const patched = new Uint8Array(bytes);
  patched.set(new TextEncoder().encode(to), at);
  return patched;
}

/** The component with the import whose name starts with `prefix` renamed. */
const renameImport = (bytes: Uint8Array, prefix: string, to: string) =>
  rewriteTopLevel(bytes, {
    import: (i) => (i.name.name.startsWith(prefix) ? { ...i, name: { ...i.name, name: to } } : i),
  });

/** What the deny-all plan says of a component: the input error's message. */
async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await planAdapter(denyAllPolicy(), decodeComponent('mutant.wasm', bytes)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserInputError);
  return (error as Error).message;
}

/**
 * A component importing wasi:cli/environment whose get-environment takes a type that doubles
 * at each of 40 levels (`tuple<t, t>`): a few hundred bytes, a 2^40-node type. wasm-tools
 * refuses it ("effective type size exceeds the limit"); composing must not try to render it.
 */
function doublingTypes(where: 'top-level' | 'instance'): Promise<Uint8Array> {
  const levels = Array.from({ length: 40 }, (_, i) => `(type $t${i + 1} (tuple $t${i} $t${i}))`);
  const chain = ['(type $t0 (tuple u8 u8))', ...levels].join('\n');
  const instance = (deep: string) =>
    `(type $f (func (param "x" ${deep}))) (export "get-environment" (func (type $f)))`;
  return parse(
    where === 'top-level'
      ? `(component ${chain} (type $i (instance (alias outer 1 $t40 (type $deep)) ${instance('$deep')}))
           (import "wasi:cli/environment@0.2.12" (instance (type $i))))`
      : `(component (type $i (instance ${chain} ${instance('$t40')}))
           (import "wasi:cli/environment@0.2.12" (instance (type $i))))`,
  );
}

describe('regressions: internal errors the mutants found', () => {
  it('a proxy that imports the filesystem without directory-entry-stream, around virtual I/O (valid input)', async () => {
    // Was: componentNew failed on the adapter's import of [resource-new]directory-entry-stream.
    const app = fixtures.get('http-static')!;
    const policy = POLICIES[2]!; // --allow-all --stdio=ignore
    const { output } = await virtualize({ policy, app: { bytes: app, label: 'http-static' } });
    await wasmToolsValidate(output!);
  });

  it('a WASI interface imported with a type WASI does not have (one flipped byte)', async () => {
    // Was: jco's componentEmbed failed on the adapter's WIT ("name `ip-address-family` does not exist").
    const app = patchText(fixtures.get('net-echo')!, 'ip-address-family', 'ip-addrmss-family');
    expect(await refusal(app)).toBe(
      "the component imports wasi:sockets/network@0.2.12 with type(s) ip-addrmss-family, which WASI's wasi:sockets/network does not have: leave wasi:sockets/network to the host with the policy, or rebuild the component against WASI's WIT",
    );
  });

  it('a WASI interface imported without the interface its types come from', async () => {
    // Was: componentEmbed failed ("interface `wasi:cli/stdin@0.2.12` transitively depends on an
    // interface in incompatible ways").
    const app = renameImport(
      fixtures.get('write-file')!,
      'wasi:io/streams',
      'wasi:keyvalue/store@0.2.0-draft',
    );
    expect(await refusal(app)).toBe(
      "the component imports wasi:cli/stdin@0.2.12 with type(s) input-stream, which WASI defines in wasi:io/streams, but it does not import wasi:io/streams: leave wasi:cli/stdin to the host with the policy, or rebuild the component against WASI's WIT",
    );
  });

  it('a WASI interface imported without a type another import borrows from it', async () => {
    // Was: componentEmbed failed on the adapter's WIT ("name `network` does not exist"): the
    // import of wasi:sockets/network names its resource `error`, instance-network still uses
    // `network` (found when a fixture more moved the property's samples).
    const app = applyStructuralEdit(fixtures.get('sockets-probe')!, {
      kind: 'rename-member',
      at: 3,
      member: 0,
      name: 'error',
    });
    expect(await refusal(app)).toMatch(
      /^the component imports wasi:sockets\/instance-network@0\.2\.12 with type\(s\) from wasi:sockets\/network that its import of wasi:sockets\/network@0\.2\.12 does not have \(network\): /,
    );
  });

  it('a function imported under the name of a WASI interface', async () => {
    // Was: the plan served the whole wasi:http/types for it, and componentEmbed failed on the
    // adapter's WIT ("`wasi:http/types@0.2.3` transitively depends on an interface in incompatible ways").
    const app = renameImport(fixtures.get('grammar')!, 'plain-func', 'wasi:http/types');
    expect(await refusal(app)).toBe(
      "the component imports wasi:http/types as a func, but WASI's wasi:http/types is an interface (an instance): leave wasi:http/types to the host with the policy, or rebuild the component against WASI's WIT",
    );
  });

  it.each(['top-level', 'instance'] as const)(
    'an import whose type shares subtypes 2^40 times over (%s types) is refused as wasm-tools refuses it',
    async (where) => {
      // Was: a hang (signatures rendered every path through the shared types) or a RangeError.
      // The reader now refuses it by its effective type size; signatures.ts stays bounded too.
      const app = await doublingTypes(where);
      const plug = { bytes: fixtures.get('env-plug')!, label: 'env-plug' };
      expect(() => compose({ bytes: app, label: 'doubling' }, [plug])).toThrow(
        /effective size exceeds the limit of 1000000/,
      );
    },
  );
});
