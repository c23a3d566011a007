/** The exchange module's contract: what other modules may use of it (nothing yet beyond its identifiers). */
export { formatSubsystemId, parseSubsystemId, INSTANCE, type SubsystemId } from './identifiers.js';
