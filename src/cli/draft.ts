import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestCorpus } from '../corpus/ingest.js';
import { draftClaims } from '../draft/draft.js';
import type { InputError } from '../errors.js';

interface DraftIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
}

export interface DraftHooks {
  printErrors(errors: InputError[], after?: string): number;
  writeAtomic(file: string, content: string): Promise<void>;
}

export interface DraftArgs {
  paths: string[];
  output?: string;
  minSources?: string;
  cacheDir?: string | false;
}

const SCHEMA = fileURLToPath(new URL('../../claims.schema.json', import.meta.url));

function usageError(message: string, hint: string, file?: string): InputError {
  return { code: 'USAGE', message, hint, ...(file ? { file } : {}) };
}

/** Check the command line; the errors, or the output path (undefined: stdout) and the minimum. */
async function readArgs(io: DraftIo, a: DraftArgs): Promise<{ errors: InputError[]; output?: string; min: number }> {
  const errors: InputError[] = [];
  if (!a.paths.length) errors.push(usageError('draft needs the articles to draft from', 'run `corroborate draft corpus` (files, folders or globs)'));
  let min = 1;
  if (a.minSources !== undefined) {
    min = Number(a.minSources);
    if (!/^\d+$/.test(a.minSources) || min < 1)
      errors.push(usageError(`--min-sources "${a.minSources}" is not a whole number of 1 or more`, 'write for example `--min-sources 2`'));
  }
  const name = a.output ?? path.join('claims', 'draft.yaml');
  if (name === '-') return { errors, min };
  const output = path.resolve(io.cwd, name);
  if (await stat(output).catch(() => undefined))
    errors.push(
      usageError(
        `--output ${name} already exists`,
        'draft never overwrites a claim file: remove it, or write elsewhere with --output <file> (or - for stdout)',
        name,
      ),
    );
  return { errors, output, min };
}

/** `corroborate draft <articles>...`: a claim file proposed from the articles, each claim's verdicts pinned as the engine reads them. */
export async function draftCommand(io: DraftIo, a: DraftArgs, hooks: DraftHooks): Promise<number> {
  const { errors, output, min } = await readArgs(io, a);
  if (errors.length) return hooks.printErrors(errors, 'nothing was drafted and nothing was written');
  const { corpus, index } = await ingestCorpus(a.paths, { cwd: io.cwd, ...(a.cacheDir !== undefined ? { cacheDir: a.cacheDir } : {}) });
  if (corpus.errors.length) return hooks.printErrors(corpus.errors, 'nothing was drafted and nothing was written');
  const schema = path
    .relative(output ? path.dirname(output) : io.cwd, SCHEMA)
    .split(path.sep)
    .join('/');
  const { text, claims } = draftClaims(corpus, index, { schema, minSources: min });
  if (!output) {
    io.stdout.write(text);
    return 0;
  }
  await mkdir(path.dirname(output), { recursive: true });
  await hooks.writeAtomic(output, text);
  const rel = path.relative(io.cwd, output) || output;
  io.stderr.write(
    `${claims.length} claim${claims.length === 1 ? '' : 's'} drafted from ${corpus.sources.length} source${corpus.sources.length === 1 ? '' : 's'}; written to ${rel}\n`,
  );
  io.stderr.write(`review them, then run \`corroborate check --claims ${rel} --corpus ${a.paths.join(' --corpus ')}\`\n`);
  return 0;
}
