// Real reports for the reporter tests, from real files through the public API.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check, type Report } from '../../src/index.js';

export const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/claims-as-tests');

const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove the temp folders made so far (call from afterAll). */
export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** The claims-as-tests fixture: 5 claims over sources a and b; summit-date and summit-in-turkey fail. */
export function fixtureReport(): Promise<Report> {
  return check({ claims: ['claims'], corpus: ['corpus'], cwd: FIXTURE });
}

/** Text that breaks naive XML, Markdown and workflow commands. */
export const NASTY_CLAIM = 'Martians <b>&amp;</b> "land" | it\'s 100% \u0007bell\nnew line';

/**
 * A failing claim whose text holds markup, pipes, quotes, a control character and a line
 * break, in a file whose name holds a comma and a colon.
 */
export async function nastyReport(): Promise<{ report: Report; dir: string; file: string }> {
  const dir = tempDir('corroborate-report-');
  const file = 'odd,name:1.yaml';
  writeFileSync(path.join(dir, file), `claims:\n  - id: nasty\n    claim: ${JSON.stringify(NASTY_CLAIM)}\n    about: [Martians]\n`);
  const report = await check({ claims: [file], corpus: [path.join(FIXTURE, 'corpus')], cwd: dir });
  return { report, dir, file };
}

/** The fixture claims over `n` sources: the fixture's two plus `n - 2` that say nothing about them. */
export async function manySources(n: number, idLength = 3): Promise<Report> {
  const dir = tempDir('corroborate-many-');
  for (let i = 0; i < n - 2; i++) {
    const id = `x${String(i).padStart(idLength - 1, '0')}`;
    writeFileSync(path.join(dir, `${id}.txt`), `---\nid: ${id}\n---\nThe weather in Oslo was mild on Tuesday.\n`);
  }
  return check({ claims: [path.join(FIXTURE, 'claims')], corpus: [path.join(FIXTURE, 'corpus'), dir], cwd: FIXTURE });
}
