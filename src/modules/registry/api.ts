/**
 * The registry module's contract: all that other modules may use of it (the LGSP gateway will look up
 * registered systems here). Everything else in this folder is its own business; the linter enforces the boundary.
 */
export { getSystem, listSystems } from './systems.js';
export { generateDemoSystems } from './demo.js';
export { listRequests } from './requests.js';
export { listWaivers } from './waivers.js';
export { getApprovedSystem, listApprovedSystems, type ApprovedFilter, type ApprovedGroup, type ApprovedSystem } from './published.js';
export { audiences, lifecycles, systemKinds, type Audience, type Lifecycle, type SystemKind } from './model.js';
export { recordIntegrationTraffic, type TrafficReport } from './traffic.js';
export { registryWorkflowExtensionPoint, type RegistryWorkflowListener, type RequestEvent } from './events.js';

import type { Principal } from '../../core/auth/principal.js';
import { registryPolicy } from './access.js';

/** Whether the caller decides registration requests (the inbox lists them). */
export const canDecideRequests = (principal: Principal) => registryPolicy.can(principal, 'registry.request.decide');
