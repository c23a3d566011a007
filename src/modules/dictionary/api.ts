/**
 * The dictionary module's contract: all that other modules may use of it.
 * Everything else in this folder is its own business; the linter enforces the boundary.
 */
export { approvedElementCodes, unknownElementCodes } from './lookups.js';
export { dictionaryUsageExtensionPoint, type DictionaryUsageProvider, type Usage } from './usage.js';
export { listObjects } from './objects.js';
export { kindNames } from './records.js';

import type { Principal } from '../../core/auth/principal.js';
import { dictionaryPolicy } from './access.js';

/** Whether the caller approves or returns dictionary objects (the inbox lists those in review). */
export const canReview = (principal: Principal) => dictionaryPolicy.can(principal, 'dictionary.object.review');
