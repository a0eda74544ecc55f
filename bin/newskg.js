#!/usr/bin/env node
// The CLI lives in dist/ (built by `npm install` through the prepare script).
import { main } from '../dist/cli/index.js';

// Standard output closed early (`newskg extract … | head`) is the reader's choice: stop quietly.
// Any other failure to write it (a full disk) is one line and exit code 2, never a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`newskg: cannot write to standard output (${e.code ?? e.message}); free space or write to a file with -o\n`);
  process.exit(2);
});

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
