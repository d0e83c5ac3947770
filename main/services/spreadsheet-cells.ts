/**
 * Formula injection (CSV/XLSX injection): a spreadsheet program runs a cell that begins with `=`,
 * `+`, `-` or `@` as a formula, and a leading tab or carriage return can hide such a start. Every
 * text cell we write goes through `neutraliseCell`, in CSV and in XLSX alike; imports undo exactly
 * that prefix, so our own exports import back unchanged.
 */

const FORMULA_START = /^[=+\-@\t\r]/

/** Text that a spreadsheet could run, prefixed with a single quote so it stays text. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** Removes the quote `neutraliseCell` added; any other leading quote is the user's and stays. */
export function restoreNeutralisedCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}
