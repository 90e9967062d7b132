/** A decoding failure at a known byte offset of the input. */
export class WasmDecodeError extends Error {
  override readonly name = 'WasmDecodeError';
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {
    super(`${problem} (at byte offset ${offset}, 0x${offset.toString(16)})`);
  }
}
