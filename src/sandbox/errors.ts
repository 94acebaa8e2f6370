/** Builders for the error bodies Genesys sends: `ErrorBody` on the API host, OAuth errors on the login host. */
import { jsonReply, type Reply } from './reply.js';
import type { WireErrorBody, WireOAuthError } from './wire.js';

/** A 400 answer with a Genesys error body. */
export function badRequest(message: string, correlationId: string): Reply {
  return jsonReply(400, errorBody(400, 'bad.request', message, correlationId));
}

export function errorBody(
  status: number,
  code: string,
  message: string,
  contextId: string,
  params?: { withParams: string; params: Record<string, string> },
): WireErrorBody {
  return {
    message,
    code,
    status,
    ...(params ? { messageWithParams: params.withParams, messageParams: params.params } : {}),
    contextId,
    details: [],
    errors: [],
  };
}

export function badCredentials(contextId: string): WireErrorBody {
  return errorBody(401, 'bad.credentials', 'Invalid login credentials.', contextId);
}

export function missingPermission(permission: string, contextId: string): WireErrorBody {
  return errorBody(
    403,
    'missing.any.permissions',
    `Unable to perform the requested action. You must have at least one of the following permissions assigned: [${permission}]`,
    contextId,
  );
}

export function tooManyRequests(retryAfterSeconds: number, contextId: string): WireErrorBody {
  return errorBody(
    429,
    'too.many.requests.retry.after',
    `Rate limit exceeded the maximum. Retry the request in [${retryAfterSeconds}] seconds`,
    contextId,
  );
}

export function notFound(message: string, contextId: string): WireErrorBody {
  return errorBody(404, 'not.found', message, contextId);
}

export function methodNotAllowed(method: string, path: string, contextId: string): WireErrorBody {
  return errorBody(
    405,
    'method.not.allowed',
    `The method ${method} is not allowed for ${path}: the sandbox is read-only`,
    contextId,
  );
}

const SERVER_ERRORS: Record<number, [code: string, message: string]> = {
  500: [
    'internal.server.error',
    'The server encountered an unexpected condition which prevented it from fulfilling the request.',
  ],
  501: ['not.implemented', 'The server does not support the functionality required to fulfill the request.'],
  502: ['bad.gateway', 'The server received an invalid response from an upstream server.'],
  503: ['service.unavailable', 'The service is currently unavailable. Please try again later.'],
  504: ['gateway.timeout', 'The server did not receive a timely response from an upstream server.'],
};

/** The body for an injected status (5xx, or any other error status a fault names). */
export function statusError(status: number, contextId: string): WireErrorBody {
  const [code, message] = SERVER_ERRORS[status] ?? ['error', `Request failed with status ${status}.`];
  return errorBody(status, code, message, contextId);
}

export function invalidClient(): WireOAuthError {
  return {
    error: 'invalid_client',
    description: 'authentication failed',
    error_description: 'authentication failed',
  };
}

export function unsupportedGrantType(grantType: string | undefined): WireOAuthError {
  const text = grantType ? `unsupported grant type: ${grantType}` : 'missing grant type';
  return { error: 'unsupported_grant_type', description: text, error_description: text };
}

export function invalidRequest(text: string): WireOAuthError {
  return { error: 'invalid_request', description: text, error_description: text };
}
