// HTTP to a store or SPARQL endpoint. Every request has a time limit and a cap on the bytes it
// reads back, and every failure comes back as a value holding one line a person can act on: a
// store that is down, slow or broken is an expected outcome here, not an exception.

/** A result that is either the value or the one-line reason there is none (`timedOut` when it was a time limit). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string; timedOut?: boolean };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failed = <T = never>(error: string, timedOut = false): Outcome<T> => (timedOut ? { ok: false, error, timedOut } : { ok: false, error });

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The body, decoded as UTF-8. */
  body: string;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
  /** Give up (and abort the request) after this long. */
  timeoutMs: number;
  /** Read at most this many bytes of the answer. */
  maxBytes: number;
  /** Aborts the request early (the engine was closed). */
  signal?: AbortSignal;
  /** A redirect is followed (queries) or answered as it is (data: a redirected PUT or POST may arrive as a GET, without its body). Default: follow, but not for a PUT. */
  redirect?: 'follow' | 'manual';
}

/**
 * The URL as it is safe to print: without the user name and password that `http://user:pass@host/…`
 * carries, and without its query string (a graph name is said separately).
 */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//');
  }
}

/** Checks a URL the user gave (`--store`, `--endpoint`): an absolute http(s) URL. */
export function checkServiceUrl(url: string): Outcome<URL> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return failed(`"${url}" is not a URL; give one like http://127.0.0.1:8890/sparql`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return failed(`${shownUrl(url)}: only http and https URLs are supported`);
  return success(u);
}

/** fetch refuses URLs holding credentials: they travel as a Basic Authorization header instead. */
function withoutCredentials(url: string): { url: string; authorization?: string } {
  const u = new URL(url);
  if (!u.username && !u.password) return { url };
  const authorization = 'Basic ' + Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
  u.username = '';
  u.password = '';
  return { url: u.toString(), authorization };
}

/** Why a request got no answer, from fetch's error (its `cause` holds the system error code). */
function unreachable(e: unknown, where: string, timeoutMs: number, closed: boolean): Outcome<never> {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (closed) return failed(`${where}: the request was cancelled`);
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return failed(`${where}: no answer within ${timeoutMs} ms`, true);
  const code = err.cause?.code;
  if (code === 'ECONNREFUSED') return failed(`${where}: connection refused; is the store running and is the port right?`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return failed(`${where}: host not found; check the URL`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return failed(`${where}: the connection was closed before the answer was complete`);
  return failed(`${where}: cannot connect (${code ?? err.cause?.message ?? err.message})`);
}

/** Reads the body up to `maxBytes`; undefined when it is longer. */
async function readCapped(res: Response, maxBytes: number): Promise<string | undefined> {
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await res.body.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function httpRequest(url: string, req: HttpRequest): Promise<Outcome<HttpAnswer>> {
  const where = shownUrl(url);
  const target = withoutCredentials(url);
  const headers: Record<string, string> = { ...req.headers };
  if (target.authorization) headers.authorization = target.authorization;
  // one controller per request, its timer cleared and its listener removed when the request ends
  // (AbortSignal.timeout keeps its timer, and whatever listens to the signal, for the whole time
  // limit after the answer came; AbortSignal.any ties the request to a long-lived engine signal)
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${req.timeoutMs} ms`, 'TimeoutError')), req.timeoutMs);
  const cancel = () => controller.abort(req.signal?.reason);
  req.signal?.addEventListener('abort', cancel, { once: true });
  if (req.signal?.aborted) cancel();
  const signal = controller.signal;
  try {
    // a redirected PUT may arrive as a GET (301, 302): the store's new address is said instead
    const res = await fetch(target.url, { method: req.method, headers, body: req.body, signal, redirect: req.redirect ?? (req.method === 'PUT' ? 'manual' : 'follow') });
    const body = await readCapped(res, req.maxBytes);
    if (body === undefined) return failed(`${where}: the answer is over ${Math.round(req.maxBytes / 2 ** 20)} MB; ask for less`);
    return success({ status: res.status, headers: res.headers, body });
  } catch (e) {
    return unreachable(e, where, req.timeoutMs, req.signal?.aborted === true);
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', cancel);
  }
}

/**
 * The gist of an error answer in one line: stores answer errors as plain text or as an HTML page
 * (Virtuoso puts its message in <xmp>), so tags go and the first line that says something stays.
 */
export function errorGist(answer: HttpAnswer): string {
  const line = firstLine(answer.body);
  return `HTTP ${answer.status}${line ? `: ${line}` : ''}`;
}

/** The first line of an error body that says something, without HTML, at most 200 characters. */
export function firstLine(body: string): string {
  const pre = /<xmp>([\s\S]*?)<\/xmp>/i.exec(body)?.[1];
  const text = (pre ?? body).replace(/<(script|style|title|h1)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  const line = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l.length > 0) ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
