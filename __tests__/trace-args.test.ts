import { describe, expect, it } from '@jest/globals';
import { traceArgKinds } from '../src/virt/trace-args.js';
import { WASI_INTERFACES } from '../src/virt/wasi-interfaces.js';

const iface = (id: string) => WASI_INTERFACES.find((i) => i.id === id)!;

describe('--debug argument decoding', () => {
  it('finds a path among a method’s flags and handles (open-at, link-at)', () => {
    const types = iface('wasi:filesystem/types');
    // self, path-flags, path (ptr, len), open-flags, descriptor-flags
    expect(traceArgKinds(types, '[method]descriptor.open-at', 6)).toEqual([
      'value',
      'value',
      'string',
      'value',
      'value',
      'value',
    ]);
    // self, old-path-flags, old-path, new-descriptor, new-path
    expect(traceArgKinds(types, '[method]descriptor.link-at', 7)).toEqual([
      'value',
      'value',
      'string',
      'value',
      'value',
      'string',
      'value',
    ]);
  });

  it('shows byte lists by length, and a variant as its joined flat values', () => {
    const streams = iface('wasi:io/streams');
    expect(traceArgKinds(streams, '[method]output-stream.write', 3)).toEqual([
      'value',
      'bytes',
      'value',
    ]);
    // set-times-at: self, path-flags, path, then two new-timestamps (case, seconds, nanoseconds)
    const kinds = traceArgKinds(
      iface('wasi:filesystem/types'),
      '[method]descriptor.set-times-at',
      10,
    );
    expect(kinds.slice(0, 4)).toEqual(['value', 'value', 'string', 'value']);
    expect(kinds.slice(4)).toEqual(Array(6).fill('value'));
  });

  it('decodes strings and byte lists behind type aliases (wasi:http field-name, field-value)', () => {
    // append: self, name (field-name = field-key = string), value (field-value = list<u8>)
    expect(traceArgKinds(iface('wasi:http/types'), '[method]fields.append', 5)).toEqual([
      'value',
      'string',
      'value',
      'bytes',
      'value',
    ]);
  });

  it('leaves everything a value when the parameters travel through memory (over 16 flat)', () => {
    expect(traceArgKinds(iface('wasi:filesystem/types'), '[method]descriptor.open-at', 1)).toEqual([
      'value',
    ]);
  });
});
