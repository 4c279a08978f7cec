/**
 * CSV writing for downloads from the page (the table's "Download CSV"). The
 * writer itself — RFC 4180 quoting and OWASP CSV-injection neutralisation —
 * lives in core (src/core/export/csv.ts), shared with the exports and the CLI;
 * this module keeps the panels' import path.
 */
export { escapeCsvCell, neutraliseFormula, toCsv } from '../../core/export/csv';
