// The Vietnamese and English labels of every registry enum, from labels.json: the one wording that the server's
// spreadsheets and the web app's i18n (web/src/i18n/labels.ts) both read. The checks below fail the type-check when
// labels.json misses a value of an enum.
import labels from './labels.json' with { type: 'json' };
import type {
  AccessibilityLevel,
  Audience,
  AuthMethod,
  ComponentLink,
  DocumentKind,
  Hosting,
  Ipv6State,
  ExchangeChannel,
  Lifecycle,
  RegistrationStatus,
  RequestType,
  SystemKind,
} from './model.js';

export type Text = { vi: string; en: string };

export const registryLabels = labels satisfies {
  kind: Record<SystemKind, Text>;
  lifecycle: Record<Lifecycle, Text>;
  recordStatus: Record<RegistrationStatus, Text>;
  requestType: Record<RequestType, Text>;
  audience: Record<Audience, Text>;
  hosting: Record<Hosting, Text>;
  ipv6: Record<Ipv6State, Text>;
  accessibility: Record<AccessibilityLevel, Text>;
  componentLink: Record<ComponentLink, Text>;
  channel: Record<ExchangeChannel, Text>;
  documentKind: Record<DocumentKind, Text>;
  authentication: Record<AuthMethod, Text>;
  [enumName: string]: Record<string, Text>;
};
