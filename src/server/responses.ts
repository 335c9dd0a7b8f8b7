/*
 * JSON answers; nothing the proxy says may be cached by a browser or CDN.
 * Each answer's text is also kept beside it (weakly, for as long as the
 * Response lives), so toNodeHandler() can write it straight to the socket
 * instead of reading it back out of the Response's stream.
 */

const texts = new WeakMap<Response, string>();

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const response = new Response(text, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
  texts.set(response, text);
  return response;
}

export function fail(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return json({ error: { code, message } }, status, headers);
}

/** The text of an answer made by `json()` whose body nobody has read yet; `undefined` for any other Response. */
export function jsonTextOf(response: Response): string | undefined {
  return response.bodyUsed ? undefined : texts.get(response);
}
