/** Terminal styling: colour only when asked for (a TTY without NO_COLOR, or --color). */
export interface Style {
  color: boolean;
}

const codes = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90, bold: 1, dim: 2 } as const;

export function paint(style: Style, name: keyof typeof codes, s: string): string {
  return style.color ? `\x1b[${codes[name]}m${s}\x1b[0m` : s;
}

/** Whether to colour a stream: NO_COLOR wins, then FORCE_COLOR, then TTY. */
export function wantColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}
