import { defineModule } from '../../core/module.js';
import * as tables from './schema.js';
import { exchangeRoutes } from './routes.js';
import { exchangeSchemas } from './api-schemas.js';
import { exchangePolicy } from './access.js';

/**
 * The LGSP exchange (issue 9; contract in docs/exchange-protocol.md): members and subsystems with their X-Road
 * identifiers so far; services, rights, the gateway and the message log build on them.
 */
export const exchangeModule = defineModule({
  id: 'exchange',
  tags: [{ name: 'exchange', description: 'LGSP exchange (nền tảng tích hợp, chia sẻ dữ liệu): members, subsystems and their X-Road identifiers' }],
  prefix: '/api/v1/exchange',
  routes: exchangeRoutes,
  schemas: exchangeSchemas,
  tables,
  policy: exchangePolicy,
  roles: ['api'],
});
