/**
 * A persistent cache of what ingest produces: one file per entry, named by its key.
 *
 * An entry is never trusted as found: its header names the key and the engine version it
 * was written for, and carries the length and SHA-256 of the payload. A corrupt,
 * truncated or stale entry reads as a miss (and is rebuilt by the caller). Writers never
 * write in place: each writes a temporary file of its own in the same folder and renames
 * it over the entry, so a reader sees a whole old entry, a whole new one or none, and two
 * runs sharing a folder cannot corrupt it. Any file-system error is a miss, never a failure.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import path from 'node:path';

const MAGIC = 'corroborate-cache\n';
/** Entries kept per folder: older ones (by last use) are removed on write. */
const MAX_ENTRIES = 24;
/** Temporary files older than this are left-overs of a killed writer. */
const STALE_TMP_MS = 10 * 60_000;

/** What an entry holds: a JSON text, a large text and 32-bit integers. */
export interface CachePayload {
  json: string;
  text: string;
  ints: Int32Array;
}

interface Header {
  key: string;
  version: string;
  json: number;
  text: number;
  ints: number;
  sha256: string;
}

function entryPath(dir: string, key: string): string {
  return path.join(dir, `${key}.bin`);
}

function digest(parts: Uint8Array[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

function intBytes(ints: Int32Array): Uint8Array {
  return new Uint8Array(ints.buffer, ints.byteOffset, ints.byteLength);
}

/** Read an entry, or undefined when it is missing, corrupt, truncated or written for another version or key. */
export function readEntry(dir: string, key: string, version: string): CachePayload | undefined {
  const file = entryPath(dir, key);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return undefined;
  }
  const magic = Buffer.byteLength(MAGIC);
  if (buf.length < magic || buf.toString('latin1', 0, magic) !== MAGIC) return undefined;
  const nl = buf.indexOf(10, magic);
  if (nl === -1) return undefined;
  let h: Header;
  try {
    h = JSON.parse(buf.toString('utf8', magic, nl)) as Header;
  } catch {
    return undefined;
  }
  if (h.key !== key || h.version !== version) return undefined;
  // the payload is aligned to 4 bytes after the header line
  const start = (nl + 4) & ~3;
  if (!Number.isInteger(h.json) || !Number.isInteger(h.text) || !Number.isInteger(h.ints) || h.ints % 4) return undefined;
  const textEnd = start + h.json + h.text;
  const intStart = (textEnd + 3) & ~3;
  if (buf.length !== intStart + h.ints) return undefined;
  const json = buf.subarray(start, start + h.json);
  const text = buf.subarray(start + h.json, textEnd);
  const ib = buf.subarray(intStart, intStart + h.ints);
  if (digest([json, text, ib]) !== h.sha256) return undefined;
  const ints = ib.byteOffset % 4 === 0 ? new Int32Array(ib.buffer, ib.byteOffset, h.ints / 4) : new Int32Array(new Uint8Array(ib).buffer, 0, h.ints / 4);
  try {
    // last use, for pruning
    const now = new Date();
    utimesSync(file, now, now);
  } catch {}
  return { json: json.toString('utf8'), text: text.toString('utf8'), ints };
}

/** Write an entry atomically (temporary file, then rename). Returns false when it could not be written. */
export function writeEntry(dir: string, key: string, version: string, payload: CachePayload): boolean {
  const json = Buffer.from(payload.json, 'utf8');
  const text = Buffer.from(payload.text, 'utf8');
  const ib = intBytes(payload.ints);
  const header: Header = { key, version, json: json.length, text: text.length, ints: ib.length, sha256: digest([json, text, ib]) };
  const head = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8');
  // the payload starts, and the integers start, at a multiple of 4 bytes (zero padding)
  const pad = (n: number) => Buffer.alloc(((n + 3) & ~3) - n);
  const file = entryPath(dir, key);
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    // written piece by piece: no second copy of the entry in memory
    const fd = openSync(tmp, 'w');
    try {
      for (const part of [head, pad(head.length), json, text, pad(json.length + text.length), ib])
        for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {}
    return false;
  }
  prune(dir);
  return true;
}

/** Keep the folder small: the most recently used entries, no left-over temporary files. */
function prune(dir: string): void {
  try {
    const now = Date.now();
    const entries: { file: string; t: number }[] = [];
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const t = statSync(file).mtimeMs;
      if (name.endsWith('.tmp')) {
        if (now - t > STALE_TMP_MS) unlinkSync(file);
      } else if (name.endsWith('.bin')) entries.push({ file, t });
    }
    if (entries.length <= MAX_ENTRIES) return;
    entries.sort((a, b) => b.t - a.t);
    for (const e of entries.slice(MAX_ENTRIES)) unlinkSync(e.file);
  } catch {
    // another run pruned the same files: nothing to do
  }
}

/**
 * The default cache folder: `node_modules/.cache/corroborate` in the nearest folder, from
 * `cwd` up, that has a `node_modules` (undefined when none has: no cache is written then).
 */
export function defaultCacheDir(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; ) {
    if (existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'corroborate');
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
