/** A value as one csv field: quoted when it holds a delimiter, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * CSV text for Excel: UTF-8 with a byte order mark (without it Chinese Excel reads the file as
 * GBK and shows mojibake), CRLF line ends.
 */
export function csvText(rows: string[][]): string {
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
