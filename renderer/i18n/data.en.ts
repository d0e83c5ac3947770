/** English texts of the data page and the change log; typed as the Danish ones. */
import type { DataMessages } from './data.da'

export const dataEn: DataMessages = {
  title: 'Data in and out',
  intro:
    'Get the register as a spreadsheet or a calendar, print the status report, and import suppliers from your own spreadsheet.',
  failed: 'That failed: {message}',
  export: {
    title: 'Export to a spreadsheet',
    intro:
      'The whole register as an Excel workbook with one sheet per record type and the warnings, or one record type as CSV. Headers are in English.',
    xlsx: 'Download Excel workbook (.xlsx)',
    sheet: 'Record type for CSV',
    separator: 'Separator',
    separatorHint: 'Danish Excel expects semicolons.',
    semicolon: 'Semicolon ;',
    comma: 'Comma ,',
    csv: 'Download CSV',
    sheets: {
      counterparties: 'Counterparties',
      agreements: 'Agreements',
      contacts: 'Contacts',
      locations: 'Locations',
      sub_processors: 'Sub-processors',
      supervision: 'Supervision',
      warnings: 'Warnings',
    },
  },
  calendar: {
    title: 'Calendar',
    intro:
      'Renewals and expiries, notice deadlines, sub-processor objection deadlines and supervision due dates, as all-day events with a reminder a week before.',
    period: 'Period',
    periods: { '90': 'Next 3 months', '365': 'Next 12 months', '730': 'Next 2 years' },
    download: 'Download calendar file (.ics)',
    howTo:
      'Outlook: File › Open & Export › Import/Export › "Import an iCalendar file". Google Calendar: Settings › Import & export › Import. A newer file moves the events instead of adding copies.',
  },
  report: {
    title: 'Status report',
    intro:
      'Agreement status per counterparty with a summary of what falls due within 90 days, to print or save as PDF.',
    filters: "The report follows the counterparty list's filters: {filters}.",
    noFilters: 'no filters, the whole register',
    open: 'Open the status report',
  },
  import: {
    title: 'Import suppliers',
    intro:
      'From a CSV file (UTF-8) or an Excel workbook (.xlsx) with one supplier per row and headers in the first row. Nothing is saved until you have seen the preview and pressed Import.',
    choose: 'Choose file …',
    chosen: 'File: {file}',
    sheet: 'Sheet',
    refused: 'The file cannot be imported',
    nothingWritten: 'Nothing was saved in the register.',
    notices: 'Note',
    columns: {
      title: 'Columns',
      intro: 'Choose which field each column fills. One field per column; the name is required.',
      column: 'Column',
      header: 'Header',
      samples: 'Examples',
      field: 'Field',
      fieldOf: 'Field for column {column}',
      none: 'Not imported',
      needName: "Choose the column that holds the supplier's name – every row needs one.",
    },
    fields: {
      name: 'Name',
      legal_name: 'Legal name',
      registration_no: 'Registration / VAT no.',
      country: 'Country',
      website: 'Website',
      kinds: 'Kind',
      role: 'Role',
      status: 'Status',
      owner: 'Internal owner',
      notes: 'Notes',
      contact_name: 'Contact person',
      contact_email: "Contact's e-mail",
    },
    wholeRow: 'The row',
    preview: {
      title: 'Preview',
      summary:
        'Rows: {rows} · to create: {create} · duplicates, skipped: {duplicates} · with errors: {errors}',
      show: 'Show',
      all: 'All',
      row: 'Row',
      name: 'Name',
      status: 'Result',
      details: 'Details',
      statuses: { create: 'Create', duplicate: 'Duplicate', error: 'Error' },
      shown: 'Showing the first {shown} of {total} rows.',
      empty: 'No rows here.',
      dupRegisterReg: 'Same registration no. ({value}) as {name} in the register – skipped',
      dupRegisterName: 'Same name as {name} in the register – skipped',
      dupFileReg: 'Same registration no. ({value}) as row {row} – skipped',
      dupFileName: 'Same name as row {row} – skipped',
      error: '{field}, column {column}: {reason}',
      errorRow: '{field}: {reason}',
      value: 'Value: "{value}"',
      contact: 'Contact person: {name}',
    },
    commit: 'Import {count} suppliers',
    commitOne: 'Import 1 supplier',
    blocked:
      'Fix the rows with errors first ({count}): correct the file and choose it again, or choose another field for the column (or "Not imported"). Nothing is imported while a row has errors.',
    nothingNew: 'The file has no new suppliers.',
    done: 'The import is saved. New suppliers: {count} · new contact persons: {contacts} · duplicates skipped: {skipped}.',
    showList: 'Show the counterparties',
    again: 'Import another file',
    cancel: 'Cancel',
    messages: {
      tooBig:
        'The file is {size} MB; imports take at most 50 MB. Split it into smaller files and import them one by one.',
      empty: 'The file is empty.',
      noRows: 'The file has a header row (row {row}) but no rows of suppliers below it.',
      xls: 'This is an old Excel 97–2003 workbook (.xls). Save it as "Excel Workbook (.xlsx)" or "CSV UTF-8" and import that file.',
      fakeXlsx:
        '{file} is named .xlsx but is not an Excel workbook (it is damaged, or another kind of file). Open it in Excel and save it again, or export it as "CSV UTF-8".',
      xlsxUnreadable:
        'The file is not a readable Excel workbook (.xlsx). Open it in Excel and save it again, or export it as "CSV UTF-8". ({detail})',
      utf16: 'The file is UTF-16 text ("Unicode text" in Excel), not UTF-8.',
      nul: 'The file contains NUL bytes: it is UTF-16 text without a byte-order mark, or not a text file at all.',
      notUtf8:
        'The file is not UTF-8: line {line} has the byte 0x{byte}, which is not valid UTF-8.',
      latin1: 'It looks like Windows-1252/Latin-1, where that byte is "{char}".',
      saveAs: 'In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)" and import again.',
      quoteNotClosed:
        'Broken quoting: the quoted cell that starts on line {line} is never closed, so the rest of the file would be read as one cell.',
      quoteAfter: 'Broken quoting on line {line}: text follows the closing quote of a cell.',
      quoteInside:
        'Broken quoting on line {line}: a quote appears inside a cell that does not start with one.',
      quoteFix:
        'Fix the quotes in that row (a " inside a cell is written "") or save the file again from Excel.',
      csvUnreadable: 'The CSV file cannot be read (line {line}): {detail}',
      noSheet: 'The workbook has no sheet named "{sheet}".',
      noVisibleSheet: 'The workbook has no visible sheet.',
      formulas:
        '{count} cell(s) hold a formula without a saved result ({cells}). DPA Desk does not calculate formulas: open the file in Excel and save it (so the results are stored), or replace the formulas with their values.',
      formulaResults:
        '{count} cell(s) hold formulas; the results Excel saved with them were imported, not the formulas.',
      notMapped: 'Not imported (no field chosen): {columns}.',
      noName:
        'No column holds the supplier\'s name, which every row needs. Head a column "Name" or "Navn", or choose it in the column mapping. The file\'s columns: {columns}.',
      changed:
        'The register or the file has changed since the preview; nothing was imported. The preview has been refreshed – check it and import again.',
      rowErrors: '{count} row(s) of the file have errors; nothing was imported.',
    },
    reasons: {
      nameRequired: 'is required: every supplier needs a name',
      country: 'is not a country: use a two-letter code such as DK, or a name such as Germany',
      kind: '"{value}" is not a kind; use {options}',
      role: '"{value}" is not a role; use {options}',
      status: '"{value}" is not a status; use {options}',
      email: 'is not an e-mail address',
      tooLong: 'is too long',
      cell: 'the cell shows {value}',
    },
  },
  log: {
    title: 'Change log',
    intro:
      "Who changed what and when in the whole register, newest first. The log cannot be changed; only a person's data can be removed from it when that person is erased, and that is logged too.",
    entity: 'Record type',
    allEntities: 'All record types',
    count: '{count} changes',
    countOne: '1 change',
    empty: 'No changes yet.',
    when: 'When',
    who: 'Who',
    what: 'Record',
    changes: 'Changes',
    counterparty: 'Counterparty: {name}',
    deleted: 'Counterparty #{id} (deleted)',
    removed: 'The record was deleted.',
    pages: 'Pages',
  },
}
