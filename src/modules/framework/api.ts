/**
 * The framework module's contract: all that other modules (and the app's assembly) may use of it.
 * Everything else in this folder is its own business; the linter enforces the boundary.
 */
export { agencyExists, getAgency, getFramework, listAgencies, listComponents } from './service.js';
