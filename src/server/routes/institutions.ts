import type { AccountContext } from './accounts-options.js';

/** A bank as `<mono-institution-picker>` shows it. */
export interface InstitutionSummary {
  id: string;
  name: string;
  /** An https: or data:image URL, or `null`. */
  icon: string | null;
  /** CSS hex colour, or `null`. */
  color: string | null;
  /** e.g. `['internet_banking', 'mobile_banking']`. */
  authMethods: string[];
  /** `PERSONAL_BANKING` or `BUSINESS_BANKING`, or `null`. */
  type: string | null;
}

/** Mono's list (docs.mono.co "List institutions"). The list changes rarely; one fetch a day serves every user. */
export const INSTITUTIONS_PATH = '/v1/institutions';
const TTL_MS = 24 * 3600_000;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
/** Only pictures a page can show safely: https, or an inline image. */
const iconUrl = (value: unknown): string | null => {
  const url = text(value);
  return url && (/^https:\/\//i.test(url) || /^data:image\/(svg\+xml|png|jpeg|webp|gif)[;,]/i.test(url)) ? url : null;
};
const colour = (value: unknown): string | null => {
  const hex = text(value);
  return hex && /^#[0-9a-f]{3,8}$/i.test(hex) ? hex : null;
};

/** Mono's institution objects, copied field by field: the login form descriptions (`ui`) stay behind. */
export function normaliseInstitutions(body: unknown): InstitutionSummary[] {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const data = record['data'];
  const list = Array.isArray(body) ? body : Array.isArray(data) ? data : Array.isArray((data as { institutions?: unknown })?.institutions) ? (data as { institutions: unknown[] }).institutions : [];
  const out: InstitutionSummary[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const source = item as Record<string, unknown>;
    const id = text(source['_id']) ?? text(source['id']);
    const name = text(source['name']);
    if (!id || !name) continue;
    const methods = Array.isArray(source['auth_methods']) ? source['auth_methods'] : Array.isArray(source['authMethods']) ? source['authMethods'] : [];
    const authMethods = methods
      .map((method) => (typeof method === 'string' ? method : text((method as { type?: unknown } | null)?.type)))
      .filter((method): method is string => typeof method === 'string');
    out.push({
      id,
      name,
      icon: iconUrl(source['icon']),
      color: colour(source['primaryColor'] ?? source['primary_color'] ?? source['color']),
      authMethods: [...new Set(authMethods)],
      type: text(source['type']) ?? null,
    });
  }
  return out;
}

/**
 * `GET {basePath}/institutions`: Mono's bank list, kept 24 h. Requests that
 * arrive while it is being fetched share that one fetch; a failed fetch is
 * not kept, so the next request tries again.
 */
export function institutionsRoute(context: AccountContext, now: () => number = Date.now) {
  let cached: { value: InstitutionSummary[]; expires: number } | undefined;
  let inFlight: Promise<InstitutionSummary[]> | undefined;

  function load(): Promise<InstitutionSummary[]> {
    inFlight ??= context
      // Not the first caller's signal: its leaving must not fail the others (the upstream timeout still applies).
      .call(new AbortController().signal, 'GET', INSTITUTIONS_PATH)
      .then((body) => {
        const value = normaliseInstitutions(body);
        cached = { value, expires: now() + TTL_MS };
        return value;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  return async (request: Request): Promise<Response> => {
    await context.authorized(request, null);
    const institutions = cached && cached.expires > now() ? cached.value : await load();
    return context.answer({ institutions });
  };
}
