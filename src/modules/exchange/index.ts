import { defineModule } from '../../core/module.js';
import * as tables from './schema.js';
import { exchangeRoutes } from './routes.js';
import { exchangeSchemas } from './api-schemas.js';
import { exchangePolicy } from './access.js';
import { exchangeGatewaySettings } from './settings.js';
import { gatewayRawRoutes } from './gateway/serve.js';

/**
 * The LGSP exchange (issue 9; contract in docs/exchange-protocol.md), its management API: members and subsystems,
 * services from OpenAPI descriptions, credentials, rights, groups, subscriptions, the message log and monitoring.
 */
export const exchangeModule = defineModule({
  id: 'exchange',
  tags: [{ name: 'exchange', description: 'LGSP exchange (nền tảng tích hợp, chia sẻ dữ liệu): members, subsystems, services, rights, subscriptions, credentials, message log' }],
  prefix: '/api/v1/exchange',
  routes: exchangeRoutes,
  schemas: exchangeSchemas,
  tables,
  policy: exchangePolicy,
  roles: ['api'],
});

/** The gateway itself (X-Road's REST protocol at /r1/…, /listClients, /oauth2/token): `kientruc serve --role gateway`. */
export const exchangeGatewayModule = defineModule({
  id: 'exchange-gateway',
  tags: [],
  prefix: '/r1',
  routes: async () => {},
  tables: {},
  settings: exchangeGatewaySettings,
  roles: ['gateway'],
  rawRoutes: gatewayRawRoutes,
});
