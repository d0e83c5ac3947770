/**
 * Reading a PDF back the way a person would see it, with pdf.js (the npm package pdfjs-dist, which
 * draws on @napi-rs/canvas in Node): the page count, the text of each page, where each piece of
 * text sits, and the pages as pixels. Nothing from the OS (no poppler), so it runs on a fresh
 * machine after `npm ci`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'

export const A4_POINTS = { width: 595.28, height: 841.89 }
export const mmToPoints = (mm: number) => (mm * 72) / 25.4

/** Reads the PDF in the file `pdf` or in `bytes`, and lets go of it afterwards. */
export async function withPdf<T>(
  pdf: string | Uint8Array,
  read: (doc: PDFDocumentProxy) => Promise<T>,
): Promise<T> {
  const data = typeof pdf === 'string' ? new Uint8Array(fs.readFileSync(pdf)) : pdf.slice()
  const task = getDocument({ data, useSystemFonts: false })
  try {
    return await read(await task.promise)
  } finally {
    await task.destroy()
  }
}

export const pageCount = (pdf: string) => withPdf(pdf, async (doc) => doc.numPages)

interface TextPiece {
  text: string
  x: number
  /** The baseline, in PDF points from the bottom of the page. */
  y: number
  width: number
  height: number
}

async function pieces(doc: PDFDocumentProxy, pageNumber: number): Promise<TextPiece[]> {
  const page = await doc.getPage(pageNumber)
  const content = await page.getTextContent()
  return content.items.flatMap((item) =>
    'str' in item && item.str.trim() !== ''
      ? [
          {
            text: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
            height: item.height,
          },
        ]
      : [],
  )
}

/** A page's text line by line, top to bottom, pieces on a line left to right. */
function linesOf(all: TextPiece[]): string {
  const lines = new Map<number, TextPiece[]>()
  for (const piece of all) {
    const key = Math.round(piece.y)
    const line = lines.get(key) ?? lines.get(key - 1) ?? lines.get(key + 1)
    if (line) line.push(piece)
    else lines.set(key, [piece])
  }
  return [...lines.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, line]) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((piece) => piece.text)
        .join('  '),
    )
    .join('\n')
}

/** The text of each page from `first` to `last` (all pages by default). */
export function pageTexts(pdf: string, first = 1, last?: number): Promise<string[]> {
  return withPdf(pdf, async (doc) => {
    const texts: string[] = []
    for (let page = first; page <= (last ?? doc.numPages); page++) {
      texts.push(linesOf(await pieces(doc, page)))
    }
    return texts
  })
}

export interface Word {
  page: number
  text: string
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** Every piece of text with its box in PDF points, measured from the top left of its page. */
export function words(pdf: string, first: number, last: number): Promise<Word[]> {
  return withPdf(pdf, async (doc) => {
    const result: Word[] = []
    for (let page = first; page <= last; page++) {
      const height = (await doc.getPage(page)).view[3] ?? A4_POINTS.height
      for (const piece of await pieces(doc, page)) {
        result.push({
          page,
          text: piece.text,
          xMin: piece.x,
          xMax: piece.x + piece.width,
          yMin: height - piece.y - piece.height,
          yMax: height - piece.y,
        })
      }
    }
    return result
  })
}

/** pdf.js's canvas maker in Node: @napi-rs/canvas, whose canvas can write a PNG. */
interface NodeCanvasFactory {
  create(
    width: number,
    height: number,
  ): {
    canvas: HTMLCanvasElement & { toBuffer(type: 'image/png'): Buffer }
    context: CanvasRenderingContext2D
  }
}

export interface GrayPage {
  file: string
  width: number
  height: number
  pixels: Uint8Array
}

/** Renders pages to PNG files in `dir` (to look at) and to grey levels (to measure), at `dpi`. */
export function renderPages(pdf: string, dir: string, pages: number[], dpi = 50) {
  return withPdf(pdf, async (doc) => {
    const result: GrayPage[] = []
    for (const pageNumber of pages) {
      const page = await doc.getPage(pageNumber)
      const viewport = page.getViewport({ scale: dpi / 72 })
      const width = Math.ceil(viewport.width)
      const height = Math.ceil(viewport.height)
      const { canvas, context } = (doc.canvasFactory as NodeCanvasFactory).create(width, height)
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, width, height)
      await page.render({ canvas, canvasContext: context, viewport }).promise
      const file = path.join(dir, `page-${pageNumber}.png`)
      fs.writeFileSync(file, canvas.toBuffer('image/png'))
      result.push({ file, width, height, pixels: grey(context.getImageData(0, 0, width, height)) })
    }
    return result
  })
}

/** RGBA to one grey level per pixel (ITU-R BT.601 weights). */
function grey(image: ImageData): Uint8Array {
  const out = new Uint8Array(image.width * image.height)
  for (let i = 0; i < out.length; i++) {
    const r = image.data[i * 4] ?? 255
    const g = image.data[i * 4 + 1] ?? 255
    const b = image.data[i * 4 + 2] ?? 255
    out[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b)
  }
  return out
}

/** Dark pixels in the vertical strip [fromX, toX) of a page: ink where nothing should be. */
export function inkInColumns(page: GrayPage, fromX: number, toX: number): number {
  let ink = 0
  for (let y = 0; y < page.height; y++) {
    for (let x = Math.max(0, fromX); x < Math.min(page.width, toX); x++) {
      if ((page.pixels[y * page.width + x] ?? 255) < 200) ink++
    }
  }
  return ink
}
