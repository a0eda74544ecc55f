// `--endpoint URL` for the commands that serve data (serve, view): the URL checked, the SPARQL client
// loaded only when used, and one test query first, so an endpoint that is down is one line at start
// instead of an error page on every request.
import { UserError } from '../errors.js';
import type { EndpointData } from '../server/index.js';
import type { EndpointEngine, EndpointSettings } from '../store/endpoint.js';

/** `newskg serve|view|query`'s exit code when the --endpoint cannot be reached or fails. */
export const EXIT_ENDPOINT = 4;

/** A client of the SPARQL endpoint at `url` (checked to be an http(s) URL); nothing is sent yet. */
export async function connectEndpoint(command: string, url: string, settings: Partial<EndpointSettings> = {}): Promise<EndpointEngine> {
  const { checkServiceUrl } = await import('../store/http.js');
  const checked = checkServiceUrl(url);
  if (!checked.ok) throw new UserError(`${command}: --endpoint: ${checked.error}`);
  return new (await import('../store/endpoint.js')).EndpointEngine(url, settings);
}

/** The endpoint as a server's data, once it has answered a test query. */
export async function openEndpoint(command: string, url: string, settings: Partial<EndpointSettings> = {}): Promise<EndpointData> {
  const engine = await connectEndpoint(command, url, settings);
  try {
    await engine.query('ASK {}');
  } catch (e) {
    throw new UserError(`${command}: --endpoint: ${(e as Error).message.replace(/^query: /, '')}`, EXIT_ENDPOINT);
  }
  const { readEndpointGraph } = await import('../store/endpoint.js');
  return { engine, readGraph: () => readEndpointGraph(engine) };
}

/** Files and --endpoint are two answers to "where is the data": exactly one must be given. */
export function oneSource(command: string, files: string[], endpoint: string | undefined, example: string): void {
  if (endpoint !== undefined && files.length) throw new UserError(`${command}: ${files[0]}: with --endpoint the data is the endpoint's; give either files or --endpoint, not both`);
  if (endpoint === undefined && !files.length) throw new UserError(`${command}: no graph or article files given; pass at least one (or --endpoint URL), e.g. \`${example}\``);
}

/** Runs `step`; the endpoint failing or timing out in it (reading the viewer's graph) is one line and EXIT_ENDPOINT. */
export async function fromEndpoint<T>(command: string, step: () => Promise<T>): Promise<T> {
  const { QueryEndpointError, QueryTimeoutError } = await import('../query/types.js');
  try {
    return await step();
  } catch (e) {
    if (e instanceof QueryEndpointError || e instanceof QueryTimeoutError) throw new UserError(`${command}: --endpoint: ${e.message.replace(/^query: /, '')}`, EXIT_ENDPOINT);
    throw e;
  }
}
