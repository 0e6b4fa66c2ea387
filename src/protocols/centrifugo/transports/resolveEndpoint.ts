/**
 * Resolves `path` against `base` and, in a page, against the document (relative endpoints such as
 * `/connection/sse` work in browsers as in centrifuge-js). Undefined when it is not a URL.
 */
export function resolveEndpoint(path: string, base?: string): URL | undefined {
  const page = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  try {
    const root = base === undefined ? page : new URL(base, page).toString();
    return new URL(path, root);
  } catch {
    return undefined;
  }
}

/** A thrown value as short text for a close reason (never the request body: it may hold a token). */
export function failureText(error: unknown): string {
  if (error instanceof Error) return error.name === 'AbortError' ? 'aborted' : error.message;
  return String(error);
}
