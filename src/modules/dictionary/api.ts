/**
 * The dictionary module's contract: all that other modules may use of it.
 * Everything else in this folder is its own business; the linter enforces the boundary.
 */
export { approvedElementCodes, unknownElementCodes } from './lookups.js';
export { dictionaryUsageExtensionPoint, type DictionaryUsageProvider, type Usage } from './usage.js';
