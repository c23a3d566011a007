import * as oidc from 'openid-client';
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db.js';
import { oidcLogins } from '../schema.js';
import type { OidcConfig } from '../config.js';
import { AppError } from '../errors.js';

const LOGIN_TTL_MS = 10 * 60_000;

/** Login with any standard OpenID Connect provider (VNeID, Keycloak, …): authorisation code flow with PKCE. */
export class OidcLogin {
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    private readonly settings: OidcConfig,
    private readonly redirectUri: string,
  ) {}

  get displayName(): string {
    return this.settings.displayName;
  }

  private discover(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        this.settings.clientSecret ? oidc.ClientSecretBasic(this.settings.clientSecret) : oidc.None(),
        this.settings.allowInsecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        this.configuration = undefined; // try again on the next login
        throw err;
      });
    return this.configuration;
  }

  async start(db: Db, returnTo: string): Promise<string> {
    const configuration = await this.discover().catch(() => {
      throw providerUnavailable();
    });
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await db.delete(oidcLogins).where(lt(oidcLogins.createdAt, new Date(Date.now() - LOGIN_TTL_MS)));
    await db.insert(oidcLogins).values({ state, codeVerifier, nonce, returnTo });
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return url.href;
  }

  async finish(
    db: Db,
    callbackUrl: URL,
  ): Promise<{ claims: { issuer: string; subject: string; email: string | undefined; name: string | undefined }; returnTo: string }> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    const [pending] = await db.delete(oidcLogins).where(eq(oidcLogins.state, state)).returning();
    if (!pending || pending.createdAt.getTime() < Date.now() - LOGIN_TTL_MS) {
      throw new AppError(400, 'OIDC_STATE_INVALID', 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ; hãy đăng nhập lại.', 'The login has expired or is not valid; please log in again.');
    }
    const providerError = callbackUrl.searchParams.get('error');
    if (providerError) {
      throw new AppError(400, 'OIDC_DENIED', 'Nhà cung cấp định danh đã từ chối đăng nhập.', 'The identity provider refused the login.', { error: providerError });
    }
    const configuration = await this.discover().catch(() => {
      throw providerUnavailable();
    });
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      throw new AppError(400, 'OIDC_FAILED', 'Không xác thực được với nhà cung cấp định danh.', 'Could not complete the login with the identity provider.', {
        reason: err instanceof Error ? err.message : String(err),
      });
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new AppError(400, 'OIDC_FAILED', 'Thiếu ID token.', 'No ID token was returned.');
    let email = typeof idClaims.email === 'string' ? idClaims.email : undefined;
    let name = typeof idClaims.name === 'string' ? idClaims.name : undefined;
    if (!email || !name) {
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub).catch(() => undefined);
      email ??= typeof info?.email === 'string' ? info.email : undefined;
      name ??= typeof info?.name === 'string' ? info.name : undefined;
    }
    return { claims: { issuer: idClaims.iss, subject: idClaims.sub, email, name }, returnTo: pending.returnTo };
  }
}

function providerUnavailable(): AppError {
  return new AppError(502, 'OIDC_UNAVAILABLE', 'Không kết nối được nhà cung cấp định danh.', 'The identity provider cannot be reached.');
}

/** Only paths inside this site: an open redirect would let a phishing link borrow our login. */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
