/**
 * Runs the CLI like bin/bilateral.js and, at exit, writes its peak resident memory to stderr as a
 * last line `maxrss <bytes>`: how tests see what one command cost in memory.
 */
import { processIO } from '../../src/cli/process-io.ts';
import { run } from '../../src/cli/run.ts';

const code = await run(process.argv.slice(2), processIO());
process.stderr.write(`maxrss ${process.resourceUsage().maxRSS * 1024}\n`);
process.exitCode = code;
