/**
 * Accounts whose data was last seen not readable on this page: just linked
 * (Mono is still fetching it), or a status check said PROCESSING. Elements
 * that could ask for rows alongside the status wait for the status for
 * these. Page-wide, as the accounts are; bounded (the first forgotten first).
 */
const unreadable = new Set<string>();

export function noteReadiness(accountId: string, readable: boolean): void {
  unreadable.delete(accountId);
  if (readable) return;
  if (unreadable.size >= 100) unreadable.delete(unreadable.values().next().value!);
  unreadable.add(accountId);
}

export const lastSeenUnreadable = (accountId: string): boolean => unreadable.has(accountId);
