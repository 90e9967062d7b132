import type { WasiInterface } from './wasi-package.js';
import { wasiPackage } from './wasi-package.js';

const http = wasiPackage('http', 'http');

const headerResult = (ok: string) => `result<${ok}, header-error>`;
const codeResult = (ok: string) => `result<${ok}, error-code>`;

/** A request's or a response's headers and its body, taken once. */
const messageParts = (resource: string) => ({
  [`[constructor]${resource}`]: 'func(headers: headers)',
  [`[method]${resource}.headers`]: 'func() -> headers',
  [`[method]${resource}.body`]: 'func() -> result<outgoing-body>',
});

/** A request option's getter and setter. */
const timeout = (name: string) => ({
  [`[method]request-options.${name}`]: 'func() -> option<duration>',
  [`[method]request-options.set-${name}`]: 'func(duration: option<duration>) -> result',
});

/** An optional string or variant of an outgoing request: getter and setter. */
const requestPart = (name: string, type: string) => ({
  [`[method]outgoing-request.${name}`]: `func() -> ${type}`,
  [`[method]outgoing-request.set-${name}`]: `func(${name}: ${type}) -> result`,
});

/**
 * Resources only a proxy gets, from the host's call of its incoming-handler:
 * the adapter forwards their functions only when the app is a proxy around
 * virtualized I/O (VirtPlan.proxy); otherwise they stay traps.
 */
export const PROXY_RESOURCES = ['incoming-request', 'response-outparam'];
/** The interface that defines them. */
export const PROXY_TYPES = 'wasi:http/types';

/**
 * The adapter's core exports that wrap an own host handle of each proxy
 * resource (in the adapter's instance) as an own adapter handle: `(i32) -> i32`,
 * kept in the specialised adapter only for a proxy.
 */
export const BRIDGE_EXPORTS = PROXY_RESOURCES.map((r) => `wasi-virt-bridge#wrap-${r}`);

/** The resource a function belongs to (`[method]fields.get` → fields), if any. */
export const resourceOf = (fn: string) => /^\[[a-z-]+\]([a-z-]+)/.exec(fn)?.[1];

/** What only a request the host received or a response it fetched has: never served by a denying adapter. */
const incoming = (resource: string) => ({
  [`[method]${resource}.headers`]: 'func() -> headers',
  [`[method]${resource}.consume`]: 'func() -> result<incoming-body>',
});

/**
 * The WASI 0.2 HTTP client interfaces (`wasi:http/incoming-handler` is an app's
 * export, never served). The adapter serves them when the policy denies HTTP:
 * fields, outgoing requests and responses, bodies and request options behave
 * as a real host's up to the send, and `handle` fails with HTTP-request-denied,
 * so no incoming request, response, body or future ever exists.
 * `response-outparam.send-informational` is left out: it is `@unstable`.
 */
export const WASI_HTTP_INTERFACES: WasiInterface[] = [
  http('types', {
    // In dependency order: the WIT generator keeps a declaration only when a later one (or a function) mentions it.
    types: [
      'use wasi:clocks/monotonic-clock@{version}.{duration};',
      'use wasi:io/streams@{version}.{input-stream, output-stream};',
      'use wasi:io/error@{version}.{error as io-error};',
      'use wasi:io/poll@{version}.{pollable};',
      'variant method { get, head, post, put, delete, connect, options, trace, patch, other(string) }',
      'variant scheme { HTTP, HTTPS, other(string) }',
      'record DNS-error-payload { rcode: option<string>, info-code: option<u16> }',
      'record TLS-alert-received-payload { alert-id: option<u8>, alert-message: option<string> }',
      'record field-size-payload { field-name: option<string>, field-size: option<u32> }',
      'variant error-code { DNS-timeout, DNS-error(DNS-error-payload), destination-not-found, destination-unavailable, destination-IP-prohibited, destination-IP-unroutable, connection-refused, connection-terminated, connection-timeout, connection-read-timeout, connection-write-timeout, connection-limit-reached, TLS-protocol-error, TLS-certificate-error, TLS-alert-received(TLS-alert-received-payload), HTTP-request-denied, HTTP-request-length-required, HTTP-request-body-size(option<u64>), HTTP-request-method-invalid, HTTP-request-URI-invalid, HTTP-request-URI-too-long, HTTP-request-header-section-size(option<u32>), HTTP-request-header-size(option<field-size-payload>), HTTP-request-trailer-section-size(option<u32>), HTTP-request-trailer-size(field-size-payload), HTTP-response-incomplete, HTTP-response-header-section-size(option<u32>), HTTP-response-header-size(field-size-payload), HTTP-response-body-size(option<u64>), HTTP-response-trailer-section-size(option<u32>), HTTP-response-trailer-size(field-size-payload), HTTP-response-transfer-coding(option<string>), HTTP-response-content-coding(option<string>), HTTP-response-timeout, HTTP-upgrade-failed, HTTP-protocol-error, loop-detected, configuration-error, internal-error(option<string>) }',
      'variant header-error { invalid-syntax, forbidden, immutable }',
      'type field-key = string;',
      'type field-name = field-key;',
      'type field-value = list<u8>;',
      'resource fields',
      'type headers = fields;',
      'type trailers = fields;',
      'type status-code = u16;',
      'resource incoming-request',
      'resource outgoing-request',
      'resource request-options',
      'resource response-outparam',
      'resource incoming-response',
      'resource incoming-body',
      'resource future-trailers',
      'resource outgoing-response',
      'resource outgoing-body',
      'resource future-incoming-response',
    ],
    functions: {
      'http-error-code': 'func(err: borrow<io-error>) -> option<error-code>',
      '[constructor]fields': 'func()',
      '[static]fields.from-list': `func(entries: list<tuple<field-name, field-value>>) -> ${headerResult('fields')}`,
      '[method]fields.get': 'func(name: field-name) -> list<field-value>',
      '[method]fields.has': 'func(name: field-name) -> bool',
      '[method]fields.set': `func(name: field-name, value: list<field-value>) -> ${headerResult('_')}`,
      '[method]fields.delete': `func(name: field-name) -> ${headerResult('_')}`,
      '[method]fields.append': `func(name: field-name, value: field-value) -> ${headerResult('_')}`,
      '[method]fields.entries': 'func() -> list<tuple<field-name, field-value>>',
      '[method]fields.clone': 'func() -> fields',
      '[method]incoming-request.method': 'func() -> method',
      '[method]incoming-request.path-with-query': 'func() -> option<string>',
      '[method]incoming-request.scheme': 'func() -> option<scheme>',
      '[method]incoming-request.authority': 'func() -> option<string>',
      ...incoming('incoming-request'),
      ...messageParts('outgoing-request'),
      '[method]outgoing-request.method': 'func() -> method',
      '[method]outgoing-request.set-method': 'func(method: method) -> result',
      ...requestPart('path-with-query', 'option<string>'),
      ...requestPart('scheme', 'option<scheme>'),
      ...requestPart('authority', 'option<string>'),
      '[constructor]request-options': 'func()',
      ...timeout('connect-timeout'),
      ...timeout('first-byte-timeout'),
      ...timeout('between-bytes-timeout'),
      '[static]response-outparam.set': `func(param: response-outparam, response: ${codeResult('outgoing-response')})`,
      '[method]incoming-response.status': 'func() -> status-code',
      ...incoming('incoming-response'),
      '[method]incoming-body.stream': 'func() -> result<input-stream>',
      '[static]incoming-body.finish': 'func(this: incoming-body) -> future-trailers',
      '[method]future-trailers.subscribe': 'func() -> pollable',
      '[method]future-trailers.get': `func() -> option<result<${codeResult('option<trailers>')}>>`,
      ...messageParts('outgoing-response'),
      '[method]outgoing-response.status-code': 'func() -> status-code',
      '[method]outgoing-response.set-status-code': 'func(status-code: status-code) -> result',
      '[method]outgoing-body.write': 'func() -> result<output-stream>',
      '[static]outgoing-body.finish': `func(this: outgoing-body, trailers: option<trailers>) -> ${codeResult('_')}`,
      '[method]future-incoming-response.subscribe': 'func() -> pollable',
      '[method]future-incoming-response.get': `func() -> option<result<${codeResult('incoming-response')}>>`,
    },
    uses: ['wasi:clocks/monotonic-clock', 'wasi:io/streams', 'wasi:io/error', 'wasi:io/poll'],
  }),
  http('outgoing-handler', {
    types: ['use types.{outgoing-request, request-options, future-incoming-response, error-code};'],
    functions: {
      handle: `func(request: outgoing-request, options: option<request-options>) -> ${codeResult('future-incoming-response')}`,
    },
    uses: ['wasi:http/types'],
  }),
];
