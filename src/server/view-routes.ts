// The viewer's JSON pages: /data.json (the whole graph, or a large corpus's overview), and for a large
// corpus /neighbourhood.json, /search.json and /article.json. All are GET (or HEAD) only and read-only;
// a few run at once (each holds a part of the corpus in memory while it is built), the rest get 503.
import type { ServerResponse } from 'node:http';
import type { CorpusView } from './corpus-view.js';

/** View requests being built at once; past it a request is refused with 503 and Retry-After. */
export const MAX_VIEW_REQUESTS = 4;

/** Refused because MAX_VIEW_REQUESTS are being built; the caller answers 503 with Retry-After. */
export class ViewBusyError extends Error {}

export class ViewRoutes {
  private building = 0;

  constructor(private readonly view: CorpusView) {}

  /** Answers `pathname` if it is one of the view's pages; false when it is not. */
  async serve(pathname: string, params: URLSearchParams, res: ServerResponse, head: boolean): Promise<boolean> {
    let body: Buffer;
    switch (pathname) {
      case '/data.json': body = await this.view.dataJson(); break;
      case '/neighbourhood.json': body = await this.limited(() => this.view.neighbourhood(params.get('entity'))); break;
      case '/search.json': body = await this.limited(() => this.view.search(params.get('q'))); break;
      case '/article.json': body = await this.limited(() => this.view.article(params.get('iri'))); break;
      default: return false;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(head ? undefined : body);
    return true;
  }

  private async limited(build: () => Promise<Buffer>): Promise<Buffer> {
    if (this.building >= MAX_VIEW_REQUESTS) throw new ViewBusyError(`${this.building} views are being built; try again shortly`);
    this.building++;
    try {
      return await build();
    } finally {
      this.building--;
    }
  }
}
