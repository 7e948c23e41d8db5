// A throwaway project in a temp folder that uses corroborate the way a user's repo does,
// and a way to run the real Vitest CLI in it as a child process.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const FIXTURE = path.join(REPO, 'test/fixtures/claims-as-tests');
const VITEST = path.join(REPO, 'node_modules/vitest/vitest.mjs');

/** A config as the docs recommend, importing the plugin through the package's `corroborate/vitest` export. */
export const CONFIG = `import { defineConfig } from 'vitest/config';
import { claimsPlugin } from 'corroborate/vitest';

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        plugins: [claimsPlugin({ corpus: 'corpus' })],
        test: { name: 'claims', include: ['claims/**/*.yaml'], isolate: false, includeTaskLocation: true },
      },
    ],
  },
});
`;

/**
 * Make a project: the fixture's claims/ and corpus/, a vitest config, and a node_modules whose
 * entries link to this repo's (so Vitest's cache stays inside the temp folder) plus `corroborate`.
 */
export function makeProject(opts: { config?: string; files?: Record<string, string>; linkSrc?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-vitest-'));
  cpSync(path.join(FIXTURE, 'claims'), path.join(dir, 'claims'), { recursive: true });
  cpSync(path.join(FIXTURE, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(path.join(dir, 'vitest.config.ts'), opts.config ?? CONFIG);
  const nm = path.join(dir, 'node_modules');
  for (const name of readdirSync(path.join(REPO, 'node_modules'))) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) {
      for (const sub of readdirSync(path.join(REPO, 'node_modules', name))) {
        mkdirP(path.join(nm, name));
        symlinkSync(path.join(REPO, 'node_modules', name, sub), path.join(nm, name, sub));
      }
    } else {
      mkdirP(nm);
      symlinkSync(path.join(REPO, 'node_modules', name), path.join(nm, name));
    }
  }
  symlinkSync(REPO, path.join(nm, 'corroborate'));
  // a config that imports ./src/... (this repository's own) finds the sources
  if (opts.linkSrc) symlinkSync(path.join(REPO, 'src'), path.join(dir, 'src'));
  for (const [file, text] of Object.entries(opts.files ?? {})) {
    mkdirP(path.dirname(path.join(dir, file)));
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function mkdirP(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The environment of a child Vitest: no colour, no CI reporter, nothing inherited from the parent Vitest. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITEST|TINYPOOL|GITHUB_ACTIONS|FORCE_COLOR|NODE_OPTIONS|NODE_V8_COVERAGE)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, NO_COLOR: '1', CI: 'true' };
}

export interface RunResult {
  code: number | null;
  /** stdout and stderr together, as a developer reads them. */
  output: string;
}

/** Run `vitest <args>` in `cwd` and wait for it to exit. */
export function runVitest(cwd: string, args: string[], timeoutMs = 100_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITEST, ...args], { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vitest ${args.join(' ')} timed out after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Start `vitest watch` in `cwd`; `until(re)` waits for the output (since `from`) to match. */
export function watchVitest(
  cwd: string,
  args: string[] = [],
): {
  child: ChildProcess;
  output: () => string;
  until: (re: RegExp, from?: number, timeoutMs?: number) => Promise<string>;
  stop: () => void;
} {
  const env = childEnv();
  delete env.CI;
  const child = spawn(process.execPath, [VITEST, 'watch', ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const until = (re: RegExp, from = 0, timeoutMs = 30_000) =>
    new Promise<string>((resolve, reject) => {
      const start = Date.now();
      const tick = () => {
        const seen = output.slice(from);
        if (re.test(seen)) return resolve(seen);
        if (Date.now() - start > timeoutMs) return reject(new Error(`no ${re} in vitest watch output:\n${seen}`));
        setTimeout(tick, 100);
      };
      tick();
    });
  return { child, output: () => output, until, stop: () => child.kill('SIGTERM') };
}
