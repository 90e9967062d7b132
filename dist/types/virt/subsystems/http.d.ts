import { type Subsystem } from './subsystem.js';
/**
 * wasi:http's client interfaces (`wasi:http/incoming-handler` is an app's export, never
 * served): allowed and with I/O left to the host, untouched; allowed around the adapter's
 * I/O, forwarded (a proxy's request and outparam only when the app is one); denied, served by
 * the adapter: fields, outgoing requests and responses, bodies and request options behave as a
 * real host's up to the send, and `handle` fails with HTTP-request-denied. With
 * `--allow-http=PATTERNS` the adapter forwards (it owns I/O) and `handle` checks each request's
 * scheme and authority against the patterns first.
 */
export declare const http: Subsystem;
