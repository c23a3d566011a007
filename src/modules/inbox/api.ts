/**
 * The inbox module's contract. Nothing depends on it yet; the modules above (the exchange's access requests) will
 * add their work here through an extension point of its own.
 */
export { workKinds, type WorkItem } from './service.js';
