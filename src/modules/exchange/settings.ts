import { defineSettings } from '../../core/settings.js';

/** Settings of the gateway process (kientruc serve --role gateway), from the environment. */
export const exchangeGatewaySettings = defineSettings('exchange-gateway', {
  directoryStalenessMs: {
    kind: 'integer',
    env: 'EXCHANGE_DIRECTORY_STALENESS_MS',
    default: 1000,
    description: 'Longest time a gateway uses rights, services and credentials without checking for a change (ms)',
  },
  tokenLifetimeSeconds: {
    kind: 'integer',
    env: 'EXCHANGE_TOKEN_LIFETIME_SECONDS',
    default: 300,
    description: 'Lifetime of OAuth access tokens from /oauth2/token (s, at most 3600)',
  },
  trafficReportMs: {
    kind: 'integer',
    env: 'EXCHANGE_TRAFFIC_REPORT_MS',
    default: 30_000,
    description: 'How often a gateway reports the calls between registered systems to the registry (its LGSP rule reads them)',
  },
  redisUrl: {
    kind: 'text',
    env: 'REDIS_URL',
    description: 'redis://… — quotas are counted there, shared by every gateway; in process without it',
    check: (v) => (/^rediss?:\/\//.test(v) ? null : 'must be a redis:// or rediss:// URL'),
  },
  natsUrl: {
    kind: 'text',
    env: 'NATS_URL',
    description: 'nats://… — every monitoring record is also published to the JetStream stream LGSP_OPMON',
    check: (v) => (/^(nats|tls):\/\//.test(v) ? null : 'must be a nats:// or tls:// URL'),
  },
  sealFile: {
    kind: 'text',
    env: 'EXCHANGE_LOG_SEAL_FILE',
    description: 'File the message log\u2019s signed seals are also appended to (default: beside the data folder)',
  },
});
