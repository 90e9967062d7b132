import { UserInputError } from '../errors.js';
import { parseBoolean } from '../policy/patch-values.js';
import { POLICY_OPTIONS } from '../policy/options.js';
import { inputLabel, inputLines, type ReadInput } from './input-reader.js';
import { policyInputs, type PolicyInputs } from './policy-inputs.js';

export const uploadModes = ['none', 'artifact', 'release'] as const;
export type UploadMode = (typeof uploadModes)[number];
export const bundleModes = ['none', 'tar.gz'] as const;
export type BundleMode = (typeof bundleModes)[number];
export const actionModes = ['virtualize', 'check'] as const;
export type ActionMode = (typeof actionModes)[number];
export const actionReportFormats = ['none', 'junit', 'sarif', 'json'] as const;
export type ActionReportFormat = (typeof actionReportFormats)[number];

/** Where `report-file` defaults to, in the workspace, for each format. */
export const defaultReportFiles: Record<Exclude<ActionReportFormat, 'none'>, string> = {
  junit: 'wasi-virt.junit.xml',
  sarif: 'wasi-virt.sarif',
  json: 'wasi-virt.json',
};

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

/** The gate's report written into the workspace (`report-format`, `report-file`). */
export interface ReportInputs {
  format: Exclude<ActionReportFormat, 'none'>;
  file: string;
}

export interface ActionInputs {
  /** virtualize (and gate the output) or check (gate the components as they are; nothing written but the report). */
  mode: ActionMode;
  /** The components: `component` (one path or glob matching one file) or `components` (glob lines). */
  components: ComponentInputs;
  output: string;
  policyFile: string;
  policy: PolicyInputs;
  /** Mount globs embed dot-files and dot-folders too. */
  includeHiddenFiles: boolean;
  failOnViolation: boolean;
  bundle: BundleMode;
  upload: UploadInputs;
  report?: ReportInputs;
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

export type ComponentInputs =
  { input: 'component'; pattern: string } | { input: 'components'; patterns: string[] };

/** `component` (one file) or `components` (glob lines, `!` excludes; many files): exactly one of them. */
function componentInputs(read: ReadInput): ComponentInputs {
  const component = read('component');
  const components = inputLines(read, 'components');
  if (component !== '' && components.length > 0)
    throw new UserInputError(
      `give ${inputLabel('component')} (one component) or ${inputLabel('components')} (globs of many), not both`,
    );
  if (components.length > 0) return { input: 'components', patterns: components };
  if (component === '')
    throw new UserInputError(
      `${inputLabel('component')} is required: the path (or glob) of the component .wasm (or ${inputLabel('components')}: globs of several)`,
    );
  return { input: 'component', pattern: component };
}

function reportInputs(read: ReadInput): ReportInputs | undefined {
  const format = oneOf(read, 'report-format', actionReportFormats, 'none');
  const file = read('report-file');
  if (format === 'none') {
    if (file !== '')
      throw new UserInputError(
        `${inputLabel('report-file')} needs ${inputLabel('report-format')}: junit, sarif or json`,
      );
    return undefined;
  }
  return { format, file: file || defaultReportFiles[format] };
}

/**
 * mode: check gates the components as they are and writes nothing but the report: an input
 * that only shapes or places a virtualized output is refused, naming it, rather than ignored.
 */
function refuseVirtualizeInputs(read: ReadInput, upload: UploadInputs, bundle: BundleMode): void {
  const given = [
    ...POLICY_OPTIONS.flatMap((o) =>
      typeof o.input === 'string' && !o.file.startsWith('imports.') ? [o.input] : [],
    ),
    'mounts',
    'output',
  ].filter((name) => read(name) !== '');
  if (bundle !== 'none') given.push(read('bundle') ? 'bundle' : 'archive');
  if (upload.mode !== 'none') given.push('upload');
  if (given.length > 0)
    throw new UserInputError(
      `mode: check gates the components' own imports and writes no component: ${given.map(inputLabel).join(', ')} ` +
        `${given.length === 1 ? 'applies' : 'apply'} only to mode: virtualize (check takes allowed-imports, forbidden-imports and policy-file's [imports])`,
    );
}

/** Every input, checked before anything is read, generated, written or uploaded. */
export function readInputs(read: ReadInput): ActionInputs {
  const mode = oneOf(read, 'mode', actionModes, 'virtualize');
  const components = componentInputs(read);
  const failOnViolation = read('fail-on-violation');
  const includeHidden = read('include-hidden-files');
  const warnings: string[] = [];
  const bundle = bundleInput(read, warnings);
  const upload = uploadInputs(read);
  if (mode === 'check') refuseVirtualizeInputs(read, upload, bundle);
  const report = reportInputs(read);
  return {
    mode,
    components,
    output: read('output'),
    policyFile: read('policy-file'),
    policy: policyInputs(read),
    includeHiddenFiles:
      includeHidden !== '' && parseBoolean(inputLabel('include-hidden-files'), includeHidden),
    failOnViolation:
      failOnViolation === '' || parseBoolean(inputLabel('fail-on-violation'), failOnViolation),
    bundle,
    upload,
    ...(report ? { report } : {}),
    warnings,
  };
}
