import type { Report } from '../types.js';

/** The contract's JSON document: stable bytes for the same inputs. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
