/** A CSV cell: text, a number (written as digits, so spreadsheets read it as a number), or empty. */
export type CsvCell = string | number | null;

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read the Chinese text as UTF-8. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const quote = (cell: CsvCell) => {
    const text = cell === null ? "" : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}
