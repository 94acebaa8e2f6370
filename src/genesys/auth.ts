/**
 * Sign-in with the Client Credentials grant and authenticated GETs. The secret and then the token
 * are masked before anything is logged or sent. One token per run; a 401 on an API call signs in
 * again once (the token may have expired or been revoked), a second one fails the audit.
 */
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { MIN_SECRET_LENGTH } from '../redact.js';
import { terminalText } from '../escape.js';
import { adviceFor, ApiError, readErrorBody } from './api-error.js';
import { parseJson, type HttpClient, type HttpResponse } from './http.js';

interface SessionSettings {
  /** Shown in messages, e.g. `mypurecloud.ie`. */
  region: string;
  apiBaseUrl: string;
  loginBaseUrl: string;
  clientId: string;
  clientSecret: string;
}

/** Missing credentials: an input the user must give. */
export class CredentialsError extends UserError {
  override name = 'CredentialsError';
}

/** The sign-in failed; the audit cannot see anything. */
export class AuthError extends ApiError {
  override name = 'AuthError';
}

const TOKEN_PATH = '/oauth/token';

function tokenAdvice(status: number, code: string | undefined, settings: SessionSettings): string {
  const where = `\`region\` (${settings.region}, signing in at ${settings.loginBaseUrl})`;
  switch (code) {
    case 'invalid_client':
    case 'bad.credentials':
      return (
        `check client-id/client-secret and that ${where} is the org's region — a client from another region ` +
        'fails the same way.'
      );
    case 'unauthorized_client':
    case 'unsupported_grant_type':
      return 'the audit identity must be an OAuth client with the Client Credentials grant; create one as the README explains.';
    case 'invalid_grant':
    case 'access_denied':
      return 'check that the audit client is active: disabled or inactive clients cannot get tokens.';
    default:
      break;
  }
  if (status === 400 || status === 401 || status === 403) {
    return (
      `check client-id/client-secret, that the client is an active Client Credentials client, and that ${where} ` +
      "is the org's region."
    );
  }
  if (status === 404)
    return `check \`region\` and \`login-base-url\` (${settings.loginBaseUrl}): there is no sign-in endpoint there.`;
  return adviceFor(status, code, undefined).replace(/^./, (c) => c.toLowerCase());
}

/**
 * Refuses a client secret too short to be one. Genesys Cloud client secrets are long random strings;
 * a value of a few characters is another value passed by mistake, and no redaction of it could be
 * exact (it occurs inside ordinary words).
 */
function checkClientSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new CredentialsError(
      `client-secret has only ${secret.length} character${secret.length === 1 ? '' : 's'}: a Genesys Cloud ` +
        `client secret is far longer (the tool accepts ${MIN_SECRET_LENGTH} or more). Check that the ` +
        "`client-secret` input or GENESYS_CLIENT_SECRET holds the OAuth client's secret.",
    );
  }
}

export class GenesysSession {
  private token: string | undefined;
  /** The run's one sign-in after a 401, shared by every request the old token failed. */
  private renewal: Promise<void> | undefined;
  /** The token that renewal replaces. */
  private refused: string | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly settings: SessionSettings,
    private readonly logger: Logger,
  ) {
    // None of these messages holds the secret; it is registered before anything can print or send it.
    if (settings.clientId.trim() === '') {
      throw new CredentialsError('client-id is missing: set the `client-id` input or GENESYS_CLIENT_ID.');
    }
    if (settings.clientSecret === '') {
      throw new CredentialsError(
        'client-secret is missing: set the `client-secret` input or GENESYS_CLIENT_SECRET.',
      );
    }
    checkClientSecret(settings.clientSecret);
    logger.mask(settings.clientSecret);
    http.addSecret(settings.clientSecret);
  }

  /** Gets the run's token (POST {login}/oauth/token, Basic auth, form body). */
  async signIn(): Promise<void> {
    const { clientId, clientSecret, loginBaseUrl } = this.settings;
    const basic = Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64');
    this.logger.mask(basic);
    this.http.addSecret(basic);
    const res = await this.http.send({
      method: 'POST',
      baseUrl: loginBaseUrl,
      path: TOKEN_PATH,
      headers: {
        authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    if (res.status < 200 || res.status >= 300) throw this.tokenError(res);
    let body: unknown;
    try {
      body = parseJson(res.body);
    } catch (err) {
      throw this.authError(
        res,
        `malformed token response: ${(err as Error).message}`,
        'check `login-base-url`.',
      );
    }
    const token = (body as { access_token?: unknown } | null)?.access_token;
    if (typeof token !== 'string' || token === '') {
      throw this.authError(res, 'the token response has no access_token', 'check `login-base-url`.');
    }
    if (token.length < MIN_SECRET_LENGTH) {
      // Not a real token, and one that short could not be kept out of messages exactly.
      throw this.authError(
        res,
        'the access_token of the token response is too short to be one',
        'check `login-base-url`.',
      );
    }
    this.logger.mask(token);
    this.http.addSecret(token);
    this.token = token;
    this.logger.debug(`Signed in at ${loginBaseUrl} as client ${clientId}.`);
  }

  /**
   * GET a JSON document from the API with the token. On a 401 the run signs in again, once:
   * requests in flight with the refused token wait for that sign-in and are sent once more; a 401
   * to the new token is final.
   */
  async get(path: string, permission?: string): Promise<HttpResponse> {
    return this.call(path, permission);
  }

  /** POST a read-only JSON query (the usage query) with the token; a 401 is handled as for `get`. */
  async post(path: string, body: unknown, permission?: string): Promise<HttpResponse> {
    return this.call(path, permission, JSON.stringify(body));
  }

  private async call(path: string, permission: string | undefined, body?: string): Promise<HttpResponse> {
    if (this.token === undefined) await this.signIn();
    const sent = this.token!;
    try {
      return await this.withToken(path, permission, sent, body);
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
      if (this.renewal === undefined) {
        this.refused = sent;
        this.logger.info(
          `${body === undefined ? 'GET' : 'POST'} ${err.path} answered 401; signing in again.`,
        );
        this.renewal = this.signIn();
      } else if (sent !== this.refused) {
        throw err;
      }
      await this.renewal;
      return this.withToken(path, permission, this.token!, body);
    }
  }

  private withToken(
    path: string,
    permission: string | undefined,
    token: string,
    body: string | undefined,
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body === undefined) return this.http.getJson(this.settings.apiBaseUrl, path, { headers, permission });
    headers['content-type'] = 'application/json';
    return this.http.getJson(this.settings.apiBaseUrl, path, { method: 'POST', body, headers, permission });
  }

  private authError(res: HttpResponse, problem: string, advice: string): AuthError {
    const details = {
      method: 'POST',
      path: TOKEN_PATH,
      status: res.status,
      correlationId: res.correlationId,
      problem,
      advice,
    };
    const e = this.http.error(details);
    return new AuthError(
      details,
      `Sign-in failed: ${e.message.replace(/^POST \/oauth\/token failed: /, '')}`,
    );
  }

  private tokenError(res: HttpResponse): AuthError {
    const body = readErrorBody(res.body);
    const code = body.code;
    const correlationId = res.correlationId ?? body.contextId;
    // Server text: one line, no control character, bounded.
    const what = terminalText(
      body.message ?? (res.status === 401 ? 'authentication failed' : 'sign-in refused'),
      300,
    );
    const advice = tokenAdvice(res.status, code, this.settings);
    const attempts = res.attempts > 1 ? ` after ${res.attempts} attempts` : '';
    const corr = correlationId ? ` (correlation ID ${terminalText(correlationId, 100)})` : '';
    const message = `Sign-in failed (POST ${TOKEN_PATH} answered ${res.status}${attempts}${corr}): ${what}${code ? ` (${terminalText(code, 100)})` : ''}: ${advice}`;
    return new AuthError(
      {
        method: 'POST',
        path: TOKEN_PATH,
        status: res.status,
        code,
        genesysMessage: body.message,
        correlationId,
        advice,
        attempts: res.attempts,
      },
      this.http.redact(message),
    );
  }
}
