// Spreadsheets in and out (R-PO-6 bulk intake, list exports): xlsx read in two streaming passes
// without temporary files, csv in UTF-8 (with or without BOM), UTF-16 or GB18030/GBK; xlsx
// written with the streaming writer. Rows are text cells numbered as the spreadsheet shows them.
export { detectFormat, readSpreadsheetRows, SpreadsheetError, type ReadProgress, type SheetRow, type SpreadsheetFormat } from './read-spreadsheet.js';
export { decodeCsv } from './read-csv.js';
export { csvText } from './write-csv.js';
export { writeXlsx, xlsxBuffer, xlsxStream, XLSX_CONTENT_TYPE, type XlsxCell, type XlsxColumn, type XlsxSheet } from './write-xlsx.js';
export { attachment } from './attachment.js';
