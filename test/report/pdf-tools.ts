/** poppler-utils (pdfinfo, pdftotext, pdftoppm) on a PDF written to a temp folder. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })

export const A4_POINTS = { width: 595.28, height: 841.89 }
export const mmToPoints = (mm: number) => (mm * 72) / 25.4

export function pageCount(pdf: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))
  if (!match) throw new Error(`pdfinfo found no page count in ${pdf}`)
  return Number(match[1])
}

/** The text of each page (pdftotext -layout), split on form feeds. */
export function pageTexts(pdf: string, first?: number, last?: number): string[] {
  const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])]
  const text = run('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, pdf, '-'])
  const pages = text.split('\f')
  if (pages[pages.length - 1]?.trim() === '') pages.pop()
  return pages
}

export interface Word {
  page: number
  text: string
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** Every word with its box in PDF points (pdftotext -bbox). */
export function words(pdf: string, first: number, last: number): Word[] {
  const html = run('pdftotext', ['-bbox', '-f', String(first), '-l', String(last), pdf, '-'])
  const result: Word[] = []
  let page = first - 1
  const pattern =
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
  for (const match of html.matchAll(pattern)) {
    if (match[0] === '<page ') {
      page++
      continue
    }
    result.push({
      page,
      text: match[5] ?? '',
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      yMax: Number(match[4]),
    })
  }
  return result
}

export interface GrayPage {
  file: string
  width: number
  height: number
  pixels: Uint8Array
}

/** Renders pages to PNG (to look at) and to greyscale PGM (to measure), at `dpi`. */
export function renderPages(pdf: string, dir: string, pages: number[], dpi = 50): GrayPage[] {
  return pages.map((page) => {
    const base = path.join(dir, `page-${page}`)
    const range = ['-f', String(page), '-l', String(page), '-singlefile', '-r', String(dpi)]
    run('pdftoppm', ['-png', ...range, pdf, base])
    run('pdftoppm', ['-gray', ...range, pdf, base])
    return { ...readPgm(`${base}.pgm`), file: `${base}.png` }
  })
}

function readPgm(file: string): Omit<GrayPage, 'file'> {
  const data = fs.readFileSync(file)
  // Binary PGM: "P5", width, height, max value, each separated by whitespace, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error(`${file} is not a binary PGM`)
  const width = Number(header[1])
  const height = Number(header[2])
  return {
    width,
    height,
    pixels: data.subarray(header[0].length, header[0].length + width * height),
  }
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
