#!/usr/bin/env node
// The CLI runs the compiled package (dist/, built by `npm run build`, which `prepare` runs
// on `npm ci` and on an install from git). `--version` is answered here, before any module
// of the engine loads, so it starts as fast as Node itself; every other command loads
// dist/cli/main.js.
import { readFileSync } from 'node:fs';

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

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const entry = new URL('../dist/cli/main.js', import.meta.url);
  let mod;
  try {
    mod = await import(entry.href);
  } catch (e) {
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(entry.pathname)) {
      process.stderr.write('corroborate: the compiled package (dist/) is missing\n  fix: run `npm run build` in the package folder (`npm ci` runs it too)\n');
      process.exitCode = 3;
    } else internal(e);
  }
  if (mod)
    try {
      process.exitCode = await mod.main(argv);
    } catch (e) {
      internal(e);
    }
}
