import { UserInputError } from '../errors.js';
import { parseBoolean } from '../policy/patch-values.js';
import { inputLabel, type ReadInput } from './input-reader.js';
import { policyInputs, type PolicyInputs } from './policy-inputs.js';

export const uploadModes = ['none', 'artifact', 'release'] as const;
export type UploadMode = (typeof uploadModes)[number];
export const bundleModes = ['none', 'tar.gz'] as const;
export type BundleMode = (typeof bundleModes)[number];

export interface UploadInputs {
  mode: UploadMode;
  /** The artifact's (and the downloaded file's) name; empty: the uploaded file's own name. */
  artifactName: string;
  retentionDays?: number;
  releaseTag: string;
  token: string;
  /** Replace an artifact or release assets of the same name instead of failing. */
  overwrite: boolean;
}

export interface ActionInputs {
  component: string;
  output: string;
  policyFile: string;
  policy: PolicyInputs;
  /** Mount globs embed dot-files and dot-folders too. */
  includeHiddenFiles: boolean;
  failOnViolation: boolean;
  bundle: BundleMode;
  upload: UploadInputs;
  /** Warnings about the inputs (deprecated names), for the log. */
  warnings: string[];
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
  const overwrite = read('overwrite');
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
    overwrite: overwrite !== '' && parseBoolean(inputLabel('overwrite'), overwrite),
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

/**
 * `bundle`, or `archive`, its deprecated name (upload-artifact's `archive` means zipping, which
 * is not what this one does).
 */
function bundleInput(read: ReadInput, warnings: string[]): BundleMode {
  const bundle = read('bundle');
  const archive = read('archive');
  if (archive === '') return oneOf(read, 'bundle', bundleModes, 'none');
  if (bundle !== '' && bundle !== archive)
    throw new UserInputError(
      `${inputLabel('archive')} is the deprecated name of ${inputLabel('bundle')}; give only bundle: ${bundle}`,
    );
  const mode = oneOf(read, 'archive', bundleModes, 'none');
  warnings.push(
    `${inputLabel('archive')} is deprecated: write bundle: ${mode} (the output bundle-path replaces archive-path)`,
  );
  return mode;
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
  const warnings: string[] = [];
  return {
    component,
    output: read('output'),
    policyFile: read('policy-file'),
    policy: policyInputs(read),
    includeHiddenFiles:
      includeHidden !== '' && parseBoolean(inputLabel('include-hidden-files'), includeHidden),
    failOnViolation:
      failOnViolation === '' || parseBoolean(inputLabel('fail-on-violation'), failOnViolation),
    bundle: bundleInput(read, warnings),
    upload: uploadInputs(read),
    warnings,
  };
}
