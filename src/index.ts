// The library API: the component reader, the import model and the import gate.
export { readComponent, sniffWasm, type Component } from './component/read/read-component.js';
export { WasmDecodeError } from './component/errors.js';
export type * from './component/ast.js';
export {
  describeComponent,
  type ComponentInterface,
  type ExternItem,
} from './inspect/component-interface.js';
export { parseInterfaceName, type InterfaceName } from './inspect/interface-name.js';
export { loadComponentFile, type LoadedComponent } from './inspect/load-component.js';
export { parsePattern, type ImportPattern } from './verify/pattern.js';
export {
  checkImports,
  type CheckResult,
  type ImportRules,
  type Violation,
} from './verify/check-imports.js';
export { importRulesFrom } from './verify/import-rules.js';
export { loadPolicyFile } from './policy/load-policy-file.js';
export { policyToData } from './policy/policy-data.js';
export { patchFromData } from './policy/read-options.js';
export { applyPatches, denyAllPolicy, hostPolicy } from './policy/policy.js';
export type { Policy, PolicyPatch, ImportPolicy, VarsPolicy, Access } from './policy/policy.js';
export { renderCheck, renderChecks } from './report/render-check.js';
export type { CheckReport, ReportFormat } from './report/check-report.js';
export { UserInputError } from './errors.js';
export { compose, ComposeError, type ComposeInput, type ComposeResult } from './compose/compose.js';
export { WasiVirt, VarsBuilder } from './library/wasi-virt.js';
export {
  virtualize,
  type VirtualizeOptions,
  type VirtualizeResult,
} from './pipeline/virtualize.js';
export type { MountedFileInfo, MountedFiles } from './virt/embedded-files.js';
export { VERSION } from './version.js';
