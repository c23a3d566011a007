import type { FastifyInstance } from 'fastify';
import { defineModule } from '../../core/module.js';
import * as tables from './schema.js';
import { dictionaryRoutes } from './routes.js';
import { dictionaryFileRoutes } from './file-routes.js';
import { dictionarySchemas } from './api-schemas.js';
import { dictionarySeedFiles, seedDictionary } from './seed.js';
import { dictionaryUsageExtensionPoint } from './service.js';
import { dictionaryPolicy } from './access.js';
import { dictionarySettings } from './settings.js';

/** Capability 3: the data dictionary (task IV.2) — elements, entities, code lists, governance, validation. */
export const dictionaryModule = defineModule({
  id: 'dictionary',
  tags: [{ name: 'dictionary', description: 'Data dictionary (task IV.2): elements, entities, code lists, governance, validation' }],
  prefix: '/api/v1/dictionary',
  async routes(app: FastifyInstance) {
    await app.register(dictionaryRoutes);
    await app.register(dictionaryFileRoutes);
  },
  schemas: dictionarySchemas,
  tables,
  seed: { files: () => dictionarySeedFiles, run: async (db) => ({ dictionary: await seedDictionary(db) }) },
  settings: dictionarySettings,
  policy: dictionaryPolicy,
  roles: ['api'],
  extensionPoints: [dictionaryUsageExtensionPoint],
});
