import { describe, expect, it } from '@jest/globals';
import type { ExternItem } from '../src/inspect/component-interface.js';
import { parseInterfaceName } from '../src/inspect/interface-name.js';
import { matchesFunction, matchesInterface, parsePattern } from '../src/verify/pattern.js';

const item = (name: string): ExternItem => {
  const parsed = parseInterfaceName(name);
  return { name, kind: 'instance', ...(parsed ? { interface: parsed } : {}), offset: 0 };
};

describe('interface names', () => {
  it.each([
    [
      'wasi:cli/environment@0.2.12',
      {
        namespace: 'wasi',
        package: 'cli',
        interface: 'environment',
        version: '0.2.12',
        id: 'wasi:cli/environment',
      },
    ],
    [
      'wasi:http/types@0.3.0-rc-2025-08-15',
      { version: '0.3.0-rc-2025-08-15', id: 'wasi:http/types' },
    ],
    [
      'my-org:my-pkg/api',
      { namespace: 'my-org', package: 'my-pkg', interface: 'api', id: 'my-org:my-pkg/api' },
    ],
    ['a:b:c/d/e@1.0.0', { namespace: 'a:b', package: 'c', interface: 'd/e', id: 'a:b:c/d/e' }],
  ])('%s parses', (name, expected) => {
    expect(parseInterfaceName(name)).toMatchObject(expected);
  });

  it.each([
    'run',
    '[method]descriptor.read',
    'wasi:cli',
    'wasi/cli',
    'Wasi:cli/x',
    'wasi:cli/environment@',
    '',
  ])('%s is not an interface name', (name) => {
    expect(parseInterfaceName(name)).toBeUndefined();
  });
});

describe('import patterns', () => {
  it('* crosses : and / but other characters are literal', () => {
    expect(matchesInterface(parsePattern('*', 't'), item('run'))).toBe(true);
    expect(matchesInterface(parsePattern('wasi:*', 't'), item('wasi:cli/exit@0.2.0'))).toBe(true);
    expect(matchesInterface(parsePattern('wasi:cli/e*', 't'), item('wasi:cli/exit@0.2.0'))).toBe(
      true,
    );
    expect(matchesInterface(parsePattern('wasi:cli/exit', 't'), item('wasi:cli/exitx@0.2.0'))).toBe(
      false,
    );
    expect(matchesInterface(parsePattern('wasi.cli/*', 't'), item('wasixcli/exit'))).toBe(false);
    expect(
      matchesInterface(parsePattern('wasi:filesystem/*', 't'), item('wasi:cli/exit@0.2.0')),
    ).toBe(false);
  });

  it('a version range needs a versioned import that satisfies it, prereleases included', () => {
    const range = parsePattern('wasi:http/*@^0.3.0-rc', 't');
    expect(matchesInterface(range, item('wasi:http/types@0.3.0-rc-2025-08-15'))).toBe(true);
    expect(matchesInterface(range, item('wasi:http/types@0.2.0'))).toBe(false);
    expect(matchesInterface(parsePattern('*@0.2.*', 't'), item('run'))).toBe(false);
  });

  it('a function part is a glob over function names', () => {
    const methods = parsePattern('wasi:filesystem/types#[method]descriptor.*', 't');
    expect(matchesFunction(methods, '[method]descriptor.read')).toBe(true);
    expect(matchesFunction(methods, 'filesystem-error-code')).toBe(false);
    expect(matchesFunction(parsePattern('wasi:cli/*', 't'), 'anything')).toBe(true);
  });

  it.each([
    ['', /interface part is empty/],
    ['@0.2.*', /interface part is empty/],
    ['wasi:cli/*@', /'' is not a semver range/],
    ['wasi:cli/*@banana', /'banana' is not a semver range/],
    ['wasi:cli/environment#', /function after # must be/],
    ['wasi:cli/environment#a#b', /function after # must be/],
    ['wasi cli', /whitespace/],
  ])('%j is rejected', (text, message) => {
    expect(() => parsePattern(text, '--deny')).toThrow(message);
  });
});
