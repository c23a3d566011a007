// The registry's service: what its routes, seed, demo data, transfers and manifest call, gathered from the files that
// do the work. Other modules use api.ts, never this file.
export {
  allSystems,
  checkReferences,
  complianceResult,
  createSystem,
  getSystem,
  getSystemRow,
  hasPendingRequest,
  insertSystem,
  knownReferences,
  listingStamp,
  listSystems,
  normalise,
  saveVersion,
  toRecord,
  updateSystem,
  type KnownReferences,
  type SaveOptions,
  type SystemFilter,
} from './systems.js';
export { diffValues, diffVersions, getVersion, listVersions, type FieldChange } from './versions.js';
export { addRelation, dependencyGraph, relationsOf, removeRelation, wouldCycle } from './relations.js';
export { decideRequest, listRequests, presentRequest, submitRequest, type RequestFilter } from './requests.js';
export {
  buildRuleContext,
  complianceSummary,
  dictionaryUsageProvider,
  evaluateAll,
  listRules,
  mappingConformance,
  mappingOf,
  raiseExpiredWaivers,
  reevaluate,
  ruleExists,
  systemFindings,
  type MappingConformance,
} from './compliance.js';
export { relationTypes } from './model.js';
export { listWaivers, type WaiverFilter } from './waivers.js';
