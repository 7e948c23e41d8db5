import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CheckOptions, evaluateAll, evaluateClaim, prepare } from '../check.js';
import { loadClaims } from '../claims/load.js';
import { claimFileJsonSchema } from '../claims/schema.js';
import type { Trace } from '../engine/evaluate.js';
import { formatError, type InputError, InputErrors } from '../errors.js';
import { expectsOf, MergeError, mergeReports } from '../merge.js';
import { clip } from '../report/details.js';
import { reporters } from '../report/index.js';
import { renderJsonChunks } from '../report/json.js';
import { renderJunitErrors } from '../report/junit.js';
import { paint, type Style, wantColor } from '../report/style.js';
import type { Report } from '../types.js';

const HELP = `corroborate — check factual claims against a corpus of articles

Usage:
  corroborate check   [--claims <path>]... [--corpus <path>]... [--format <f>] [--output <file>] [--shard i/n]
  corroborate explain <claim-id> [--claims <path>]... [--corpus <path>]... [--source <id>]
  corroborate merge   <report.json>... [--claims <path>]... [--format <f>] [--output <file>]
                      one report from the JSON reports of corpus or claim shards
  corroborate schema  print the JSON Schema of claim files
  corroborate init    scaffold a claims project in this folder (never overwrites)

Options:
  --claims <path>    claim file, folder or glob (repeatable; default: claims)
  --corpus <path>    corpus file, folder or glob (repeatable; default: corpus)
  --format <f>       ${'%FORMATS%'} (default: text)
  --output <file>    write the report there (only when the run completes)
  --shard <i/n>      check only the i-th of n slices of the claims
  --partial          the corpus is one shard of a larger one (expectations are judged by merge)
  --color / --no-color
  -h, --help         this help
  -v, --version      the version

Exit codes: 0 every expectation holds, 1 an expectation failed, 2 invalid input.`;

interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

function usage(io: Io, message: string, hint: string, file?: string): number {
  io.stderr.write(`${formatError({ code: 'USAGE', message, hint, ...(file ? { file } : {}) })}\n`);
  return 2;
}

/** More errors than this are counted, not printed: past a few hundred nobody reads them. */
const MAX_PRINTED = 200;

function printErrors(io: Io, errors: InputError[], style: Style): number {
  for (const e of errors.slice(0, MAX_PRINTED)) io.stderr.write(`${colorError(formatError(e), style)}\n\n`);
  const more = errors.length > MAX_PRINTED ? ` (the first ${MAX_PRINTED} are shown)` : '';
  io.stderr.write(`${errors.length} input error${errors.length === 1 ? '' : 's'}${more}; nothing was checked and nothing was written.\n`);
  return 2;
}

function colorError(s: string, style: Style): string {
  if (!style.color) return s;
  return s
    .split('\n')
    .map((l, i) => (i === 0 ? paint(style, 'red', l) : l.trimStart().startsWith('fix:') ? paint(style, 'cyan', l) : l))
    .join('\n');
}

/** Write atomically: a temporary file in the same folder, then rename. */
async function writeAtomic(file: string, content: string | Iterable<string>): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    if (typeof content === 'string') await writeFile(tmp, content);
    else {
      // a large JSON report is written a claim at a time, never held as one string
      const fh = await open(tmp, 'w');
      try {
        for (const chunk of content) await fh.write(chunk);
      } finally {
        await fh.close();
      }
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Run the CLI; returns the exit code. Never throws for bad input. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    return usage(io, (e as Error).message.split('\n')[0] ?? 'bad arguments', 'run `corroborate --help` for the options');
  }
  const { values, positionals } = parsed;
  const style: Style = { color: values.color ?? (values['no-color'] ? false : wantColor(io.stderr, io.env)) };
  if (values.version) {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  const cmd = positionals[0] ?? (values.help ? 'help' : 'check');
  if (values.help || cmd === 'help') {
    io.stdout.write(`${HELP.replace('%FORMATS%', Object.keys(reporters).join('|'))}\n`);
    return 0;
  }
  if (cmd === 'schema') {
    io.stdout.write(`${JSON.stringify(claimFileJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (cmd === 'init') return (await import('./init.js')).init(io, version());
  const opts: CheckOptions = { cwd: io.cwd };
  if (values.claims?.length) opts.claims = values.claims;
  if (values.corpus?.length) opts.corpus = values.corpus;
  if (values.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]))
      return usage(io, `--shard "${values.shard}" is not of the form i/n with 1 <= i <= n`, 'write for example `--shard 1/3`');
    opts.shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  if (values.partial) opts.partial = true;
  if (cmd === 'check') {
    const format = values.format ?? 'text';
    const render = reporters[format];
    if (!render) return usage(io, `unknown --format "${format}"`, `use one of ${Object.keys(reporters).join(', ')}`);
    const output = values.output ? path.resolve(io.cwd, values.output) : undefined;
    if (positionals.length > 1)
      return usage(
        io,
        `unexpected argument "${positionals[1]}"`,
        `give paths with --claims or --corpus, for example \`corroborate check --claims ${positionals[1]}\``,
      );
    if (output) {
      const dir = await stat(path.dirname(output)).catch(() => undefined);
      if (!dir?.isDirectory())
        return usage(
          io,
          `--output folder ${path.dirname(values.output as string)} does not exist`,
          `create it first (mkdir -p ${path.dirname(values.output as string)}) or choose another path`,
          values.output,
        );
      const target = await stat(output).catch(() => undefined);
      if (target && !target.isFile())
        return usage(
          io,
          `--output ${values.output} is a folder (or not a regular file)`,
          'give the path of a file to write, for example `--output report.json`',
          values.output,
        );
    }
    try {
      const p = await prepare(opts);
      const report = evaluateAll(p, opts);
      const text: string | Iterable<string> =
        format === 'json'
          ? renderJsonChunks(report)
          : render(report, {
              style: output ? { color: false } : { color: values.color ?? (values['no-color'] ? false : wantColor(io.stdout, io.env)) },
            });
      if (output) {
        const input = [...p.claims.files, ...p.corpus.sources.map((x) => x.path)].find((f) => path.resolve(io.cwd, f) === output);
        if (input)
          return usage(
            io,
            `--output ${values.output} is one of the input files`,
            'write the report somewhere else; inputs are never overwritten',
            values.output,
          );
        try {
          await writeAtomic(output, text);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code ?? 'error';
          return printErrors(
            io,
            [
              {
                code: 'UNWRITABLE',
                file: values.output,
                message: `cannot write the report (${code})`,
                hint: 'check that the folder is writable and has space',
              },
            ],
            style,
          );
        }
        io.stderr.write(`${report.claims.length} claims, ${report.claims.filter((c) => !c.ok).length} failed; report written to ${values.output}\n`);
      } else await writeOut(io, text);
      return report.ok ? 0 : 1;
    } catch (e) {
      if (e instanceof InputErrors) {
        // hook (reports, issue 4): with `--format junit` and no --output, the input errors also go to
        // stdout as JUnit <error> elements, so a CI test tab shows them; --output is never written on exit 2
        if (format === 'junit' && !output) io.stdout.write(renderJunitErrors(e.errors));
        return printErrors(io, e.errors, style);
      }
      throw e;
    }
  }
  if (cmd === 'explain') {
    const id = positionals[1];
    if (!id) return usage(io, 'explain needs a claim id', 'run `corroborate explain <claim-id>`');
    try {
      const p = await prepare(opts);
      const c = p.compiled.find((x) => x.claim.id === id);
      if (!c) {
        const ids = p.compiled.map((x) => x.claim.id);
        return usage(io, `no claim with id "${id}"`, ids.length ? `ids include ${ids.slice(0, 6).join(', ')}` : 'add claims first');
      }
      const traces: Trace[] = [];
      const r = evaluateClaim(c, p, traces);
      io.stdout.write(renderExplain(c, r, traces, values.source, style));
      return r.ok ? 0 : 1;
    } catch (e) {
      if (e instanceof InputErrors) return printErrors(io, e.errors, style);
      throw e;
    }
  }
  if (cmd === 'merge') return merge(io, positionals.slice(1), values, style);
  return usage(io, `unknown command "${cmd}"`, 'the commands are check, explain, merge and schema');
}

/** Write a report to stdout, a chunk at a time, waiting when the pipe is full. */
async function writeOut(io: Io, text: string | Iterable<string>): Promise<void> {
  if (typeof text === 'string') {
    io.stdout.write(text);
    return;
  }
  for (const chunk of text) {
    const ok = io.stdout.write(chunk);
    if (ok === false && io.stdout === process.stdout) await once(process.stdout, 'drain');
  }
}

/** `corroborate merge a.json b.json ...`: one report from the reports of corpus or claim shards. */
async function merge(io: Io, files: string[], values: ReturnType<typeof parse>['values'], style: Style): Promise<number> {
  if (files.length === 0) return usage(io, 'merge needs the JSON reports to merge', 'run `corroborate merge shard-1.json shard-2.json [--claims claims]`');
  const format = values.format ?? 'text';
  const render = reporters[format];
  if (!render) return usage(io, `unknown --format "${format}"`, `use one of ${Object.keys(reporters).join(', ')}`);
  const errors: InputError[] = [];
  const reports: Report[] = [];
  for (const f of files) {
    try {
      const r = JSON.parse(await readFile(path.resolve(io.cwd, f), 'utf8')) as Report;
      if (!r || typeof r !== 'object' || !Array.isArray(r.sources) || !Array.isArray(r.claims)) throw new SyntaxError('not a corroborate report');
      reports.push(r);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      errors.push({
        code: code ? 'UNREADABLE' : 'INVALID_VALUE',
        file: f,
        message: code
          ? `cannot read the report (${code})`
          : `not a JSON report of \`corroborate check --format json\` (${(e as Error).message.split('\n')[0]})`,
        hint: 'give the files written by `corroborate check --format json --output <file>`',
      });
    }
  }
  if (errors.length) return printErrors(io, errors, style);
  let expects: ReturnType<typeof expectsOf> | undefined;
  if (values.claims?.length) {
    const loaded = await loadClaims(values.claims, { cwd: io.cwd });
    if (loaded.errors.length) return printErrors(io, loaded.errors, style);
    expects = expectsOf(loaded.claims);
  }
  let report: Report;
  try {
    report = mergeReports(reports, expects ? { expects } : {});
  } catch (e) {
    if (!(e instanceof MergeError)) throw e;
    return printErrors(
      io,
      e.issues.map((i) => ({ code: 'USAGE' as const, file: i.reports.map((k) => files[k]).join(', '), message: `${i.code}: ${i.message}`, hint: i.hint })),
      style,
    );
  }
  const output = values.output ? path.resolve(io.cwd, values.output) : undefined;
  const text = format === 'json' ? renderJsonChunks(report) : render(report, { style: output ? { color: false } : style });
  if (output) await writeAtomic(output, text);
  else await writeOut(io, text);
  return report.ok ? 0 : 1;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      claims: { type: 'string', multiple: true },
      corpus: { type: 'string', multiple: true },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      shard: { type: 'string' },
      partial: { type: 'boolean' },
      source: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

import type { CompiledClaim } from '../claims/compile.js';
import type { ClaimResult } from '../types.js';

function renderExplain(c: CompiledClaim, r: ClaimResult, traces: Trace[], only: string | undefined, style: Style): string {
  const L: string[] = [];
  const cl = c.claim;
  L.push(`${paint(style, 'bold', cl.id)}  ${cl.claim}`, `  ${cl.file}:${cl.line}:${cl.column}`, '');
  L.push('compiled:');
  L.push(
    `  about:   ${c.about.map((alts) => alts.map((m) => m.alts.map((a) => a.text + (a.fuzzy.some(Boolean) ? '~' : '')).join(' | ')).join(' | ')).join('  AND  ')}`,
  );
  if (c.except.length) L.push(`  except:  ${c.except.map((m) => m.alts.map((a) => a.text).join(' | ')).join(', ')}`);
  if (c.value?.kind === 'date') L.push(`  value:   date ${c.value.spec.label} (${c.value.spec.precision})`);
  if (c.value?.kind === 'number') L.push(`  value:   number ${c.value.label}${c.value.unitRaw ? ` ${c.value.unitRaw}` : ''}`);
  if (c.value?.kind === 'entity')
    for (const m of c.value.entity.matchers) L.push(`  value:   ${m.relation.padEnd(8)} ${m.m.alts.map((a) => a.text).join(' | ')}`);
  L.push(`  negated: ${c.negated}`, `  (~ marks names that also match one-edit spellings)`, '');
  const bySource = new Map<string, Trace[]>();
  for (const t of traces) {
    const list = bySource.get(t.source);
    if (list) list.push(t);
    else bySource.set(t.source, [t]);
  }
  for (const [sid, v] of Object.entries(r.verdicts)) {
    if (only && sid !== only) continue;
    L.push(`${paint(style, 'bold', sid)}: ${v.verdict}`);
    const ts = bySource.get(sid) ?? [];
    if (!ts.length) L.push('  no sentence mentions every `about` item');
    for (const t of ts) {
      const tag = t.outcome.padEnd(13);
      const col = t.outcome === 'support' ? 'green' : t.outcome === 'contradiction' ? 'red' : t.outcome === 'hedge' ? 'yellow' : 'gray';
      L.push(`  ${paint(style, col, tag)} L${t.line} [${t.start}, ${t.end}) ${clip(t.text, 160)}`);
      L.push(`  ${' '.repeat(13)} ${paint(style, 'dim', t.reason)}`);
    }
    L.push('');
  }
  if (r.failures.length) L.push(...r.failures.map((f) => `→ ${f}`));
  else L.push('expectation holds');
  return `${L.join('\n')}\n`;
}
