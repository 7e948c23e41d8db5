#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so `npx corroborate` works right after
// `npm ci` with no build step.
import { register } from 'tsx/esm/api';

/** A bug, not bad input: say so plainly; the stack only on request. Exit 3 (2 is for input errors). */
function internal(e) {
  process.stderr.write(`corroborate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.CORROBORATE_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
  else process.stderr.write('  (set CORROBORATE_DEBUG=1 for the stack trace, and please report it)\n');
  process.exitCode = 3;
}

// a reader that goes away (`corroborate check | head`) is not an error
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  else internal(e);
});
for (const event of ['uncaughtException', 'unhandledRejection'])
  process.on(event, (e) => {
    internal(e);
    process.exit(3);
  });

register();
try {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  internal(e);
}
