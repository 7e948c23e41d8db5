// The ingest cache: a hit gives what a fresh ingest gives; a corrupt, truncated or stale
// entry is detected and rebuilt, never trusted; a changed file is a miss; the Vitest
// runtime reads and writes the same folder.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { readEntry, writeEntry } from '../../src/cache/store.js';
import { engineVersion } from '../../src/cache/version.js';
import type { CorpusIndex } from '../../src/corpus/index.js';
import { type IngestOptions, ingestCorpus } from '../../src/corpus/ingest.js';
import { corpusFor } from '../../src/vitest/runtime.js';
import { WIKINEWS_SAMPLE } from '../data.js';

const base = mkdtempSync(path.join(tmpdir(), 'corroborate-cache-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let dir: string;
let cache: string;
let n = 0;
beforeEach(() => {
  dir = path.join(base, `case-${n++}`);
  cache = path.join(dir, 'cache');
  // 40 Wikinews articles: small enough to take milliseconds, large enough to have many postings
  const names = readdirSync(WIKINEWS_SAMPLE)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 40);
  for (const f of names) cpSync(path.join(WIKINEWS_SAMPLE, f), path.join(dir, 'corpus', f));
});

/** Everything an ingest produces, as plain data (to compare a cached ingest with a fresh one). */
function plain(r: Awaited<ReturnType<typeof ingestCorpus>>) {
  const ix: CorpusIndex = r.index;
  return {
    corpus: r.corpus,
    postings: [...ix.postings],
    capitalised: [...ix.capitalised],
    sourceOf: [...ix.sourceOf],
    sentenceOf: [...ix.sentenceOf],
    firstSentence: [...ix.firstSentence],
    sources: ix.sources,
  };
}

async function ingest(opts: IngestOptions = {}) {
  const timings = { resolve: 0, read: 0, parse: 0, segment: 0, files: 0, bytes: 0 } as NonNullable<IngestOptions['timings']>;
  const r = await ingestCorpus(['corpus'], { cwd: dir, cacheDir: cache, ...opts, timings });
  return { r, data: plain(r), cache: timings.cache };
}

const entries = () => readdirSync(cache).filter((f) => f.endsWith('.bin'));
const entryFile = () => path.join(cache, entries()[0] as string);

test('a second run reads the entry and gets exactly what a fresh ingest gives', async () => {
  const fresh = await ingestCorpus(['corpus'], { cwd: dir, cacheDir: false });
  const first = await ingest();
  expect(first.cache).toBe('miss');
  expect(entries()).toHaveLength(1);
  const second = await ingest();
  expect(second.cache).toBe('hit');
  expect(second.data).toEqual(plain(fresh));
  expect(first.data).toEqual(plain(fresh));
  // sentences still point into their source's text
  for (const s of second.r.corpus.sources) for (const x of s.sentences) expect(s.text.slice(x.start, x.end)).toBe(x.text);
});

test('a changed file is a miss, and the new entry holds the new text', async () => {
  await ingest();
  const f = path.join(dir, 'corpus', readdirSync(path.join(dir, 'corpus')).sort()[0] as string);
  writeFileSync(f, `${readFileSync(f, 'utf8')}\nZanzibarian quokkas were counted on Tuesday.\n`);
  const after = await ingest();
  expect(after.cache).toBe('miss');
  expect(after.data.postings.some(([k]) => k.startsWith('quokka'))).toBe(true);
  expect(entries()).toHaveLength(2);
  expect((await ingest()).cache).toBe('hit');
});

test('a corrupt entry (one byte changed) fails its checksum and is rebuilt', async () => {
  const fresh = (await ingest()).data;
  const buf = readFileSync(entryFile());
  buf[buf.length - 7] = (buf[buf.length - 7] as number) ^ 0x55;
  writeFileSync(entryFile(), buf);
  const again = await ingest();
  expect(again.cache).toBe('miss');
  expect(again.data).toEqual(fresh);
  expect((await ingest()).cache).toBe('hit');
});

test('a truncated entry is detected and rebuilt', async () => {
  const fresh = (await ingest()).data;
  const buf = readFileSync(entryFile());
  for (const keep of [buf.length - 1, Math.floor(buf.length / 2), 10, 0]) {
    writeFileSync(entryFile(), buf.subarray(0, keep));
    const again = await ingest();
    expect(again.cache, `truncated to ${keep} bytes`).toBe('miss');
    expect(again.data).toEqual(fresh);
  }
});

test('a stale entry (written for another engine or lexicon version) is not read', async () => {
  const fresh = (await ingest()).data;
  const file = entryFile();
  const key = path.basename(file, '.bin');
  const payload = readEntry(cache, key, engineVersion());
  expect(payload).toBeDefined();
  // the same key, written by another version: its header says so and the reader refuses it
  writeEntry(cache, key, '0.0.1+f0+0000000000000000', payload as NonNullable<typeof payload>);
  expect(readEntry(cache, key, engineVersion())).toBeUndefined();
  const again = await ingest();
  expect(again.cache).toBe('miss');
  expect(again.data).toEqual(fresh);
  expect(readEntry(cache, key, engineVersion())).toBeDefined();
});

test('an entry whose checksum holds but whose data do not fit together is rebuilt', async () => {
  const fresh = (await ingest()).data;
  const key = path.basename(entryFile(), '.bin');
  const payload = readEntry(cache, key, engineVersion()) as NonNullable<ReturnType<typeof readEntry>>;
  writeEntry(cache, key, engineVersion(), { ...payload, ints: payload.ints.subarray(0, payload.ints.length - 3) });
  const again = await ingest();
  expect(again.cache).toBe('miss');
  expect(again.data).toEqual(fresh);
});

test('a corpus with input errors is not cached', async () => {
  writeFileSync(path.join(dir, 'corpus', 'broken.txt'), '---\ntitle: never closed\n');
  const r = await ingest();
  expect(r.r.corpus.errors.map((e) => e.code)).toEqual(['FRONT_MATTER']);
  expect(r.cache).toBe('off');
  expect(readdirSync(dir)).not.toContain('cache');
});

test('cacheDir: false neither reads nor writes', async () => {
  const r = await ingest({ cacheDir: false });
  expect(r.cache).toBe('off');
  expect(readdirSync(dir)).not.toContain('cache');
});

test('the Vitest runtime uses the default folder, node_modules/.cache/corroborate, as the CLI does', async () => {
  mkdirSync(path.join(dir, 'node_modules'));
  const c = await corpusFor(['corpus'], dir);
  expect(c.loaded.errors).toEqual([]);
  const shared = path.join(dir, 'node_modules/.cache/corroborate');
  expect(readdirSync(shared).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
  const timings = { resolve: 0, read: 0, parse: 0, segment: 0, files: 0, bytes: 0 } as NonNullable<IngestOptions['timings']>;
  await ingestCorpus(['corpus'], { cwd: dir, timings });
  expect(timings.cache).toBe('hit');
});

test('without a node_modules folder above, nothing is cached by default', async () => {
  const timings = { resolve: 0, read: 0, parse: 0, segment: 0, files: 0, bytes: 0 } as NonNullable<IngestOptions['timings']>;
  // the temporary folder has no node_modules above it (unless the machine has one in / or tmp)
  const r = await ingestCorpus(['corpus'], { cwd: dir, timings });
  expect(r.corpus.sources).toHaveLength(40);
  if (!readdirSync(tmpdir()).includes('node_modules')) expect(timings.cache).toBe('off');
});

test('the Vitest runtime takes the plugin’s cacheDir: false writes nothing, a folder is used as given', async () => {
  mkdirSync(path.join(dir, 'node_modules'));
  await corpusFor(['corpus'], dir, false);
  expect(readdirSync(path.join(dir, 'node_modules'))).toEqual([]);
  await corpusFor(['corpus'], dir, cache);
  expect(entries()).toHaveLength(1);
});

test('a cache folder that cannot be written is no failure: the corpus is ingested as without a cache', async () => {
  const fresh = plain(await ingestCorpus(['corpus'], { cwd: dir, cacheDir: false }));
  writeFileSync(cache, 'a file where the folder should be');
  const r = await ingest();
  expect(r.data).toEqual(fresh);
  expect(readFileSync(cache, 'utf8')).toBe('a file where the folder should be');
});
