/**
 * The agreement status report as a PDF, drawn from the report model with pdfmake (pure
 * JavaScript on pdfkit): the same file in the desktop app, in browser mode and from the CLI, on
 * any OS, with no browser. The font is the Roboto that ships inside pdfmake, embedded in the PDF
 * (subset), so æ, ø and å print wherever the file is opened. Layout as the HTML's print
 * stylesheet: A4, the running header and "Page i / N" footer on every page, the summary on page
 * one, one section per counterparty from page two, fixed column widths in which long words break.
 */
import { createRequire } from 'node:module'
import type * as Pdfmake from 'pdfmake'
import type {
  Content,
  ContentText,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import type { Severity } from '../../compliance'
import type {
  CounterpartyModel,
  FigureModel,
  LabelledText,
  Part,
  ReportModel,
  ReportTable,
  ReportWarning,
} from './model'
import { PAGE_MARGINS_MM } from './page-setup'
import { REPORT_COLOURS as C } from './styles'

const pt = (mm: number) => (mm * 72) / 25.4
const A4_WIDTH = 595.28
const MARGINS = PAGE_MARGINS_MM
const CONTENT_WIDTH = A4_WIDTH - pt(MARGINS.left) - pt(MARGINS.right)
const CELL_PADDING = { x: pt(1.5), y: pt(0.8) }
const FONT = 'Roboto'

/** Roboto as pdfmake ships it; Medium stands in for bold as in pdfmake's own set-up. */
function robotoFiles() {
  const resolve = (file: string) =>
    createRequire(import.meta.url).resolve(`pdfmake/fonts/Roboto/${file}`)
  return {
    normal: resolve('Roboto-Regular.ttf'),
    bold: resolve('Roboto-Medium.ttf'),
    italics: resolve('Roboto-Italic.ttf'),
    bolditalics: resolve('Roboto-MediumItalic.ttf'),
  }
}

let loaded: Promise<typeof Pdfmake> | null = null
/**
 * pdfmake (with pdfkit and fontkit) is loaded on the first report, not at start-up, and set up
 * once: it keeps its fonts and access rules in one shared object.
 */
function loadPdfmake(): Promise<typeof Pdfmake> {
  loaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    const fonts = robotoFiles()
    const allowed = new Set<string>(Object.values(fonts))
    pdfmake.setFonts({ [FONT]: fonts })
    // The report names no image or file: it may read the font files and nothing else, fetch nothing.
    pdfmake.setLocalAccessPolicy((path) => allowed.has(path))
    pdfmake.setUrlAccessPolicy(() => false)
    return pdfmake
  })
  return loaded
}

export async function renderReportPdf(model: ReportModel): Promise<Uint8Array> {
  const pdfmake = await loadPdfmake()
  const buffer = await pdfmake.createPdf(documentDefinition(model)).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function documentDefinition(model: ReportModel): TDocumentDefinitions {
  const { header } = model
  return {
    pageSize: 'A4',
    pageMargins: [pt(MARGINS.left), pt(MARGINS.top), pt(MARGINS.right), pt(MARGINS.bottom)],
    info: { title: model.documentTitle, author: header.organisation, creator: 'DPA Desk' },
    language: model.language,
    defaultStyle: { font: FONT, fontSize: 8.5, lineHeight: 1.15, color: C.ink },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, pt(1)] },
      h2: { fontSize: 11, bold: true },
      h3: {
        fontSize: 8.5,
        bold: true,
        color: C.heading,
        characterSpacing: 0.25,
        margin: [0, pt(2.5), 0, pt(1)],
      },
      muted: { color: C.muted },
      small: { fontSize: 7.5 },
      none: { color: C.muted, italics: true },
      th: { fontSize: 7.5, bold: true, color: C.heading, fillColor: C.headerFill },
      running: { fontSize: 7.5, color: C.runningText },
    },
    header: () => ({
      margin: [pt(MARGINS.left), pt(8), pt(MARGINS.right), 0],
      stack: [
        {
          style: 'running',
          columns: [
            { text: header.organisation, bold: true, width: '*' },
            { text: header.title, width: 'auto', alignment: 'center' },
            { text: header.date, width: '*', alignment: 'right' },
          ],
          columnGap: pt(6),
        },
        rule(0.5, C.border, pt(1.5)),
      ],
    }),
    footer: (currentPage, pageCount) => ({
      margin: [pt(MARGINS.left), pt(6), pt(MARGINS.right), 0],
      style: 'running',
      columns: [
        { text: header.footnote, width: '*' },
        {
          text: `${header.page} ${currentPage} / ${pageCount}`,
          width: 'auto',
          noWrap: true,
        },
      ],
      columnGap: pt(6),
    }),
    content: [...summaryPage(model), ...counterpartyPages(model)],
  }
}

/** A horizontal line across the text column. */
function rule(width: number, colour: string, above = 0): Content {
  return {
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: width, lineColor: colour },
    ],
    margin: [0, above, 0, 0],
  }
}

/** Part headings in capitals, as the HTML's stylesheet shows them. */
const capitals = (text: string) => text.toLocaleUpperCase()

const none = (text: string): Content => ({ text, style: 'none' })

const labelled = (facts: readonly LabelledText[]): ContentText['text'] =>
  facts.flatMap((fact, i) => [
    ...(i > 0 ? [' · '] : []),
    { text: `${fact.label}:`, bold: true },
    ` ${fact.text}`,
  ])

function summaryPage(model: ReportModel): Content[] {
  const { header, summary } = model
  const content: Content[] = [
    { text: header.organisation, fontSize: 10, bold: true, color: C.accent },
    { text: header.title, style: 'h1' },
    { text: header.date },
    { text: model.filters, style: 'muted', margin: [0, pt(1.5), 0, 0] },
    { text: header.footnote, style: ['muted', 'small'], margin: [0, pt(2), 0, 0] },
    rule(1.5, C.accent, pt(3)),
    { text: summary.heading, style: 'h2', margin: [0, pt(4), 0, 0] },
    figures(summary.figures),
  ]
  if (summary.registerWarnings) content.push(warningsPart(summary.registerWarnings))
  content.push(tablePart(summary.dueSoon))
  return content
}

function counterpartyPages(model: ReportModel): Content[] {
  const { counterparties } = model
  return [
    { text: counterparties.heading, style: 'h2', pageBreak: 'before' },
    ...(counterparties.none === null ? [] : [none(counterparties.none)]),
    ...counterparties.sections.map(counterpartySection),
  ]
}

/** Boxes side by side: the number large, what it counts below, severities marked in colour. */
function figures(items: readonly FigureModel[]): Content {
  return {
    margin: [0, pt(3), 0, pt(5)],
    columnGap: pt(3),
    columns: items.map((figure) => ({
      width: '*',
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: String(figure.count), fontSize: 16, bold: true, lineHeight: 1.1 },
                { text: figure.label, style: ['muted', 'small'] },
              ],
            },
          ],
        ],
      },
      layout: figureLayout(figure.severity),
    })),
  }
}

function figureLayout(severity: Severity | null): CustomTableLayout {
  return {
    hLineWidth: () => 0.75,
    vLineWidth: (i) => (i === 0 && severity ? 3 : 0.75),
    hLineColor: () => C.border,
    vLineColor: (i) => (i === 0 && severity ? C.severity[severity] : C.border),
    paddingLeft: () => pt(3),
    paddingRight: () => pt(3),
    paddingTop: () => pt(2),
    paddingBottom: () => pt(2),
  }
}

/** Rows of a table with a heading row above the column titles: lines only under the titles. */
function tableLayout(headerRows: number): CustomTableLayout {
  return {
    hLineWidth: (i) => (i < headerRows ? 0 : i === headerRows ? 0.75 : 0.5),
    vLineWidth: () => 0,
    hLineColor: (i) => (i === headerRows ? C.headerRule : C.rule),
    paddingLeft: () => CELL_PADDING.x,
    paddingRight: () => CELL_PADDING.x,
    paddingTop: () => CELL_PADDING.y,
    paddingBottom: () => CELL_PADDING.y,
  }
}

/** A part's heading as a table's first row, so it never stands alone at the foot of a page. */
const headingRow = (text: string, columns: number, padding = CELL_PADDING.x): TableCell[] => [
  {
    text: capitals(text),
    style: 'h3',
    colSpan: columns,
    // The cell's padding would indent the heading; headings outside tables are not indented.
    margin: [-padding, pt(2.5) - CELL_PADDING.y, 0, 0],
  },
  ...Array.from({ length: columns - 1 }, () => ({})),
]

/** A part with nothing to list: its heading and the "none" line, kept together. */
const emptyPart = (part: Part<unknown>): Content => ({
  stack: [{ text: capitals(part.heading), style: 'h3' }, none(part.empty)],
  unbreakable: true,
})

/**
 * A table part: fixed widths from the model's percentages; the heading and the column titles
 * repeat on every page the table runs over, and stay with its first row.
 */
function tablePart(part: Part<ReportTable | null>): Content {
  if (!part.content) return emptyPart(part)
  const { widths, headers, rows, noWrap } = part.content
  const cell = (text: string, column: number, extra: object = {}): TableCell => ({
    text,
    noWrap: noWrap.includes(column),
    ...extra,
  })
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: widths.map((percent) => (CONTENT_WIDTH * percent) / 100 - 2 * CELL_PADDING.x),
      body: [
        headingRow(part.heading, widths.length),
        headers.map((text, i) => cell(text, i, { style: 'th' })),
        ...rows.map((cells) => cells.map((text, i) => cell(text, i))),
      ],
    },
    layout: tableLayout(2),
    margin: [0, 0, 0, pt(1)],
  }
}

function counterpartySection(cp: CounterpartyModel): Content {
  const head: Content[] = [
    rule(1, C.accent, pt(5)),
    { text: cp.name, style: 'h2', margin: [0, pt(2), 0, 0] },
  ]
  if (cp.facts.length > 0) head.push({ text: cp.facts.join(' · '), style: ['muted', 'small'] })
  head.push({ text: labelled(cp.meta), color: C.heading, margin: [0, pt(0.8), 0, 0] })
  // The name stays with the first part when that part is short (a table starts a page otherwise).
  const firstIsShort = (cp.agreements.content?.rows.length ?? 0) <= 6
  const agreements = tablePart(cp.agreements)
  return {
    stack: [
      firstIsShort
        ? { stack: [...head, agreements], unbreakable: true }
        : { stack: head, unbreakable: true },
      ...(firstIsShort ? [] : [agreements]),
      tablePart(cp.locations),
      ...(cp.subProcessors ? [{ text: labelled([cp.subProcessors]) }] : []),
      cp.supervision.content.length > 0
        ? {
            stack: [
              { text: capitals(cp.supervision.heading), style: 'h3' },
              { text: labelled(cp.supervision.content) },
            ],
            unbreakable: true,
          }
        : emptyPart(cp.supervision),
      warningsPart(cp.warnings),
    ],
  }
}

/** Warnings one to a row: the severity in its colour, the rule, the message, the reference. */
function warningsPart(part: Part<readonly ReportWarning[]>): Content {
  if (part.content.length === 0) return emptyPart(part)
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths: [CONTENT_WIDTH],
      dontBreakRows: true,
      body: [
        headingRow(part.heading, 1, 0),
        ...part.content.map((w) => [
          {
            stack: [
              {
                text: [
                  {
                    text: ` ${w.severityLabel} `,
                    bold: true,
                    fontSize: 7,
                    color: '#ffffff',
                    background: C.severity[w.severity],
                  },
                  ' ',
                  { text: w.rule, bold: true },
                  ` ${w.message}`,
                ],
              },
              { text: w.reference, fontSize: 7, color: C.muted },
            ],
          },
        ]),
      ],
    },
    layout: {
      ...tableLayout(1),
      hLineWidth: (i) => (i <= 1 ? 0 : 0.5),
      hLineColor: () => C.rule,
      paddingLeft: () => 0,
      paddingRight: () => 0,
    },
  }
}
