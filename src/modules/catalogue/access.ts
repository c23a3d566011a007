import { definePolicy } from '../../core/access.js';

/**
 * The catalogue has no rights to hold: everything it serves is public (anonymous visitors included), and it serves
 * only what is meant to be: approved versions, through the closed schemas of api-schemas.ts.
 */
export const cataloguePolicy = definePolicy({});
