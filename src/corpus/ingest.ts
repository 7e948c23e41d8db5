/**
 * Ingest: find, read, parse, segment and index the corpus, with a persistent cache and,
 * for a large corpus, worker threads.
 *
 * - Cache: the key is a SHA-256 of the engine version, the lexicon version and every file
 *   (display path, length, bytes) in order, so any change to a file, to the code or to the
 *   word lists is a miss. A hit skips parsing, segmentation and indexing; files are still
 *   read (to hash them). Only a corpus without input errors is cached.
 * - Threads: the files are cut into contiguous parts of about equal bytes; this thread
 *   parses the first, a worker each of the others; each part is sorted and indexed on its
 *   own and the indexes are joined (`joinParts`), which gives the same index as one
 *   thread whenever the parts' ids follow each other (file order = id order, the usual
 *   case); otherwise the index is built again here. Same bytes out either way.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultCacheDir, readEntry, writeEntry } from '../cache/store.js';
import { engineVersion, lexiconVersion } from '../cache/version.js';
import type { InputError } from '../errors.js';
import { type ResolvedFile, resolvePaths } from '../paths.js';
import { buildIndex, buildIndexFrom, type CorpusIndex } from './index.js';
import {
  addParsed,
  type CorpusTimings,
  finishCorpus,
  type LoadedCorpus,
  type ParsedFiles,
  parseSource,
  readSourceSync,
  type Source,
  sortSources,
} from './load.js';
import { addPostings, pack, type UnpackedSources, unpack, unpackSources } from './pack.js';
import { type PartRequest, type PartResult, parsePart } from './part.js';

export interface IngestOptions {
  cwd?: string;
  /**
   * The cache folder; `false`: no cache; undefined: `node_modules/.cache/corroborate` in the
   * nearest folder up from `cwd` that has a `node_modules` (no cache when none has).
   */
  cacheDir?: string | false;
  /**
   * Threads for parsing and indexing (this one included). Default: 2 for a corpus of 2 MB or more
   * on a machine with 2 cores or more and a spare one (load average <= cores - 1), else 1;
   * `CORROBORATE_THREADS` overrides the default.
   */
  threads?: number;
  /** When given, filled with the milliseconds spent in each step. */
  timings?: IngestTimings;
}

/** Where ingest spent its time (ms), whether the cache was hit, and how many parts were parsed by workers. */
export interface IngestTimings extends CorpusTimings {
  cache?: 'hit' | 'miss' | 'off';
  threads?: number;
  /** Parts parsed in a worker thread (the others were parsed in this thread). */
  workers?: number;
}

export interface IngestedCorpus {
  corpus: LoadedCorpus;
  index: CorpusIndex;
}

/** Below this many bytes, worker start-up costs more than it saves. */
const PARALLEL_BYTES = 2 * 1024 * 1024;

// the worker runs compiled JavaScript: from the sources (tests, tsx) ingest stays in this thread
const WORKER = import.meta.url.endsWith('.js') ? fileURLToPath(new URL('./ingest-worker.js', import.meta.url)) : undefined;

/**
 * Load and index a corpus (files, folders or globs), reusing a cached result when the files are unchanged.
 * @example const { corpus, index } = await ingestCorpus(['corpus'], { cacheDir: false })
 */
export async function ingestCorpus(patterns: string[], opts: IngestOptions = {}): Promise<IngestedCorpus> {
  // CORROBORATE_TIMINGS=1: one JSON line of ingest timings on stderr (for the benchmark)
  if (!process.env.CORROBORATE_TIMINGS || opts.timings) return ingest(patterns, opts);
  const timings: IngestTimings = { resolve: 0, read: 0, parse: 0, segment: 0, files: 0, bytes: 0 };
  const t = performance.now();
  const r = await ingest(patterns, { ...opts, timings });
  process.stderr.write(`corroborate:ingest ${JSON.stringify({ ...timings, total: performance.now() - t })}\n`);
  return r;
}

async function ingest(patterns: string[], opts: IngestOptions): Promise<IngestedCorpus> {
  const cwd = opts.cwd ?? process.cwd();
  const tm = opts.timings;
  let t = performance.now();
  const { files, errors } = await resolvePaths(patterns, ['txt', 'md'], cwd, 'corpus');
  const { bufs, readErrors, bytes } = await readFiles(files);
  if (tm) {
    tm.read += performance.now() - t;
    tm.files += files.length;
    tm.bytes += bytes;
    tm.cache = 'off';
  }
  const dir = opts.cacheDir === false ? undefined : (opts.cacheDir ?? defaultCacheDir(cwd));
  const clean = errors.length === 0 && readErrors.every((e) => e.length === 0);
  const key = dir && clean ? cacheKey(files, bufs as Buffer[]) : undefined;
  if (dir && key) {
    const hit = fromCache(dir, key, tm);
    if (hit) return hit;
  }
  const threads = threadCount(opts.threads, bytes);
  if (tm) tm.threads = threads;
  t = performance.now();
  const parts = await parseParts(files, bufs, readErrors, threads);
  if (tm) tm.workers = parts.filter((p) => p.worker).length;
  const partErrors = parts.flatMap((p) => p.errors);
  const corpus = finishCorpus(
    parts.flatMap((p) => p.sources),
    [...errors, ...partErrors],
  );
  const index = (joinable(parts, corpus.sources) && tryJoin(parts)) || buildIndex(corpus.sources);
  if (tm) tm.segment += performance.now() - t;
  if (dir && key && corpus.errors.length === 0) {
    if (tm) tm.cache = 'miss';
    writeEntry(dir, key, engineVersion(), pack(corpus.sources, index));
  }
  return { corpus, index };
}

/** Every file's bytes (undefined, with its error, when it cannot be read), and the bytes read in all. */
async function readFiles(files: ResolvedFile[]): Promise<{ bufs: (Buffer | undefined)[]; readErrors: InputError[][]; bytes: number }> {
  const bufs: (Buffer | undefined)[] = [];
  const readErrors: InputError[][] = [];
  let bytes = 0;
  for (const [i, f] of files.entries()) {
    // small files read fastest synchronously; yielding now and then keeps the event loop responsive
    if (i > 0 && i % 256 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const r = readSourceSync(f.abs, f.display);
    if ('buf' in r) {
      bufs.push(r.buf);
      readErrors.push([]);
      bytes += r.buf.length;
    } else {
      bufs.push(undefined);
      readErrors.push([r.error]);
    }
  }
  return { bufs, readErrors, bytes };
}

/** The cached corpus and index under `key`, or undefined on a miss (or an entry that does not fit together). */
function fromCache(dir: string, key: string, tm: IngestTimings | undefined): IngestedCorpus | undefined {
  const t = performance.now();
  const hit = readEntry(dir, key, engineVersion());
  if (!hit) return undefined;
  try {
    const { sources, index } = unpack(hit);
    if (tm) {
      tm.parse += performance.now() - t;
      tm.cache = 'hit';
    }
    return { corpus: { sources, errors: [] }, index };
  } catch {
    // an entry that passed its checksum but does not fit together: rebuilt by the caller
    return undefined;
  }
}

function threadCount(asked: number | undefined, bytes: number): number {
  if (!WORKER) return 1;
  const env = Number(process.env.CORROBORATE_THREADS);
  if (asked !== undefined || (Number.isInteger(env) && env > 0)) return Math.max(1, Math.floor(asked ?? env));
  if (bytes < PARALLEL_BYTES) return 1;
  // a second thread pays only with a core to run on: a worker costs CPU of its own (start-up,
  // a cold JIT, joining the parts), so on a machine already busy (load average of the last
  // minute over cores - 1) this thread does it all
  const cores = os.availableParallelism();
  const load = os.loadavg()[0] ?? 0;
  return cores >= 2 && load <= cores - 1 ? 2 : 1;
}

/** The hash of the engine, the lexicon and every file, in order. */
function cacheKey(files: ResolvedFile[], bufs: Buffer[]): string {
  const h = createHash('sha256');
  h.update(`corroborate\0${engineVersion()}\0${lexiconVersion()}\0${files.length}\0`);
  files.forEach((f, i) => {
    const b = bufs[i] as Buffer;
    h.update(`${f.display}\0${b.length}\0`);
    h.update(b);
  });
  return h.digest('hex').slice(0, 40);
}

/** A parsed part: indexed here, or in a worker (its index still packed). */
interface Part {
  sources: Source[];
  errors: InputError[];
  index?: CorpusIndex;
  packed?: UnpackedSources;
  worker?: boolean;
}

function tryJoin(parts: Part[]): CorpusIndex | undefined {
  try {
    return joinParts(parts);
  } catch {
    return undefined; // a worker's data that do not fit together: the index is built here
  }
}

/**
 * One index over parts that follow each other in the corpus's order: their posting lists
 * joined with sentence ids shifted, keys and capitalised forms in order of first occurrence,
 * the same as `buildIndex` over all their sources (the first part's maps are extended in place).
 */
function joinParts(parts: Part[]): CorpusIndex {
  let postings: Map<string, number[]> | undefined;
  let capitalised: Map<string, string> | undefined;
  const sources: Source[] = [];
  let shift = 0;
  for (const p of parts) {
    if (!postings || !capitalised) {
      postings = p.index?.postings ?? new Map<string, number[]>();
      capitalised = p.index?.capitalised ?? new Map<string, string>();
      if (p.packed) addPostings(p.packed, postings, capitalised, 0);
    } else if (p.packed) addPostings(p.packed, postings, capitalised, shift);
    else if (p.index) addIndex(p.index, postings, capitalised, shift);
    for (const s of p.sources) {
      sources.push(s);
      shift += s.sentences.length;
    }
  }
  return buildIndexFrom(sources, postings ?? new Map(), capitalised ?? new Map());
}

/** A part's index (built in this thread) appended to the joined maps, its sentence ids shifted by `shift`. */
function addIndex(index: CorpusIndex, postings: Map<string, number[]>, capitalised: Map<string, string>, shift: number): void {
  for (const [key, list] of index.postings) {
    let into = postings.get(key);
    if (!into) {
      into = [];
      postings.set(key, into);
    }
    for (const x of list) into.push(x + shift);
  }
  for (const [form, stem] of index.capitalised) if (!capitalised.has(form)) capitalised.set(form, stem);
}

/** Parse the files in `threads` contiguous parts of about equal size, in this thread and in workers. */
async function parseParts(files: ResolvedFile[], bufs: (Buffer | undefined)[], readErrors: InputError[][], threads: number): Promise<Part[]> {
  if (threads <= 1) return [inThisThread(files, bufs, readErrors)];
  const total = bufs.reduce((n, b) => n + (b?.length ?? 0), 0);
  const cuts = [0];
  // cut after the file that completes each 1/threads of the bytes
  let acc = 0;
  for (let i = 0; i < files.length && cuts.length < threads; i++) {
    acc += bufs[i]?.length ?? 0;
    if (acc >= (total * cuts.length) / threads) cuts.push(i + 1);
  }
  cuts.push(files.length);
  if (cuts[cuts.length - 1] !== files.length || cuts.length === 1) cuts.push(files.length);
  const requests: PartRequest[] = [];
  for (let p = 0; p + 1 < cuts.length; p++) {
    const displays: string[] = [];
    const ends: number[] = [];
    const unread: Record<number, InputError> = {};
    let end = 0;
    const from = cuts[p] as number;
    const to = cuts[p + 1] as number;
    for (let i = from; i < to; i++) {
      const b = bufs[i];
      if (b) end += b.length;
      else unread[i - from] = (readErrors[i] as InputError[])[0] as InputError;
      displays.push((files[i] as ResolvedFile).display);
      ends.push(end);
    }
    // a buffer of its own (never a slice of Node's pool), so it can be handed to a worker
    const bytes = Buffer.allocUnsafeSlow(end);
    let at = 0;
    for (let i = from; i < to; i++) {
      const b = bufs[i];
      if (b) at += b.copy(bytes, at);
    }
    requests.push({ displays, ends, bytes, unread });
  }
  bufs.fill(undefined); // copied into the parts: let them go
  // start the workers first, then parse the first part here while they run
  const pending = requests.slice(1).map((r) => inWorker(r));
  const out: Part[] = [];
  if (requests[0]) out.push(parsePart(requests[0]));
  const results = await Promise.all(pending);
  results.forEach((res, k) => {
    out.push(res ?? parsePart(requests[k + 1] as PartRequest));
  });
  return out;
}

/** The whole corpus in this thread: each file's bytes are let go once decoded (never both bytes and text of the corpus at once). */
function inThisThread(files: ResolvedFile[], bufs: (Buffer | undefined)[], readErrors: InputError[][]): Part {
  const out: ParsedFiles = { sources: [], errors: [] };
  files.forEach((f, i) => {
    const b = bufs[i];
    bufs[i] = undefined;
    addParsed(out, b ? parseSource(b, f.display) : { error: (readErrors[i] as InputError[])[0] as InputError });
  });
  const sources = sortSources(out.sources);
  return { sources, errors: out.errors, index: buildIndex(sources) };
}

/** A part parsed in a worker thread, or undefined when the worker failed (the part is then parsed here). */
function inWorker(req: PartRequest): Promise<Part | undefined> {
  return new Promise((resolve) => {
    let w: Worker;
    try {
      w = new Worker(WORKER as string);
    } catch {
      resolve(undefined);
      return;
    }
    const done = (p: Part | undefined) => {
      resolve(p);
      void w.terminate();
    };
    w.once('message', (res: PartResult) => {
      try {
        const packed = unpackSources(res.payload);
        done({ sources: packed.sources, errors: res.errors, packed, worker: true });
      } catch {
        done(undefined);
      }
    });
    w.once('error', () => done(undefined));
    w.once('exit', () => resolve(undefined));
    w.postMessage(req, [req.bytes.buffer as ArrayBuffer]);
  });
}

/** True when the parts, each sorted by id, follow each other in the corpus's order (so their indexes can be joined). */
function joinable(parts: Part[], sources: Source[]): boolean {
  if (parts.length === 1) return true;
  let k = 0;
  for (const p of parts) for (const s of p.sources) if (sources[k++] !== s) return false;
  return k === sources.length;
}
