// Calls to the service's JSON API with the sign-in cookie. Errors carry the API's French problem details.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `Erreur ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
let forgeryToken = null;

/**
 * The anti-forgery token that state-changing calls carry with the sign-in cookie (header X-CSRF-TOKEN); asked once
 * per page, and again when the service refuses it (after a new sign-in, for instance).
 */
export async function antiforgeryHeaders(renew = false) {
  if (renew || !forgeryToken) {
    const response = await fetch('/api/auth/antiforgery', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return {};
    const { token, headerName } = await response.json();
    forgeryToken = { [headerName]: token };
  }
  return forgeryToken;
}

/** True when the service refused a call for its anti-forgery token (the caller may renew it and retry once). */
export const isForgeryRefusal = (status, problem) => status === 400 && problem?.code === 'antiforgery';

export async function api(path, { method = 'GET', body } = {}) {
  const unsafe = !safeMethods.has(method.toUpperCase());
  let response = await send(path, method, body, unsafe ? await antiforgeryHeaders() : {});
  let data = await read(response);
  if (unsafe && isForgeryRefusal(response.status, data)) {
    response = await send(path, method, body, await antiforgeryHeaders(true));
    data = await read(response);
  }
  if (response.status === 204) return null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

async function send(path, method, body, extraHeaders) {
  const headers = { Accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { detail: 'Le service ne répond pas : vérifiez votre connexion puis réessayez.' });
  }
}

async function read(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? await response.json() : null;
}

/** Every item of a paginated list (Page&lt;T&gt;: items, pageNumber, pageSize, total). */
export async function allPages(path) {
  const items = [];
  for (let page = 1; ; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const result = await api(`${path}${separator}page=${page}&pageSize=100`);
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

/** The id named in the page's address (?dossier=…), or null. */
export function queryId(name) {
  const value = new URLSearchParams(location.search).get(name);
  return value && /^[0-9a-f-]{36}$/i.test(value) ? value : null;
}
