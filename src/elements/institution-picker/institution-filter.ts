import type { InstitutionOption } from '../../core/fetcher/types.js';

/** Lower case without accents, so "societe" finds "Société Générale". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();

/**
 * The banks whose name contains the query and that offer the login method.
 * A bank whose methods the backend did not say is kept: the widget asks the
 * user then, which beats hiding their bank.
 */
export function filterInstitutions(list: readonly InstitutionOption[], query: string, authMethod?: string): InstitutionOption[] {
  const needle = fold(query);
  const method = authMethod?.toLowerCase();
  return list.filter(
    (institution) =>
      (!needle || fold(institution.name).includes(needle)) &&
      (!method || institution.authMethods.length === 0 || institution.authMethods.includes(method)),
  );
}
