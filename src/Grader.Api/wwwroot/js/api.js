// Calls to the service's JSON API with the sign-in cookie. Errors carry the API's French problem details.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `Erreur ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { detail: 'Le service ne répond pas : vérifiez votre connexion puis réessayez.' });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
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
