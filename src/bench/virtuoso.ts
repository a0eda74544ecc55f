// A Virtuoso Open Source server of newskg's own, for the store tests and the scale bench: a temporary
// database folder with its own virtuoso.ini, on free ports of 127.0.0.1, the SPARQL user allowed to
// update (so the Graph Store endpoint /sparql-graph-crud takes PUTs without authentication), stopped
// and deleted afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The server and the SQL client the tests need (Debian package virtuoso-opensource). */
const SERVER = 'virtuoso-t';
const SQL_CLIENT = 'isql-vt';

const onPath = (program: string): boolean => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

/** Why the Virtuoso tests cannot run here, or undefined when they can. */
export function virtuosoMissing(): string | undefined {
  const missing = [SERVER, SQL_CLIENT].filter((p) => !onPath(p));
  return missing.length ? `${missing.join(' and ')} not found (apt-get install virtuoso-opensource)` : undefined;
}

export interface Virtuoso {
  /** The Graph Store Protocol endpoint. */
  graphStoreUrl: string;
  /** The SPARQL 1.1 Protocol endpoint. */
  sparqlUrl: string;
  /** The server's process (the bench reads its CPU time and memory). */
  pid: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

// Small by default: the machine is shared (10,000 buffers of 8 kB; the bench gives more). ResultSetMaxRows
// is raised from the packaged 10,000 so that the viewer's graph (one CONSTRUCT) comes back whole.
const ini = (sqlPort: number, httpPort: number, buffers: number): string => `[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
NumberOfBuffers = ${buffers}
MaxDirtyBuffers = ${Math.round(buffers * 0.6)}
ThreadsPerQuery = 1
MaxClientConnections = 4
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = .
ServerThreads = 4
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
`;

async function waitForHttp(url: string, server: ChildProcess, log: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`virtuoso-t exited with code ${server.exitCode}: ${readFileSync(log, 'utf8').slice(-500)}`);
    const ok = await fetch(`${url}?query=${encodeURIComponent('ASK {}')}`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`virtuoso-t did not answer at ${url} within ${ms} ms: ${readFileSync(log, 'utf8').slice(-500)}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), 20_000);
    server.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/** `buffers`: Virtuoso's page cache, in 8 kB pages (its guide: about 2/3 of the memory it may use). */
export async function startVirtuoso(buffers = 10_000): Promise<Virtuoso> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newskg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  await writeFile(path.join(dir, 'virtuoso.ini'), ini(sqlPort, httpPort, buffers));
  const log = path.join(dir, 'server.out');
  const out = openSync(log, 'w');
  const server = spawn(SERVER, ['+foreground', '+configfile', 'virtuoso.ini'], { cwd: dir, stdio: ['ignore', out, out] });
  closeSync(out);
  const base = `http://127.0.0.1:${httpPort}`;
  const stop = async (): Promise<void> => {
    await stopServer(server);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${base}/sparql`, server, log, 90_000);
    // a new database's administrator is dba/dba; the Graph Store endpoint runs as the SPARQL user
    const grant = spawnSync(SQL_CLIENT, [`127.0.0.1:${sqlPort}`, 'dba', 'dba', 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'], { encoding: 'utf8', timeout: 30_000 });
    if (grant.status !== 0 || /error/i.test(grant.stdout + grant.stderr)) throw new Error(`${SQL_CLIENT} could not grant SPARQL_UPDATE: ${grant.stdout}${grant.stderr}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { graphStoreUrl: `${base}/sparql-graph-crud`, sparqlUrl: `${base}/sparql`, pid: server.pid!, stop };
}
