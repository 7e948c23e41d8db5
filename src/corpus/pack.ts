/**
 * Ingest results (sources with their sentences, and the corpus index) as flat data:
 * one JSON text, one text holding every source text, and 32-bit integers. The cache
 * stores this form, and worker threads send it (the integers are transferred, not copied).
 */
import type { CachePayload } from '../cache/store.js';
import { buildIndexFrom, type CorpusIndex } from './index.js';
import type { Source } from './load.js';
import type { Sentence } from './segment.js';

type SourceMeta = Omit<Source, 'text' | 'sentences'>;

export interface PackJson {
  sources: SourceMeta[];
  keys: string[];
  /** Capitalised forms and their stems, flattened: form, stem, form, stem, ... */
  cap: string[];
}

/** Flatten sources and their index (built over exactly these sources, in this order). */
export function pack(sources: Source[], index: CorpusIndex): CachePayload {
  let n = 1 + 2 * sources.length;
  for (const s of sources) n += 4 * s.sentences.length;
  for (const list of index.postings.values()) n += 1 + list.length;
  const ints = new Int32Array(n);
  let k = 0;
  ints[k++] = sources.length;
  const metas: SourceMeta[] = [];
  for (const s of sources) {
    const { text, sentences, ...meta } = s;
    metas.push(meta);
    ints[k++] = text.length;
    ints[k++] = sentences.length;
  }
  for (const s of sources)
    for (const x of s.sentences) {
      ints[k++] = x.start;
      ints[k++] = x.end;
      ints[k++] = x.line;
      ints[k++] = x.prose ? 1 : 0;
    }
  for (const list of index.postings.values()) {
    ints[k++] = list.length;
    ints.set(list, k);
    k += list.length;
  }
  const cap: string[] = [];
  for (const [form, stem] of index.capitalised) cap.push(form, stem);
  const json: PackJson = { sources: metas, keys: [...index.postings.keys()], cap };
  return { json: JSON.stringify(json), text: sources.map((s) => s.text).join(''), ints };
}

/** The inverse of `pack`. Throws on data that does not fit together. */
export function unpack(p: CachePayload): { sources: Source[]; index: CorpusIndex } {
  const u = unpackSources(p);
  const postings = new Map<string, number[]>();
  const capitalised = new Map<string, string>();
  addPostings(u, postings, capitalised, 0);
  return { sources: u.sources, index: buildIndexFrom(u.sources, postings, capitalised) };
}

/** The sources of a packed part, and where its postings start. */
export interface UnpackedSources {
  sources: Source[];
  payload: CachePayload;
  json: PackJson;
  at: number;
}

/** Read the sources (with their sentences) of a packed part. */
export function unpackSources(p: CachePayload): UnpackedSources {
  const j = JSON.parse(p.json) as PackJson;
  const ints = p.ints;
  let k = 0;
  const count = ints[k++] as number;
  if (count !== j.sources.length) throw new Error('cache: source count mismatch');
  const sizes: [number, number][] = [];
  for (let i = 0; i < count; i++) sizes.push([ints[k++] as number, ints[k++] as number]);
  const sources: Source[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const [len, ns] = sizes[i] as [number, number];
    const text = p.text.slice(offset, offset + len);
    offset += len;
    const sentences: Sentence[] = new Array(ns);
    for (let q = 0; q < ns; q++) {
      const start = ints[k++] as number;
      const end = ints[k++] as number;
      sentences[q] = { start, end, text: text.slice(start, end), line: ints[k++] as number, prose: ints[k++] === 1 };
    }
    const { firstLine, ...meta } = j.sources[i] as SourceMeta;
    sources.push({ ...meta, text, sentences, firstLine });
  }
  if (offset !== p.text.length || k > ints.length) throw new Error('cache: text length mismatch');
  return { sources, payload: p, json: j, at: k };
}

/**
 * Add a packed part's postings (sentence ids shifted by `shift`) and capitalised forms to an
 * index's maps: a key already there keeps its place and gets the ids appended; a form already
 * there keeps its stem. Joining parts in corpus order gives what one index over all of them gives.
 */
export function addPostings(u: UnpackedSources, postings: Map<string, number[]>, capitalised: Map<string, string>, shift: number): void {
  const ints = u.payload.ints;
  let k = u.at;
  for (const key of u.json.keys) {
    const len = ints[k++] as number;
    if (len < 0 || k + len > ints.length) throw new Error('cache: index length mismatch');
    let list = postings.get(key);
    if (!list) {
      list = [];
      postings.set(key, list);
    }
    for (let q = 0; q < len; q++) list.push((ints[k + q] as number) + shift);
    k += len;
  }
  if (k !== ints.length) throw new Error('cache: index length mismatch');
  const cap = u.json.cap;
  for (let i = 0; i + 1 < cap.length; i += 2) if (!capitalised.has(cap[i] as string)) capitalised.set(cap[i] as string, cap[i + 1] as string);
}
