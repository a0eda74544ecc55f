// Vitest global setup: every temporary folder the tests make (mkdtemp under os.tmpdir(), Virtuoso's
// database folders) goes under one folder of this run, removed when the run ends, so no run leaves
// folders behind in the system's temp folder, whatever a test forgets or a crash skips.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'newskg-tests-'));
  // (the test processes are forked after this, and inherit it; os.tmpdir() reads TMPDIR when called)
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
