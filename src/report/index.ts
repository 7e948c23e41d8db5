import type { Report } from '../types.js';
import { renderGithub } from './github.js';
import { renderHtml } from './html.js';
import { type JsonOptions, renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { Style } from './style.js';
import { renderText } from './text.js';

export interface RenderOptions extends JsonOptions {
  style: Style;
}

/** The report formats, by name. A format is a pure function Report -> string. */
export const reporters: Record<string, (report: Report, opts: RenderOptions) => string> = {
  text: (r, o) => renderText(r, o.style),
  json: (r, o) => renderJson(r, o),
  junit: (r) => renderJunit(r),
  markdown: (r) => renderMarkdown(r),
  github: (r) => renderGithub(r),
  html: (r) => renderHtml(r),
};
