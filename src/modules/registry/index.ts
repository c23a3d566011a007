import type { FastifyInstance } from 'fastify';
import { defineModule } from '../../core/module.js';
import { dictionaryUsageExtensionPoint } from '../dictionary/api.js';
import * as tables from './schema.js';
import { registryRoutes } from './routes.js';
import { transferRoutes } from './transfer/routes.js';
import { mappingRoutes } from './mapping-routes.js';
import { registrySchemas } from './api-schemas.js';
import { knownSystemsFile, seedKnownSystems } from './seed.js';
import { dictionaryUsageProvider } from './service.js';
import { registryPolicy } from './access.js';
import { registryWorkflowExtensionPoint } from './events.js';

/** Capability 2: the IT application registry (task IV.1) — systems, versions, relations, workflow, compliance, transfer. */
export const registryModule = defineModule({
  id: 'registry',
  tags: [{ name: 'registry', description: 'IT application registry (task IV.1): systems, versions, relations, registration workflow, compliance' }],
  prefix: '/api/v1/registry',
  async routes(app: FastifyInstance) {
    await app.register(registryRoutes);
    await app.register(transferRoutes);
    await app.register(mappingRoutes);
  },
  schemas: registrySchemas,
  tables,
  seed: {
    // The province's systems known from public sources are an optional set (SEED_KNOWN_SYSTEMS).
    files: (options) => (options.optionalSets.has('known-systems') ? [knownSystemsFile] : []),
    run: async (db, options) => ({ knownSystems: options.optionalSets.has('known-systems') ? (await seedKnownSystems(db)).added : 0 }),
  },
  policy: registryPolicy,
  extensionPoints: [registryWorkflowExtensionPoint],
  roles: ['api'],
  // The registry maps data objects to dictionary elements, so it tells the dictionary where they are used.
  connect({ extensions }) {
    extensions.add(dictionaryUsageExtensionPoint, dictionaryUsageProvider);
  },
});
