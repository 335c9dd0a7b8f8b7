/**
 * Whether an error from the backend says the bank needs the user again.
 * Mono answers such reads with a message about re-authorisation rather than
 * a fixed code, so both are read: a `code` containing REAUTH, or a message
 * saying "re-authorise"/"reauthorization" in either spelling.
 */
export function needsReauth(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && /REAUTH/i.test(code)) || (typeof message === 'string' && /\bre-?authori[sz]/i.test(message));
}
