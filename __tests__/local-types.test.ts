import { describe, expect, it } from '@jest/globals';
import type { DefValType } from '../src/component/ast.js';
import { isPlainValueType, type LocalType } from '../src/component/read/local-types.js';

const defined = (def: DefValType): LocalType => ({ def: { kind: 'defined', def } });
const record = defined({ kind: 'record', fields: [{ name: 'x', type: { prim: 'u8' } }] });

describe('plain value types (the composer defines them again instead of importing them)', () => {
  it('a type that uses one record twice is plain', () => {
    // Was: the second use of the record was taken for a loop, so tuple<r, r> was not plain.
    const locals = [
      record,
      defined({ kind: 'tuple', types: [{ typeIndex: 0 }, { typeIndex: 0 }] }),
    ];
    expect(isPlainValueType(locals, 1)).toBe(true);
  });

  it('a type with a handle anywhere inside is not, however often its parts repeat', () => {
    const locals: LocalType[] = [
      { resource: true },
      defined({ kind: 'own', typeIndex: 0 }),
      defined({ kind: 'tuple', types: [{ typeIndex: 1 }, { prim: 'u8' }] }),
    ];
    // A chain of 60 types each using the one before twice: 2^60 paths, judged once each.
    for (let i = 0; i < 60; i++)
      locals.push(
        defined({
          kind: 'tuple',
          types: [{ typeIndex: locals.length - 1 }, { typeIndex: locals.length - 1 }],
        }),
      );
    expect(isPlainValueType(locals, locals.length - 1)).toBe(false);
    const plainChain: LocalType[] = [record];
    for (let i = 0; i < 60; i++)
      plainChain.push(defined({ kind: 'tuple', types: [{ typeIndex: i }, { typeIndex: i }] }));
    expect(isPlainValueType(plainChain, 60)).toBe(true);
  });

  it('a type that refers to itself (hostile: indices refer backwards) is not plain, and ends', () => {
    const locals = [defined({ kind: 'option', type: { typeIndex: 0 } })];
    expect(isPlainValueType(locals, 0)).toBe(false);
  });
});
