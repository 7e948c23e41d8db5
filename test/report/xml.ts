// A small, strict XML 1.0 reader for tests: it throws on anything a well-formedness
// checker rejects (unbalanced tags, raw `<` or `&`, unknown entities, unquoted or
// repeated attributes, characters XML cannot carry) and returns the element tree.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ATTRIBUTE = /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, at: number): string {
  if (/</.test(s)) throw new Error(`raw "<" at ${at}`);
  return s.replace(/&([^;\s]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new Error(`bare "&" at ${at}`);
    if (body in NAMED_ENTITIES) return NAMED_ENTITIES[body] as string;
    const num = /^#(\d+)$/.exec(body) ?? /^#x([0-9a-fA-F]+)$/.exec(body);
    if (!num) throw new Error(`unknown entity &${body}; at ${at}`);
    const cp = Number.parseInt(num[1] as string, body.startsWith('#x') ? 16 : 10);
    const ch = String.fromCodePoint(cp);
    if (FORBIDDEN.test(ch)) throw new Error(`character reference to a forbidden character at ${at}`);
    return ch;
  });
}

/** The reader's state: the source, the position in it, the open elements and the root once seen. */
interface Reader {
  src: string;
  i: number;
  stack: XmlElement[];
  root?: XmlElement;
}

function skipWs(r: Reader): void {
  while (r.i < r.src.length && /\s/.test(r.src[r.i] as string)) r.i++;
}

/** `</name>`: closes the innermost open element, which must have that name. */
function endTag(r: Reader): void {
  const m = NAME.exec(r.src.slice(r.i + 2));
  const open = r.stack.pop();
  if (!m || !open || m[0] !== open.name) throw new Error(`mismatched end tag at ${r.i}`);
  r.i += 2 + m[0].length;
  skipWs(r);
  if (r.src[r.i] !== '>') throw new Error(`bad end tag at ${r.i}`);
  r.i++;
}

/** The attributes of a start tag, up to (not including) its `>` or `/>`. */
function attributes(r: Reader, el: XmlElement): void {
  for (;;) {
    const before = r.i;
    skipWs(r);
    if (r.src.startsWith('/>', r.i) || r.src[r.i] === '>') return;
    if (r.i === before) throw new Error(`attributes must be separated by white space at ${r.i}`);
    const a = ATTRIBUTE.exec(r.src.slice(r.i));
    if (!a) throw new Error(`bad attribute at ${r.i}`);
    const name = a[1] as string;
    if (name in el.attrs) throw new Error(`repeated attribute ${name} at ${r.i}`);
    el.attrs[name] = decode((a[3] ?? a[4]) as string, r.i);
    r.i += a[0].length;
  }
}

/** `<name attr="v">` or `<name/>`: a new element, a child of the innermost open one (or the root). */
function startTag(r: Reader): void {
  if (r.root && !r.stack.length) throw new Error(`second root element at ${r.i}`);
  const m = NAME.exec(r.src.slice(r.i + 1));
  if (!m) throw new Error(`bad tag name at ${r.i}`);
  const el: XmlElement = { name: m[0], attrs: {}, children: [], text: '' };
  r.i += 1 + m[0].length;
  attributes(r, el);
  const parent = r.stack[r.stack.length - 1];
  if (parent) parent.children.push(el);
  else r.root = el;
  if (r.src.startsWith('/>', r.i)) r.i += 2;
  else {
    r.i++;
    r.stack.push(el);
  }
}

/** Character data up to the next `<`: the open element's text; outside the root, white space only. */
function text(r: Reader): void {
  const end = r.src.indexOf('<', r.i);
  const raw = r.src.slice(r.i, end < 0 ? r.src.length : end);
  const parent = r.stack[r.stack.length - 1];
  if (!parent) {
    if (raw.trim()) throw new Error(`text outside the root element at ${r.i}`);
  } else parent.text += decode(raw, r.i);
  r.i += raw.length;
}

/** Parse a document; throws with a position on the first well-formedness error. */
export function parseXml(src: string): XmlElement {
  const bad = FORBIDDEN.exec(src);
  if (bad) throw new Error(`forbidden character U+${(bad[0].codePointAt(0) as number).toString(16)} at ${bad.index}`);
  const r: Reader = { src, i: 0, stack: [] };
  if (src.startsWith('<?xml')) {
    const end = src.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    r.i = end + 2;
  }
  skipWs(r);
  while (r.i < src.length) {
    if (src.startsWith('</', r.i)) endTag(r);
    else if (src[r.i] === '<') startTag(r);
    else text(r);
  }
  if (r.stack.length) throw new Error(`unclosed <${r.stack[r.stack.length - 1]?.name}>`);
  if (!r.root) throw new Error('no root element');
  return r.root;
}

/** Every element named `name` below `el`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
