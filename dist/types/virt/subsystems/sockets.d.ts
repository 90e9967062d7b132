import { type Subsystem } from './subsystem.js';
/**
 * wasi:sockets: allowed and with I/O left to the host, untouched; allowed around the adapter's
 * I/O, forwarded (what the app calls, and the drops of the host's resources it holds); denied,
 * served by the adapter: the entry points (the instance network aside) fail with access-denied,
 * so no socket, lookup or datagram stream ever exists. With `--allow-sockets=PATTERNS` the
 * adapter forwards (it owns I/O) and checks binds, connects, sends and lookups against the
 * patterns first (adapter/src/sockets/allow.c).
 */
export declare const sockets: Subsystem;
