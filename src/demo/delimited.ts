/**
 * Text tables as the demo receives them: a block copied from Excel (tab-separated, rows by newline,
 * a cell holding a tab, a newline or a leading quote written in quotes with `""` for a quote) and CSV
 * files (comma or semicolon separated, same quoting, UTF-8 with or without a byte-order mark).
 */

/** The byte-order mark some editors (and Excel's "CSV UTF-8") put at the start of a file. */
const BOM = "\uFEFF";

/**
 * Splits delimited text into rows of cells. A cell that starts with `"` is quoted: it runs to the next
 * `"` that is not doubled and may hold the delimiter and newlines; text after its closing quote is kept
 * as it is. A `"` that never closes is an ordinary character, as Excel reads it. `\r\n`, `\n` and `\r`
 * end a row; one final line break does not start an empty row. Rows are padded to the widest.
 * @param text the text (a leading byte-order mark is dropped)
 * @param delimiter one character: "\t", "," or ";"
 * @returns rows × columns of strings (an empty text gives no rows)
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = source.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  if (n === 0) return [];
  for (;;) {
    let cell = "";
    if (source[i] === '"') {
      // Find the closing quote; without one, the quote is an ordinary character.
      let j = i + 1;
      let quoted = "";
      let closed = false;
      while (j < n) {
        const ch = source[j];
        if (ch === '"') {
          if (source[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        quoted += ch;
        j++;
      }
      if (closed) {
        cell = quoted;
        i = j;
      }
    }
    // The (rest of the) cell up to the delimiter or the end of the row.
    while (i < n && source[i] !== delimiter && source[i] !== "\n" && source[i] !== "\r") cell += source[i++];
    row.push(cell);
    if (i >= n) {
      endRow();
      break;
    }
    const ch = source[i];
    if (ch === delimiter) {
      i++;
      continue;
    }
    // A line break: \r\n counts once.
    i += ch === "\r" && source[i + 1] === "\n" ? 2 : 1;
    endRow();
    if (i >= n) break;
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill("")] : r));
}

/**
 * The delimiter of a CSV file: the one of `,`, `;` and tab that occurs most often outside quotes in
 * its first lines (comma on a tie or when none occurs), as Excel's locale-dependent list separator
 * means a German or French CSV uses semicolons.
 * @param text the file's text
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const ch = text[i] ?? "";
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n") lines++;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [d, c] of counts) if (c > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * A CSV file's rows.
 * @param text the decoded text (a byte-order mark is dropped)
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  return parseDelimited(source, detectDelimiter(source));
}

/**
 * A clipboard block's rows: tab-separated, as Excel, Google Sheets and LibreOffice copy cells.
 * @param text the clipboard's text/plain
 */
export function parseClipboard(text: string): string[][] {
  return parseDelimited(text, "\t");
}

/**
 * Decodes a file's bytes as UTF-8 (a byte-order mark is dropped; bad bytes become U+FFFD).
 * @param bytes the file's content
 */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * What typing `text` into a cell hands the host, as the grid's editor does: a number when the whole
 * text reads as one, else the text (the host then reads "12.5%", "1,234", TRUE, "=…" as Excel does).
 * @param text the typed or pasted text
 */
export function typedValue(text: string): string | number {
  const number = text.trim() !== "" && !text.startsWith("=") ? Number(text) : NaN;
  return Number.isFinite(number) ? number : text;
}
