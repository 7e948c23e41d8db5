import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CheckOptions, evaluateAll, evaluateClaim, type Prepared, prepare, prepareAll, withIssues } from '../check.js';
import { didYouMean, loadClaims } from '../claims/load.js';
import { claimFileJsonSchema } from '../claims/schema.js';
import type { Trace } from '../engine/evaluate.js';
import { formatError, type InputError, InputErrors, toReportIssue } from '../errors.js';
import { expectsOf, MergeError, mergeReports } from '../merge.js';
import { type RenderOptions, reporters } from '../report/index.js';
import { renderJsonChunks } from '../report/json.js';
import { paint, type Style, wantColor } from '../report/style.js';
import type { Report } from '../types.js';
import { renderExplain } from './explain.js';

const HELP = `corroborate — check factual claims against a corpus of articles

Usage:
  corroborate check   [--claims <path>]... [--corpus <path>]... [--format <f>] [--output <file>] [--shard i/n]
  corroborate explain <claim-id> [--claims <path>]... [--corpus <path>]... [--source <id>]
  corroborate merge   <report.json>... [--claims <path>]... [--format <f>] [--output <file>]
                      one report from the JSON reports of corpus or claim shards
  corroborate draft   <article|folder|glob>... [--output <file>] [--min-sources N]
                      propose a claim file from articles (default: claims/draft.yaml)
  corroborate schema  print the JSON Schema of claim files
  corroborate init    scaffold a claims project in this folder (never overwrites)

Options:
  --claims <path>    claim file, folder or glob (repeatable; default: claims)
  --corpus <path>    corpus file, folder or glob (repeatable; default: corpus)
  --format <f>       ${'%FORMATS%'} (default: text)
  --output <file>    write the report there (with bad input it lists the errors and says ok: false)
  --pretty           indent the JSON report (it is compact by default)
  --all-verdicts     list absent sources in the JSON report too (by default they are implied)
  --min-sources <n>  draft: keep only facts at least n sources state (default 1)
  --shard <i/n>      check only the i-th of n slices of the claims
  --partial          the corpus is one shard of a larger one (expectations are judged by merge)
  --cache-dir <dir>  keep the ingest cache there (default: node_modules/.cache/corroborate)
  --no-cache         neither read nor write the ingest cache
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

function printErrors(io: Io, errors: InputError[], style: Style, after = 'nothing was checked and nothing was written'): number {
  for (const e of errors.slice(0, MAX_PRINTED)) io.stderr.write(`${colorError(formatError(e), style)}\n\n`);
  const more = errors.length > MAX_PRINTED ? ` (the first ${MAX_PRINTED} are shown)` : '';
  io.stderr.write(`${errors.length} input error${errors.length === 1 ? '' : 's'}${more}; ${after}.\n`);
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
    // with --output, stdout stays empty (as for any run writing a file); without it, the report of the error goes there
    const toFile = argv.some((a) => a === '--output' || a === '-o' || a.startsWith('--output='));
    return usageFailure(io, toFile ? undefined : formatIn(argv), [argvError(e as NodeJS.ErrnoException)], undefined, { color: false });
  }
  const { values, positionals } = parsed;
  const style: Style = { color: colorFor(values, io.stderr, io.env) };
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
  if (cmd === 'draft') return draft(io, positionals, values, style);
  const opts = checkOptions(values, io.cwd);
  if (!opts) return usage(io, `--shard "${values.shard}" is not of the form i/n with 1 <= i <= n`, 'write for example `--shard 1/3`');
  if (cmd === 'check') return checkCommand(io, positionals, values, opts, style);
  if (cmd === 'explain') return explain(io, positionals[1], values, opts, style);
  if (cmd === 'merge') return merge(io, positionals.slice(1), values, style);
  const guess = didYouMean(cmd, COMMANDS);
  return usage(io, `unknown command "${cmd}"`, `${guess ? `did you mean "${guess}"? ` : ''}the commands are ${COMMANDS.join(', ')}`);
}

/** Colour on `stream`: `--color` or `--no-color` when given, else whether it is a terminal (and NO_COLOR is unset). */
function colorFor(values: Values, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return values.color ?? (values['no-color'] ? false : wantColor(stream, env));
}

/** `corroborate draft <articles>...`: a claim file proposed from the articles. */
async function draft(io: Io, positionals: string[], values: Values, style: Style): Promise<number> {
  const args = {
    paths: positionals.slice(1),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values['min-sources'] !== undefined ? { minSources: values['min-sources'] } : {}),
  };
  const hooks = { printErrors: (e: InputError[], after?: string) => printErrors(io, e, style, after), writeAtomic };
  return (await import('./draft.js')).draftCommand(io, { ...args, ...(values['no-cache'] ? { cacheDir: false as const } : {}) }, hooks);
}

/** The options of `check` and `explain` from the command line; undefined when `--shard` is not i/n with 1 <= i <= n. */
function checkOptions(values: Values, cwd: string): CheckOptions | undefined {
  const opts: CheckOptions = { cwd };
  if (values.claims?.length) opts.claims = values.claims;
  if (values.corpus?.length) opts.corpus = values.corpus;
  if (values.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) return undefined;
    opts.shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  if (values.partial) opts.partial = true;
  if (values['no-cache']) opts.cacheDir = false;
  else if (values['cache-dir'] !== undefined) opts.cacheDir = path.resolve(cwd, values['cache-dir']);
  return opts;
}

/** `corroborate explain <claim-id>`: the compiled claim and every candidate sentence, with its outcome and reason. */
async function explain(io: Io, id: string | undefined, values: Values, opts: CheckOptions, style: Style): Promise<number> {
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

type Values = ReturnType<typeof parse>['values'];

function renderOptions(values: Values, style: Style): RenderOptions {
  return { style, ...(values.pretty ? { pretty: true } : {}), ...(values['all-verdicts'] ? { allVerdicts: true } : {}) };
}

function renderReport(report: Report, format: string, opts: RenderOptions): string | Iterable<string> {
  if (format === 'json') return renderJsonChunks(report, opts);
  return (reporters[format] as NonNullable<(typeof reporters)[string]>)(report, opts);
}

/** An unknown `--format`, with the nearest name and every valid one. */
function badFormat(io: Io, format: string): number {
  const names = Object.keys(reporters);
  const guess = didYouMean(format, names);
  return usage(io, `unknown --format "${format}"`, `${guess ? `did you mean "${guess}"? ` : ''}use one of ${names.join(', ')}`);
}

/** `corroborate check`: every input error at once, the valid claims and sources still checked, exit 2 on bad input. */
async function checkCommand(io: Io, positionals: string[], values: Values, opts: CheckOptions, style: Style): Promise<number> {
  const format = values.format ?? 'text';
  if (!reporters[format]) return badFormat(io, format);
  const output = values.output ? path.resolve(io.cwd, values.output) : undefined;
  const usageErrors: InputError[] = [];
  if (positionals.length > 1)
    usageErrors.push({
      code: 'USAGE',
      message: `unexpected argument "${positionals[1]}"`,
      hint: `give paths with --claims or --corpus, for example \`corroborate check --claims ${positionals[1]}\``,
    });
  if (output) usageErrors.push(...(await outputErrors(output, values.output as string)));
  if (usageErrors.length) return usageFailure(io, format, usageErrors, values, style);
  const { prepared: p, errors } = await prepareAll(opts);
  if (output && isInput(p, output, io.cwd))
    return usageFailure(
      io,
      format,
      [
        {
          code: 'USAGE',
          file: values.output as string,
          message: `--output ${values.output} is one of the input files`,
          hint: 'write the report somewhere else; inputs are never overwritten',
        },
      ],
      values,
      style,
    );
  const report = withIssues(evaluateAll(p, opts), p, errors, opts);
  const outStyle: Style = output ? { color: false } : { color: colorFor(values, io.stdout, io.env) };
  const text = renderReport(report, format, renderOptions(values, outStyle));
  if (output) {
    const unwritable = await writeReport(output, text, values.output as string);
    if (unwritable) return printErrors(io, [...errors, unwritable], style);
  } else await writeOut(io, text);
  if (errors.length) return printErrors(io, errors, style, incompleteNote(report, output ? values.output : undefined));
  if (output) io.stderr.write(`${report.claims.length} claims, ${report.claims.filter((c) => !c.ok).length} failed; report written to ${values.output}\n`);
  return report.ok ? 0 : 1;
}

/** USAGE errors for an `--output` (`name` as given, `output` resolved) whose folder is missing or that is not a file. */
async function outputErrors(output: string, name: string): Promise<InputError[]> {
  const dir = await stat(path.dirname(output)).catch(() => undefined);
  const target = await stat(output).catch(() => undefined);
  if (!dir?.isDirectory())
    return [
      {
        code: 'USAGE',
        file: name,
        message: `--output folder ${path.dirname(name)} does not exist`,
        hint: `create it first (mkdir -p ${path.dirname(name)}) or choose another path`,
      },
    ];
  if (target && !target.isFile())
    return [
      {
        code: 'USAGE',
        file: name,
        message: `--output ${name} is a folder (or not a regular file)`,
        hint: 'give the path of a file to write, for example `--output report.json`',
      },
    ];
  return [];
}

/** True when `output` is one of the claim or corpus files read. */
function isInput(p: Prepared, output: string, cwd: string): boolean {
  return !![...p.claims.files, ...p.corpus.sources.map((x) => x.path)].find((f) => path.resolve(cwd, f) === output);
}

/** Write the report to `output`; an UNWRITABLE error (for `name`, as given) when it cannot be written. */
async function writeReport(output: string, text: string | Iterable<string>, name: string): Promise<InputError | undefined> {
  try {
    await writeAtomic(output, text);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { code: 'UNWRITABLE', file: name, message: `cannot write the report (${code})`, hint: 'check that the folder is writable and has space' };
  }
}

/** What was still checked despite the input errors, and where the report went (`written`: the --output as given). */
function incompleteNote(report: Report, written: string | undefined): string {
  const n = report.claims.length;
  const m = report.sources.length;
  const checked = n === 1 ? 'the 1 valid claim was' : `the ${n} valid claims were`;
  const what = `${n === 0 ? 'no valid claim was left to check' : `${checked} checked over ${m} source${m === 1 ? '' : 's'}`}; the report says ok: false`;
  return written ? `${what} and was written to ${written}` : what;
}

/**
 * A bad command line: the errors on stderr and, when the format is known and there is no
 * `--output`, a report of the errors alone on stdout (so `--format json` always prints JSON).
 */
function usageFailure(io: Io, format: string | undefined, errors: InputError[], values: Values | undefined, style: Style): number {
  if (format && reporters[format] && !values?.output) {
    const report: Report = { ok: false, errors: errors.map(toReportIssue), warnings: [], sources: [], claims: [] };
    const text = renderReport(report, format, values ? renderOptions(values, { color: false }) : { style: { color: false } });
    io.stdout.write(typeof text === 'string' ? text : [...text].join(''));
  }
  return printErrors(io, errors, style);
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
async function merge(io: Io, files: string[], values: Values, style: Style): Promise<number> {
  if (files.length === 0) return usage(io, 'merge needs the JSON reports to merge', 'run `corroborate merge shard-1.json shard-2.json [--claims claims]`');
  const format = values.format ?? 'text';
  const render = reporters[format];
  if (!render) return badFormat(io, format);
  const { reports, errors } = await readReports(files, io.cwd);
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
  const text = renderReport(report, format, renderOptions(values, output ? { color: false } : style));
  if (output) await writeAtomic(output, text);
  else await writeOut(io, text);
  // a shard's input errors travel in its report: the merged report is incomplete too
  const carried = report.errors?.length ?? 0;
  if (carried) {
    io.stderr.write(`${carried} input error${carried === 1 ? '' : 's'} carried from the reports merged; the merged report says ok: false.\n`);
    return 2;
  }
  return report.ok ? 0 : 1;
}

/** The JSON reports to merge, and an error for each file that cannot be read or is no report. */
async function readReports(files: string[], cwd: string): Promise<{ reports: Report[]; errors: InputError[] }> {
  const errors: InputError[] = [];
  const reports: Report[] = [];
  for (const f of files) {
    try {
      const r = JSON.parse(await readFile(path.resolve(cwd, f), 'utf8')) as Report;
      if (!r || typeof r !== 'object' || !Array.isArray(r.sources) || !Array.isArray(r.claims)) throw new SyntaxError('not a corroborate report');
      reports.push(r);
    } catch (e) {
      errors.push(reportError(f, e));
    }
  }
  return { reports, errors };
}

/** UNREADABLE for a report file that cannot be read, INVALID_VALUE for one that is not a JSON report. */
function reportError(f: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  return {
    code: code ? 'UNREADABLE' : 'INVALID_VALUE',
    file: f,
    message: code ? `cannot read the report (${code})` : `not a JSON report of \`corroborate check --format json\` (${(e as Error).message.split('\n')[0]})`,
    hint: 'give the files written by `corroborate check --format json --output <file>`',
  };
}

const COMMANDS = ['check', 'explain', 'merge', 'draft', 'schema', 'init', 'help'];

const OPTIONS = {
  claims: { type: 'string', multiple: true },
  corpus: { type: 'string', multiple: true },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  shard: { type: 'string' },
  partial: { type: 'boolean' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  source: { type: 'string' },
  pretty: { type: 'boolean' },
  'all-verdicts': { type: 'boolean' },
  'min-sources': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}

/** The --format asked for, read before parsing (so a bad command line can still answer in JSON). */
function formatIn(argv: string[]): string | undefined {
  let f: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--format' || a === '-f') f = argv[i + 1];
    else if (a.startsWith('--format=')) f = a.slice('--format='.length);
  });
  return f;
}

/** Node's parser errors, in our words: the option, the nearest known one, and every option. */
function argvError(e: NodeJS.ErrnoException): InputError {
  const names = Object.keys(OPTIONS).map((o) => `--${o}`);
  const all = `the options are ${names.join(', ')} (see \`corroborate --help\`)`;
  const opt = /'(?:-\w, )?(--?[^' ,]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = opt.startsWith('--') ? didYouMean(opt, names) : undefined;
    return { code: 'USAGE', message: `unknown option "${opt}"`, hint: guess ? `did you mean "${guess}"? ${all}` : all };
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = opt.replace(/^-+/, '').split('=')[0] ?? '';
    const known = (OPTIONS as Record<string, { type: string }>)[name] ?? Object.values(OPTIONS).find((o) => 'short' in o && `-${o.short}` === opt);
    return known?.type === 'boolean'
      ? { code: 'USAGE', message: `option "${opt}" takes no value`, hint: `write \`${opt.split('=')[0]}\` alone` }
      : { code: 'USAGE', message: `option "${opt}" needs a value`, hint: `write it as \`${opt.split('=')[0]} <value>\`` };
  }
  return { code: 'USAGE', message: 'the command line cannot be read', hint: all };
}
