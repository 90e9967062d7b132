import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { UserInputError } from '../errors.js';
import { overlappingMounts } from '../virt/mount-tree.js';
import type { Mount } from '../policy/policy.js';
import { findFiles } from './find-files.js';
import type { MountGlobs } from './policy-inputs.js';

export interface StagedMounts {
  mounts: Mount[];
  /** The workspace file each staged copy came from, for reports. */
  originals: Map<string, string>;
  /** Matched dot-files (and files in dot-folders) left out: include-hidden-files was false. */
  hiddenSkipped: number;
  /** Removes the copies once the generator has read them. */
  remove(): Promise<void>;
}

export interface StageOptions {
  /** include-hidden-files: embed dot-files and dot-folders too. */
  includeHidden: boolean;
  /** The workspace: no matched file may lead out of it. */
  workspace: string;
}

/**
 * Copies the files each mount's globs match into a directory of its own
 * (paths kept relative to the patterns' common search root), so the policy's
 * mounts stay plain directories and the generator reads them as it reads the CLI's.
 */
export async function stageMounts(
  globs: MountGlobs[],
  tempRoot: string,
  options: StageOptions,
): Promise<StagedMounts> {
  const staged: StagedMounts = {
    mounts: [],
    originals: new Map(),
    hiddenSkipped: 0,
    remove: async () => {},
  };
  if (globs.length === 0) return staged;
  const overlap = overlappingMounts(globs.map((g) => g.guest));
  if (overlap) {
    const [j, i, why] = overlap;
    const line = (k: number) => `${globs[k]!.guest}=${globs[k]!.patterns.join(', ')}`;
    throw new UserInputError(
      `input 'mounts': ${line(j)} and ${line(i)}: ${why}, so one would hide the other's files; give each guest directory one line`,
    );
  }
  await mkdir(tempRoot, { recursive: true });
  const root = await mkdtemp(join(tempRoot, 'wasi-virt-mounts-'));
  staged.remove = () => rm(root, { recursive: true, force: true });
  try {
    await copyMatches(globs, root, staged, options);
  } catch (error) {
    await staged.remove();
    throw error;
  }
  return staged;
}

async function copyMatches(
  globs: MountGlobs[],
  root: string,
  staged: StagedMounts,
  options: StageOptions,
): Promise<void> {
  for (const [index, mount] of globs.entries()) {
    const { files, base, hiddenSkipped } = await findFiles(mount.patterns, {
      includeHidden: options.includeHidden,
      root: options.workspace,
      label: "input 'mounts'",
    });
    staged.hiddenSkipped += hiddenSkipped;
    if (files.length === 0)
      throw new UserInputError(
        `input 'mounts': ${mount.guest}=${mount.patterns.join(', ')} matches no file${hiddenSkipped > 0 ? ` but ${hiddenSkipped} hidden one(s) (set include-hidden-files: true to embed them)` : ''}; check the patterns`,
      );
    const dir = join(root, String(index));
    for (const file of files) {
      const copy = join(dir, relative(base, file));
      await mkdir(dirname(copy), { recursive: true });
      await copyFile(file, copy);
      staged.originals.set(copy, file);
    }
    staged.mounts.push({ guest: mount.guest, host: dir });
  }
}
