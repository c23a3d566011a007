// The dictionary's service: what its routes, its seed and its manifest call, gathered from the files that do the work.
// Other modules use api.ts, never this file.
export { kindNames, getRow as getObjectRow } from './records.js';
export { checkElement, checkEntity, compilePattern, normaliseCodeList, normaliseElement, normaliseEntity } from './checks.js';
export {
  createObject,
  deleteObject,
  getObject,
  importElements,
  insertObject,
  listChanges,
  listObjects,
  listVersions,
  updateObject,
  type CreateOptions,
  type ObjectFilter,
} from './objects.js';
export { transition, transitions, type Transition, type TransitionInput } from './workflow.js';
export { deleteItem, getItem, listItems, saveItems, type ItemFilter } from './items.js';
export { dictionaryUsageExtensionPoint, usagesOf, type DictionaryUsageProvider, type Usage } from './usage.js';
export { approvedElementCodes, approvedEntity, codeSet, elementSummaries, existingCodes, listIdOf, resolveEntity, unknownElementCodes } from './lookups.js';
export type { ObjectKind } from './schema.js';
