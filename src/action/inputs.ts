import { UserInputError } from '../errors.js';
import { parseBoolean } from '../policy/patch-values.js';
import { inputLabel, type ReadInput } from './input-reader.js';
import { policyInputs, type PolicyInputs } from './policy-inputs.js';

export const uploadModes = ['none', 'artifact', 'release'] as const;
export type UploadMode = (typeof uploadModes)[number];
export const archiveModes = ['none', 'tar.gz'] as const;
export type ArchiveMode = (typeof archiveModes)[number];

export interface UploadInputs {
  mode: UploadMode;
  /** The artifact's (and the downloaded file's) name; empty: the uploaded file's own name. */
  artifactName: string;
  retentionDays?: number;
  releaseTag: string;
  token: string;
}

export interface ActionInputs {
  component: string;
  output: string;
  policyFile: string;
  policy: PolicyInputs;
  /** Mount globs embed dot-files and dot-folders too. */
  includeHiddenFiles: boolean;
  failOnViolation: boolean;
  archive: ArchiveMode;
  upload: UploadInputs;
}

function oneOf<T extends string>(
  read: ReadInput,
  name: string,
  modes: readonly T[],
  fallback: T,
): T {
  const value = read(name) || fallback;
  if (!(modes as readonly string[]).includes(value))
    throw new UserInputError(`${inputLabel(name)} takes ${modes.join(', ')}, not '${value}'`);
  return value as T;
}

/** Names @actions/artifact accepts, checked before anything is generated. */
const artifactNameProblem = /["':<>|*?\\/\r\n]/;

function uploadInputs(read: ReadInput): UploadInputs {
  const mode = oneOf(read, 'upload', uploadModes, 'none');
  const artifactName = read('artifact-name');
  if (artifactNameProblem.test(artifactName))
    throw new UserInputError(
      `${inputLabel('artifact-name')} '${artifactName}' may not contain " ' : < > | * ? \\ / or line breaks`,
    );
  const days = read('retention-days');
  if (days !== '' && !/^[0-9]+$/.test(days))
    throw new UserInputError(
      `${inputLabel('retention-days')} must be a whole number of days, not '${days}'`,
    );
  const upload: UploadInputs = {
    mode,
    artifactName,
    releaseTag: read('release-tag').replace(/^refs\/tags\//, ''),
    token: read('github-token'),
    ...(days !== '' && Number(days) > 0 ? { retentionDays: Number(days) } : {}),
  };
  if (mode === 'release' && upload.releaseTag === '')
    throw new UserInputError(
      `upload: release needs ${inputLabel('release-tag')} (for example release-tag: \${{ github.ref_name }})`,
    );
  if (mode === 'release' && upload.token === '')
    throw new UserInputError(
      `upload: release needs ${inputLabel('github-token')} (for example github-token: \${{ github.token }})`,
    );
  return upload;
}

/** Every input, checked before anything is read, generated, written or uploaded. */
export function readInputs(read: ReadInput): ActionInputs {
  const component = read('component');
  if (component === '')
    throw new UserInputError(
      `${inputLabel('component')} is required: the path (or glob) of the component .wasm`,
    );
  const failOnViolation = read('fail-on-violation');
  const includeHidden = read('include-hidden-files');
  return {
    component,
    output: read('output'),
    policyFile: read('policy-file'),
    policy: policyInputs(read),
    includeHiddenFiles:
      includeHidden !== '' && parseBoolean(inputLabel('include-hidden-files'), includeHidden),
    failOnViolation:
      failOnViolation === '' || parseBoolean(inputLabel('fail-on-violation'), failOnViolation),
    archive: oneOf(read, 'archive', archiveModes, 'none'),
    upload: uploadInputs(read),
  };
}
