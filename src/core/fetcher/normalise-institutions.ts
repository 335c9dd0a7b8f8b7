import { looseString, looseStringish, looseWords, type Notes } from './loose-fields.js';
import { invalid, isObject, object, pick } from './read-fields.js';
import type { InstitutionOption } from './types.js';

/** The picker's list, with the entries that could not be read left out. */
export interface InstitutionList {
  institutions: InstitutionOption[];
  /** Developer detail for each entry left out (`institutions[3].name is missing`), never a value. */
  skipped: string[];
}

/**
 * One bank. Without an id or a name it cannot be picked or shown, so it is
 * skipped; any other odd field is left out and the bank kept.
 */
function normaliseInstitution(value: unknown, path: string, skipped: Notes): InstitutionOption | undefined {
  if (!isObject(value)) {
    skipped.push(`${path} should be an object`);
    return undefined;
  }
  const notes: Notes = [];
  const id = looseStringish(pick(value, 'id', '_id'), `${path}.id`, notes);
  const name = looseString(pick(value, 'name', 'institution'), `${path}.name`, notes);
  if (!id || !name) {
    skipped.push(`${path}.${id ? 'name' : 'id'} is missing or not a string`);
    return undefined;
  }
  // Mono's own list names the login methods `auth_methods`, as objects `{ type }` or plain strings.
  const rawMethods = pick(value, 'authMethods', 'auth_methods');
  const methods = Array.isArray(rawMethods)
    ? rawMethods.map((item: unknown) => (isObject(item) ? (item['type'] ?? item['name']) : item))
    : rawMethods;
  const icon = looseString(pick(value, 'icon', 'logo'), `${path}.icon`, notes);
  return {
    id,
    name,
    // Only web addresses and inline images: a `javascript:` value must never reach an <img>.
    icon: icon && /^(https?:|data:image\/|\/)/i.test(icon) ? icon : undefined,
    color: looseString(pick(value, 'color', 'primaryColor', 'primary_color'), `${path}.color`, notes),
    authMethods: looseWords(methods, `${path}.authMethods`, notes) ?? [],
    type: looseString(value['type'], `${path}.type`, notes),
  };
}

/**
 * `{ institutions: [...] }` (the proxy), `{ data: [...] }` (Mono's own
 * answer) or a bare list. A list that is not there at all is an error; a bad
 * entry is skipped, never the whole list.
 */
export function normaliseInstitutions(body: unknown): InstitutionList {
  const list = Array.isArray(body) ? body : pick(object(body, 'response'), 'institutions', 'data');
  if (!Array.isArray(list)) throw invalid('institutions', 'a list', list);
  const skipped: string[] = [];
  const institutions: InstitutionOption[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const institution = normaliseInstitution(entry, `institutions[${index}]`, skipped);
    // A repeated id would give two options the same DOM id in the picker.
    if (institution && !seen.has(institution.id)) {
      seen.add(institution.id);
      institutions.push(institution);
    }
  });
  return { institutions, skipped };
}
