import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readComponent } from '../src/component/read/read-component.js';
import { describeComponent } from '../src/inspect/component-interface.js';
import { COMPONENT_PREAMBLE, uleb } from '../__tests__/support/bytes.js';
import { bigDataRoot } from './large-components.js';
import { measure, type Row } from './measure.js';

const ROOT = new URL('..', import.meta.url).pathname;

/** A component nesting `copies` copies of a real component: every copy is decoded in full. */
function nestCopies(inner: Uint8Array, copies: number): Uint8Array {
  const header = [4, ...uleb(inner.length)];
  const out = new Uint8Array(8 + copies * (header.length + inner.length));
  out.set(COMPONENT_PREAMBLE);
  let at = 8;
  for (let i = 0; i < copies; i++) {
    out.set(header, at);
    out.set(inner, at + header.length);
    at += header.length + inner.length;
  }
  return out;
}

export function benchReader(): Row[] {
  const fixture = readFileSync(join(ROOT, 'fixtures/env-args.wasm'));
  const inputs: [string, Uint8Array][] = [
    ['env-args fixture', fixture],
    ['nested x18 (~1 MB)', nestCopies(fixture, 18)],
    // 150 copies of 6 core modules stay under the reader's limit of 1,000 modules per component.
    ['nested x150 (~8.5 MB, 900 modules)', nestCopies(fixture, 150)],
    ['one 40 MB data segment', bigDataRoot(40e6)],
  ];
  return inputs.map(([name, bytes]) =>
    measure(`read + describe: ${name}`, bytes.length, () =>
      describeComponent(readComponent(bytes)),
    ),
  );
}
