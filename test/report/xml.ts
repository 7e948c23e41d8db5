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
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function decode(s: string, at: number): string {
  if (/</.test(s)) throw new Error(`raw "<" at ${at}`);
  return s.replace(/&([^;\s]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new Error(`bare "&" at ${at}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body] as string;
    const num = /^#(\d+)$/.exec(body) ?? /^#x([0-9a-fA-F]+)$/.exec(body);
    if (!num) throw new Error(`unknown entity &${body}; at ${at}`);
    const cp = Number.parseInt(num[1] as string, body.startsWith('#x') ? 16 : 10);
    const ch = String.fromCodePoint(cp);
    if (FORBIDDEN.test(ch)) throw new Error(`character reference to a forbidden character at ${at}`);
    return ch;
  });
}

/** Parse a document; throws with a position on the first well-formedness error. */
export function parseXml(src: string): XmlElement {
  const bad = FORBIDDEN.exec(src);
  if (bad) throw new Error(`forbidden character U+${(bad[0].codePointAt(0) as number).toString(16)} at ${bad.index}`);
  let i = 0;
  const skipWs = () => {
    while (i < src.length && /\s/.test(src[i] as string)) i++;
  };
  if (src.startsWith('<?xml')) {
    const end = src.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  skipWs();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < src.length) {
    if (src.startsWith('</', i)) {
      const m = NAME.exec(src.slice(i + 2));
      const open = stack.pop();
      if (!m || !open || m[0] !== open.name) throw new Error(`mismatched end tag at ${i}`);
      i += 2 + m[0].length;
      skipWs();
      if (src[i] !== '>') throw new Error(`bad end tag at ${i}`);
      i++;
    } else if (src[i] === '<') {
      if (root && !stack.length) throw new Error(`second root element at ${i}`);
      const m = NAME.exec(src.slice(i + 1));
      if (!m) throw new Error(`bad tag name at ${i}`);
      const el: XmlElement = { name: m[0], attrs: {}, children: [], text: '' };
      i += 1 + m[0].length;
      for (;;) {
        const before = i;
        skipWs();
        if (src.startsWith('/>', i) || src[i] === '>') break;
        if (i === before) throw new Error(`attributes must be separated by white space at ${i}`);
        const a = /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(src.slice(i));
        if (!a) throw new Error(`bad attribute at ${i}`);
        const name = a[1] as string;
        if (name in el.attrs) throw new Error(`repeated attribute ${name} at ${i}`);
        el.attrs[name] = decode((a[3] ?? a[4]) as string, i);
        i += a[0].length;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else root = el;
      if (src.startsWith('/>', i)) i += 2;
      else {
        i++;
        stack.push(el);
      }
    } else {
      const end = src.indexOf('<', i);
      const raw = src.slice(i, end < 0 ? src.length : end);
      const parent = stack[stack.length - 1];
      if (!parent) {
        if (raw.trim()) throw new Error(`text outside the root element at ${i}`);
      } else parent.text += decode(raw, i);
      i += raw.length;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element named `name` below `el`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
