// The gateway's failures in X-Road's shape (docs/exchange-protocol.md §5): an X-Road-Error header and a
// {type, message, detail} body, with our Vietnamese and English message beside X-Road's English one.

export type GatewayErrorType =
  | 'Client.BadRequest'
  | 'Server.ClientProxy.UnknownMember'
  | 'Server.ClientProxy.InvalidCredential'
  | 'Server.ServerProxy.UnknownService'
  | 'Server.ServerProxy.ServiceDisabled'
  | 'Server.ServerProxy.AccessDenied'
  | 'Server.ServerProxy.QuotaExceeded'
  | 'Server.ServerProxy.RequestTooLarge'
  | 'Server.ServerProxy.NetworkError'
  | 'Server.ServerProxy.ServiceFailed'
  | 'Server.ServerProxy.LoggingFailed'
  | 'Server.ServerProxy.DatabaseError'
  | 'Server.ClientProxy.InternalError';

export class GatewayError extends Error {
  constructor(
    readonly status: number,
    readonly type: GatewayErrorType,
    readonly vi: string,
    readonly en: string,
    /** Extra response headers, e.g. Retry-After or WWW-Authenticate. */
    readonly headers: Record<string, string> = {},
  ) {
    super(en);
  }
}

export const gatewayErrors = {
  badRequest: (vi: string, en: string) => new GatewayError(400, 'Client.BadRequest', vi, en),
  unknownClient: (client: string) =>
    new GatewayError(401, 'Server.ClientProxy.UnknownMember', `Không có hệ thống con sử dụng dịch vụ "${client}".`, `Unknown client subsystem ${client}`),
  invalidCredential: (vi: string, en: string) =>
    new GatewayError(401, 'Server.ClientProxy.InvalidCredential', vi, en, { 'www-authenticate': 'Bearer realm="lgsp", error="invalid_token"' }),
  unknownProvider: (provider: string) =>
    new GatewayError(404, 'Server.ClientProxy.UnknownMember', `Không có hệ thống con cung cấp "${provider}".`, `Unknown provider subsystem ${provider}`),
  unknownService: (service: string) => new GatewayError(404, 'Server.ServerProxy.UnknownService', `Không có dịch vụ "${service}".`, `Unknown service ${service}`),
  draft: (service: string) => new GatewayError(404, 'Server.ServerProxy.ServiceDisabled', `Dịch vụ "${service}" chưa được công bố.`, `Service ${service} is not published`),
  retired: (service: string) => new GatewayError(410, 'Server.ServerProxy.ServiceDisabled', `Dịch vụ "${service}" đã ngừng hoạt động.`, `Service ${service} is retired`),
  accessDenied: (client: string, method: string, path: string) =>
    new GatewayError(403, 'Server.ServerProxy.AccessDenied', `Không có quyền: ${client} không được gọi ${method} ${path}.`, `Access denied: ${client} may not call ${method} ${path}`),
  quotaExceeded: (window: 'minute' | 'day', limit: number, retryAfterSeconds: number) =>
    new GatewayError(
      429,
      'Server.ServerProxy.QuotaExceeded',
      `Vượt hạn mức ${limit} yêu cầu mỗi ${window === 'minute' ? 'phút' : 'ngày'}; thử lại sau ${retryAfterSeconds} giây.`,
      `Quota of ${limit} requests per ${window} exceeded; retry in ${retryAfterSeconds} s`,
      { 'retry-after': String(retryAfterSeconds) },
    ),
  tooLarge: (limit: number) =>
    new GatewayError(413, 'Server.ServerProxy.RequestTooLarge', `Thân yêu cầu vượt quá ${limit} byte.`, `Request body over ${limit} bytes`, { connection: 'close' }),
  unreachable: (detail: string) =>
    new GatewayError(502, 'Server.ServerProxy.NetworkError', `Không kết nối được máy chủ dịch vụ (${detail}).`, `Could not connect to the service backend (${detail})`),
  timeout: (ms: number) =>
    new GatewayError(504, 'Server.ServerProxy.ServiceFailed', `Máy chủ dịch vụ không trả lời trong ${ms} ms.`, `The service backend did not answer within ${ms} ms`),
  garbage: (detail: string) =>
    new GatewayError(502, 'Server.ServerProxy.ServiceFailed', `Máy chủ dịch vụ trả lời không hợp lệ (${detail}).`, `The service backend sent an invalid answer (${detail})`),
  responseTooLarge: (limit: number) =>
    new GatewayError(502, 'Server.ServerProxy.ServiceFailed', `Câu trả lời của máy chủ dịch vụ vượt quá ${limit} byte.`, `The backend\u2019s response is over ${limit} bytes`),
  loggingFailed: () =>
    new GatewayError(503, 'Server.ServerProxy.LoggingFailed', 'Không ghi được nhật ký thông điệp; cuộc gọi không được xác nhận.', 'The message log could not be written; the call is not acknowledged'),
  database: () => new GatewayError(500, 'Server.ServerProxy.DatabaseError', 'Lỗi cơ sở dữ liệu của cổng LGSP.', 'Database error of the LGSP gateway'),
  internal: () => new GatewayError(500, 'Server.ClientProxy.InternalError', 'Lỗi nội bộ của cổng LGSP.', 'Internal error of the LGSP gateway'),
};

export function errorBody(error: GatewayError, xRequestId: string): string {
  return JSON.stringify({ type: error.type, message: error.en, detail: xRequestId, localizedMessage: { vi: error.vi, en: error.en } });
}
