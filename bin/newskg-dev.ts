// Runs the CLI from source (npx tsx bin/newskg-dev.ts ...), for development without a build.
import { main } from '../src/cli/index.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
