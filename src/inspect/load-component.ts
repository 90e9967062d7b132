import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { WasmDecodeError } from '../component/errors.js';
import { readComponent, type Component } from '../component/read/read-component.js';
import { UserInputError } from '../errors.js';
import { parseByteSize } from '../byte-size.js';
import { withSha256 } from '../digest.js';
import { escapeControl } from '../escape.js';
import { describeComponent } from './component-interface.js';
import { findInvalidName } from './extern-name.js';

export interface LoadedComponent {
  path: string;
  bytes: Uint8Array;
  /** Computed when first read. */
  readonly sha256: string;
  component: Component;
}

/** The largest component read by default (2 GiB); WASI_VIRT_MAX_COMPONENT_SIZE changes it. */
export const DEFAULT_MAX_COMPONENT_SIZE = 2 ** 31;

/**
 * Reads a component file's bytes. Only a regular file is read (a FIFO is opened
 * without blocking and refused, as are devices such as /dev/zero), and only up to
 * `maxSize` bytes, checked before reading.
 */
async function readRegularFile(path: string, maxSize: number): Promise<Uint8Array> {
  const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await file.stat();
    if (info.isDirectory())
      throw new UserInputError(`'${path}' is a directory; give the path of a component .wasm file`);
    if (!info.isFile())
      throw new UserInputError(
        `'${path}' is not a regular file (a device, FIFO or socket); give the path of a component .wasm file`,
      );
    if (info.size > maxSize)
      throw new UserInputError(
        `'${path}' is ${info.size} bytes, over the ${maxSize}-byte limit for a component; raise WASI_VIRT_MAX_COMPONENT_SIZE if it is really one`,
      );
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await file.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled !== bytes.length)
      throw new UserInputError(`'${path}' changed while it was read; read it again`);
    return bytes;
  } finally {
    await file.close();
  }
}

/** WASI_VIRT_MAX_COMPONENT_SIZE (bytes, or with K/M/G), else the default. */
export function maxComponentSize(env: NodeJS.ProcessEnv): number {
  const value = env.WASI_VIRT_MAX_COMPONENT_SIZE;
  return value ? parseByteSize('WASI_VIRT_MAX_COMPONENT_SIZE', value) : DEFAULT_MAX_COMPONENT_SIZE;
}

/** Why a component file could not be read, and what to do, by the system's error code. */
const UNREADABLE = new Map(
  Object.entries({
    ENOENT: 'does not exist; check the component path',
    EACCES: 'is not readable (permission denied); make it readable or copy it',
    EISDIR: 'is a directory; give the path of a component .wasm file',
    ENOTDIR: 'names a directory inside something that is not one; check the component path',
    ENAMETOOLONG: 'is longer than the system allows; give a shorter path',
    ELOOP: 'goes through too many symbolic links; give the real path',
  }),
);

/** Reads and decodes a component file, turning every kind of bad input into one clear message. */
export async function loadComponentFile(
  path: string,
  maxSize = maxComponentSize(process.env),
): Promise<LoadedComponent> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(path, maxSize);
  } catch (error) {
    if (error instanceof UserInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code ? UNREADABLE.get(code) : undefined;
    throw new UserInputError(
      why
        ? `'${path}' ${why}`
        : `cannot read '${path}' (${code ?? (error as Error).message}); check the path and its permissions`,
    );
  }
  return withSha256({ path, bytes, component: decodeComponent(path, bytes) }, bytes);
}

/**
 * Decodes a component's bytes and checks its names: what every command does with its input
 * before anything else. A problem is a UserInputError naming `path`.
 */
export function decodeComponent(path: string, bytes: Uint8Array): Component {
  let component: Component;
  try {
    component = readComponent(bytes);
  } catch (error) {
    if (error instanceof WasmDecodeError)
      throw new UserInputError(
        `'${path}' is not a valid component: ${escapeControl(error.message)}`,
      );
    throw error;
  }
  checkNames(path, component);
  return component;
}

/** Refuses a component whose import, export or instance member names break the name grammar. */
function checkNames(path: string, component: Component): void {
  const described = describeComponent(component);
  const members = (item: { functions?: string[]; resources?: string[]; types?: string[] }) => [
    ...(item.functions ?? []),
    ...(item.resources ?? []),
    ...(item.types ?? []),
  ];
  const invalid = findInvalidName([
    ...component.imports.map((imp, i) => ({
      what: 'import' as const,
      name: imp.name,
      members: members(described.imports[i] ?? {}),
    })),
    ...component.exports.map((exp, i) => ({
      what: 'export' as const,
      name: exp.name,
      members: members(described.exports[i] ?? {}),
    })),
  ]);
  if (invalid)
    throw new UserInputError(
      `'${path}' is not a valid component: ${invalid.where} name '${escapeControl(invalid.name)}' is invalid: ${invalid.problem}`,
    );
}
