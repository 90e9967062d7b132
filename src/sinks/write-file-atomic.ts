import { rmSync } from 'node:fs';
import {
  lstat,
  open,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import type { Bytes } from '../component/write/bytes.js';
import { basename, dirname, join } from 'node:path';
import { UserInputError } from '../errors.js';

/** Temporary files being written now, removed if the process is interrupted. */
const inFlight = new Set<string>();

function removeInFlight(signal: NodeJS.Signals): void {
  for (const temp of inFlight) rmSync(temp, { force: true });
  inFlight.clear();
  process.kill(process.pid, signal);
}
const onSigint = () => removeInFlight('SIGINT');
const onSigterm = () => removeInFlight('SIGTERM');

function track(temp: string): void {
  if (inFlight.size === 0) {
    process.once('SIGINT', onSigint);
    process.once('SIGTERM', onSigterm);
  }
  inFlight.add(temp);
}

function untrack(temp: string): void {
  inFlight.delete(temp);
  if (inFlight.size === 0) {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
  }
}

/**
 * Where a write to `path` lands: the path itself, or the file a symlink there
 * points to (so the link survives). A dangling link, a device or a FIFO is refused:
 * renaming over one would replace the node, and writing into one can block or
 * reach hardware.
 */
async function writeTarget(path: string): Promise<string> {
  const link = await lstat(path).catch(() => undefined);
  if (!link) return path;
  let target = path;
  if (link.isSymbolicLink()) {
    target = await realpath(path).catch(() => {
      throw new UserInputError(
        `cannot write '${path}': it is a symbolic link to a missing file; remove the link or give another path`,
      );
    });
  }
  const info = link.isSymbolicLink() ? await stat(target) : link;
  if (info.isDirectory()) throw new UserInputError(`cannot write '${path}': it is a directory`);
  if (!info.isFile())
    throw new UserInputError(
      `cannot write '${path}': it is a device, FIFO or socket, not a regular file; give a file path`,
    );
  return target;
}

/**
 * Writes a file so that readers see either the old file or the whole new one,
 * never a part. Through a symlink it replaces the link's target; the temporary
 * file is removed on error and on SIGINT/SIGTERM.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Bytes[],
): Promise<void> {
  const target = await writeTarget(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${uniqueSuffix()}.tmp`);
  track(temp);
  try {
    if (Array.isArray(data)) await writeChunks(temp, data);
    else await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserInputError(
        `cannot write '${path}': directory '${dirname(target)}' does not exist`,
      );
    if (code === 'EISDIR') throw new UserInputError(`cannot write '${path}': it is a directory`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new UserInputError(`cannot write '${path}': permission denied`);
    if (code === 'ENOSPC' || code === 'EDQUOT')
      throw new UserInputError(`cannot write '${path}': no space left on the device`);
    throw error;
  } finally {
    untrack(temp);
  }
}

/**
 * Eight hex digits that keep two writes of one process to one path apart. Not a secret: the
 * file is created with O_EXCL, so nothing waiting at the name is followed or reused (and
 * Math.random spares every write loading node:crypto).
 */
function uniqueSuffix(): string {
  return Math.floor(Math.random() * 2 ** 32)
    .toString(16)
    .padStart(8, '0');
}

/**
 * Writes `chunks` one after another into a new file, so an output assembled from pieces (a
 * composed component's nested inputs) is never copied into one buffer first. The chunks in hand
 * go out together in one writev; a deferred chunk is produced into a buffer of its own size and
 * written with those before it, so only one deferred chunk is held at a time.
 */
async function writeChunks(path: string, chunks: Bytes[]): Promise<void> {
  const file = await open(path, 'wx');
  try {
    let batch: Uint8Array[] = [];
    for (const chunk of chunks) {
      if (chunk instanceof Uint8Array) {
        batch.push(chunk);
        continue;
      }
      const bytes = new Uint8Array(chunk.length);
      chunk.copyTo(bytes);
      batch.push(bytes);
      await writeAll(file, batch);
      batch = [];
    }
    await writeAll(file, batch);
  } finally {
    await file.close();
  }
}

/** Writes `buffers` in order at the file's position, writing again after a short write. */
async function writeAll(file: FileHandle, buffers: Uint8Array[]): Promise<void> {
  const pending = buffers.filter((buffer) => buffer.length > 0);
  let first = 0;
  while (first < pending.length) {
    let { bytesWritten } = await file.writev(first === 0 ? pending : pending.slice(first));
    while (first < pending.length && bytesWritten >= pending[first]!.length)
      bytesWritten -= pending[first++]!.length;
    if (first < pending.length) pending[first] = pending[first]!.subarray(bytesWritten);
  }
}

/** Whether two paths name the same existing file (links and `..` resolved). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([
    stat(a).catch(() => undefined),
    stat(b).catch(() => undefined),
  ]);
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}
