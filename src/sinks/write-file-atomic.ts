import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserInputError } from '../errors.js';

/** Writes a file so that readers see either the old file or the whole new one, never a part. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserInputError(
        `cannot write '${path}': directory '${dirname(path)}' does not exist`,
      );
    if (code === 'EISDIR') throw new UserInputError(`cannot write '${path}': it is a directory`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserInputError(`cannot write '${path}': permission denied`);
    throw error;
  }
}
