import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { WasmDecodeError } from '../component/errors.js';
import { readComponent, type Component } from '../component/read-component.js';
import { UserInputError } from '../errors.js';

export interface LoadedComponent {
  path: string;
  bytes: Uint8Array;
  sha256: string;
  component: Component;
}

/** Reads and decodes a component file, turning every kind of bad input into one clear message. */
export async function loadComponentFile(path: string): Promise<LoadedComponent> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new UserInputError(`'${path}' is a directory; give the path of a component .wasm file`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserInputError(`'${path}' does not exist; check the component path`);
    if (code === 'EACCES')
      throw new UserInputError(`'${path}' is not readable (permission denied)`);
    throw new UserInputError(`cannot read '${path}': ${code ?? (error as Error).message}`);
  }
  return {
    path,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    component: decode(path, bytes),
  };
}

function decode(path: string, bytes: Uint8Array): Component {
  try {
    return readComponent(bytes);
  } catch (error) {
    if (error instanceof WasmDecodeError)
      throw new UserInputError(`'${path}' is not a valid component: ${error.message}`);
    throw error;
  }
}
