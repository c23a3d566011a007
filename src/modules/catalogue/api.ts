/**
 * The catalogue module's contract: all that other modules may use of it (none does yet).
 */
export { publicCard, type CatalogueContext } from './service.js';
export type { PublicSystem } from './api-schemas.js';
