import { describe, expect, it } from '@jest/globals';
import { flatCount, layoutOf } from '../src/virt/abi-layout.js';
import { resultShape, shapeOf } from '../src/virt/trace-shapes.js';
import { WASI_INTERFACES } from '../src/virt/wasi-interfaces.js';
import { WitTypes } from '../src/virt/wit-types.js';

const iface = (id: string) => WASI_INTERFACES.find((i) => i.id === id)!;
const types = new WitTypes();
const resultOf = (id: string, fn: string) => types.resultOf(iface(id).functions[fn]!, iface(id))!;

describe('WIT types and canonical ABI layouts', () => {
  it('lays results out as the adapter’s C static asserts do', () => {
    // runtime/abi.h: result<list<u8>, stream-error> 12 bytes, result<u64, stream-error> 16
    expect(layoutOf(resultOf('wasi:io/streams', '[method]input-stream.read'))).toEqual({
      size: 12,
      align: 4,
    });
    expect(layoutOf(resultOf('wasi:io/streams', '[method]input-stream.skip'))).toEqual({
      size: 16,
      align: 8,
    });
    // fs/descriptors.c: descriptor-stat 96 bytes; result<descriptor-stat, error-code> 104
    expect(layoutOf(resultOf('wasi:filesystem/types', '[method]descriptor.stat'))).toEqual({
      size: 104,
      align: 8,
    });
    // net-echo.c: outgoing-datagram 44 bytes
    const udp = iface('wasi:sockets/udp');
    expect(layoutOf(types.parse('outgoing-datagram', udp))).toEqual({ size: 44, align: 4 });
  });

  it('follows use declarations, renames and aliases across interfaces', () => {
    const http = iface('wasi:http/types');
    expect(types.parse('io-error', http)).toEqual({ kind: 'handle' });
    expect(types.parse('field-name', http)).toEqual({ kind: 'string' });
    expect(types.parse('duration', http)).toEqual({ kind: 'int', size: 8, signed: false });
    expect(types.parse('ip-socket-address', iface('wasi:sockets/tcp')).kind).toBe('variant');
  });

  it('counts flat values as the canonical ABI does (variants join their cases)', () => {
    const tcp = iface('wasi:sockets/tcp');
    expect(flatCount(types.parse('ip-socket-address', tcp))).toBe(12);
    expect(
      flatCount(types.parse('result<tuple<input-stream, output-stream>, error-code>', tcp)),
    ).toBe(3);
    expect(flatCount(types.parse('bool', tcp))).toBe(1);
  });
});

describe('--debug result shapes', () => {
  it('describes a stream read: a result whose ok is bytes and whose err names its case', () => {
    expect(resultShape(resultOf('wasi:io/streams', '[method]input-stream.read'))).toEqual({
      shape: 'V14,2,ok|Lerr|V14,2,last-operation-failed|hclosed|_',
      indirect: true,
    });
  });

  it('passes single values directly, and has nothing for no result', () => {
    expect(resultShape(resultOf('wasi:io/poll', '[method]pollable.ready'))).toEqual({
      shape: 'b',
      indirect: false,
    });
    expect(resultShape(types.resultOf('func()', iface('wasi:io/poll')))).toBeUndefined();
  });

  it('gives record fields their offsets (descriptor-stat’s timestamps at 24)', () => {
    const stat = types.parse('descriptor-stat', iface('wasi:filesystem/types'));
    expect(shapeOf(stat)).toMatch(
      /^R6,0,type\|E18,.*8,link-count\|u816,size\|u824,data-access-timestamp\|V18,2,none\|_some\|R2,0,seconds\|u88,nanoseconds\|u4/,
    );
  });
});
