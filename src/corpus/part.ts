/** One part of a corpus, parsed and indexed on its own: the unit of work of parallel ingest. */
import type { CachePayload } from '../cache/store.js';
import type { InputError } from '../errors.js';
import { buildIndex, type CorpusIndex } from './index.js';
import { addParsed, type ParsedFiles, parseSource, type Source, sortSources } from './load.js';

/** The files of a part: their display paths and their bytes, end to end in one buffer. */
export interface PartRequest {
  displays: string[];
  /** End offset of each file in `bytes`. */
  ends: number[];
  bytes: Uint8Array;
  /** Files that could not be read (no bytes), by their position in `displays`: their errors keep their place. */
  unread: Record<number, InputError>;
}

export interface PartResult {
  errors: InputError[];
  payload: CachePayload;
}

/** Parse and segment the files of a part, sort its sources by id and index them. */
export function parsePart(req: PartRequest): { sources: Source[]; errors: InputError[]; index: CorpusIndex } {
  const out: ParsedFiles = { sources: [], errors: [] };
  const all = Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength);
  let start = 0;
  req.displays.forEach((display, i) => {
    const end = req.ends[i] as number;
    const error = req.unread[i];
    addParsed(out, error ? { error } : parseSource(all.subarray(start, end), display));
    start = end;
  });
  const sources = sortSources(out.sources);
  return { sources, errors: out.errors, index: buildIndex(sources) };
}
