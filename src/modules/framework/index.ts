import { defineModule } from '../../core/module.js';
import * as tables from './schema.js';
import { frameworkRoutes, frameworkSchemas } from './routes.js';
import { frameworkSeedFiles, seedFramework } from './seed.js';
import { frameworkPolicy } from './access.js';

/** Capability 1: the framework's layers and components, the roadmap, agencies and administrative units. */
export const frameworkModule = defineModule({
  id: 'framework',
  tags: [
    { name: 'framework', description: 'The four layers of the framework and their components' },
    { name: 'agencies', description: 'Agencies and administrative units' },
    { name: 'roadmap', description: 'Roadmap tasks of section 2.1 and their progress' },
  ],
  // Its resources sit at the top of the API: /api/v1/framework, /api/v1/agencies, /api/v1/roadmap, /api/v1/admin-units.
  prefix: '/api/v1',
  routes: frameworkRoutes,
  schemas: frameworkSchemas,
  tables,
  seed: { files: () => frameworkSeedFiles, run: (db) => seedFramework(db) },
  policy: frameworkPolicy,
  roles: ['api'],
});
