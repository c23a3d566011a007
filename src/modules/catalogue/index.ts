import { defineModule } from '../../core/module.js';
import { catalogueRoutes } from './routes.js';
import { catalogueSchemas } from './api-schemas.js';
import { cataloguePolicy } from './access.js';

/**
 * The public catalogue of systems (issue 8, point 19; as Estonia's RIHA): approved systems readable without login,
 * with their public facts only; the systems serving each commune; which systems hold a data element. No tables of
 * its own: it reads the registry's approved versions through the registry's contract.
 */
export const catalogueModule = defineModule({
  id: 'catalogue',
  tags: [{ name: 'catalogue', description: 'Public catalogue: approved systems without login (no security level, hosting, interfaces or contacts), per commune, per data element' }],
  prefix: '/api/v1/catalogue',
  routes: catalogueRoutes,
  schemas: catalogueSchemas,
  tables: {},
  policy: cataloguePolicy,
  roles: ['api'],
});
