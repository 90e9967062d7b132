import { parseGuestAssignment } from '../policy/patch-values.js';
import type { PolicyPatch } from '../policy/policy.js';
import { patchFromTexts } from '../policy/read-options.js';
import { inputLabel, inputLines, type ReadInput } from './input-reader.js';

/** A mount as the action takes it: a guest path and the glob patterns of the files to embed there. */
export interface MountGlobs {
  guest: string;
  patterns: string[];
}

export interface PolicyInputs {
  patch: PolicyPatch;
  mounts: MountGlobs[];
}

/** `mounts`: lines of `/guest=PATTERN`; several lines for one guest path add patterns (and `!` excludes). */
function mountInputs(read: ReadInput): MountGlobs[] {
  const mounts: MountGlobs[] = [];
  for (const line of inputLines(read, 'mounts')) {
    const { guest, rest } = parseGuestAssignment(
      `${inputLabel('mounts')} line`,
      line,
      '/GUEST=GLOB (for example /data=site/**)',
    );
    const mount = mounts.find((m) => m.guest === guest);
    if (mount) mount.patterns.push(rest);
    else mounts.push({ guest, patterns: [rest] });
  }
  return mounts;
}

/**
 * The action's policy inputs as a patch over the policy file: each input is a row of the option
 * table, read with the same parser as its CLI flag (a repeatable one takes one value a line).
 */
export function policyInputs(read: ReadInput): PolicyInputs {
  const patch = patchFromTexts(
    (option) => {
      if (typeof option.input !== 'string') return undefined;
      if (option.repeatable) return inputLines(read, option.input);
      const value = read(option.input);
      return value === '' ? undefined : [value];
    },
    (option) => `${inputLabel(option.input as string)}${option.repeatable ? ' line' : ''}`,
  );
  return { patch, mounts: mountInputs(read) };
}
