// RFC 4180 CSV, both ways, for moving subscriber lists between services.

export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

// Gives every record of `text` with the physical line it starts on (1-based, so an operator
// can find it in an editor even when a quoted field spans lines). Accepts a UTF-8 BOM and CRLF,
// LF or CR line ends; skips blank lines. A stray quote spoils only its own record; a quote left
// open spoils the rest of the file, which is then one error.
export function* parseCsv(text: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let error: string | undefined;
    for (;;) {
      let value = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) {
            yield { line: start, error: "a quoted field is never closed" };
            return;
          }
          value += text.slice(i, q);
          line += countLineEnds(text, i, q);
          if (text[q + 1] === '"') {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        if (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
          error ??= 'text after a closing quote (write a quote inside a quoted field as "")';
        }
      }
      const end = nextDelimiter(text, i);
      const rest = text.slice(i, end);
      if (rest.includes('"')) error ??= "a quote inside an unquoted field (quote the field)";
      value += rest;
      fields.push(value);
      i = end;
      if (text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    // The record ends at a line end or at the end of the text.
    if (text[i] === "\r") i += text[i + 1] === "\n" ? 2 : 1;
    else if (text[i] === "\n") i++;
    line++;
    if (error) yield { line: start, error };
    else if (!(fields.length === 1 && fields[0] === "")) yield { line: start, fields };
  }
}

function nextDelimiter(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 10 || c === 13) return j;
  }
  return text.length;
}

function countLineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || (c === 13 && text.charCodeAt(j + 1) !== 10)) count++;
  }
  return count;
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

// Gives the cell as a spreadsheet shows it as text: a leading apostrophe before a formula start.
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// Undoes neutraliseFormula, so that our own export imports back unchanged.
export function restoreNeutralised(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1))
    ? value.slice(1)
    : value;
}

// Gives one CSV line (CRLF-terminated, RFC 4180), quoting only the fields that need it and
// neutralising formula starts.
export function formatCsvRow(fields: readonly string[]): string {
  return (
    fields
      .map((raw) => {
        const value = neutraliseFormula(raw);
        return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
      })
      .join(",") + "\r\n"
  );
}
