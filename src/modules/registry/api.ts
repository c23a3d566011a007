/**
 * The registry module's contract: all that other modules may use of it (the LGSP gateway will look up
 * registered systems here). Everything else in this folder is its own business; the linter enforces the boundary.
 */
export { getSystem, listSystems } from './systems.js';
export { generateDemoSystems } from './demo.js';
