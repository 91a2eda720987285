// Thin fetch wrapper for the jobmatch JSON API (docs/api.md).
// Every failure — HTTP error with the {success:false, error:{code, message}} shape, network
// failure or unreadable answer — is thrown as an ApiError whose message can be shown as is.

/** An API failure; `status` is the HTTP status (0 for network errors), `code` the API error code. */
export class ApiError extends Error {
  constructor(message, { status = 0, code = 'unknown' } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

function build_url(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && String(value) !== '') {
      url.searchParams.set(key, String(value));
    }
  }
  return url;
}

async function read_payload(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function request(path, { method = 'GET', params, body, csrf_token } = {}) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (csrf_token) headers['X-CSRF-Token'] = csrf_token;

  let response;
  try {
    response = await fetch(build_url(path, params), init);
  } catch {
    throw new ApiError(
      'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.',
      { status: 0, code: 'network' });
  }

  const payload = await read_payload(response);
  if (!response.ok || payload === null || payload.success === false) {
    const error = payload?.error ?? {};
    const message = typeof error.message === 'string' && error.message
      ? error.message
      : `Le serveur a répondu par une erreur (HTTP ${response.status}). Réessayez plus tard.`;
    throw new ApiError(message, { status: response.status, code: error.code ?? 'http_error' });
  }
  return payload;
}

/** GET `path` with the non-empty `params` as query string; resolves to the parsed JSON. */
export function get_json(path, params) {
  return request(path, { params });
}

/** POST `body` (omitted when undefined) as JSON, with an optional X-CSRF-Token header. */
export function post_json(path, body, { csrf_token } = {}) {
  return request(path, { method: 'POST', body, csrf_token });
}
