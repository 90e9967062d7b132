import { readModuleModel, type CoreModuleModel } from '../component/core/module-model.js';

/** Each prebuilt adapter module's model, read once: callers only read it, or edit a copy (copyModel). */
const models = new WeakMap<Uint8Array, CoreModuleModel>();

/** The model of a prebuilt adapter module (adapter-module.ts), shared: never to be edited. */
export function prebuiltModel(adapter: Uint8Array): CoreModuleModel {
  let m = models.get(adapter);
  if (!m) models.set(adapter, (m = readModuleModel(adapter)));
  return m;
}
