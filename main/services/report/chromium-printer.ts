/**
 * A `ReportPrinter` on Debian's Chromium through playwright-core, for browser mode and tests. The
 * browser starts on first use and is reused; `close` ends it. playwright-core is loaded lazily, so
 * importing this file costs nothing where no PDF is printed.
 */
import type { Browser } from 'playwright-core'
import { ServiceError } from '../errors'
import type { PdfPageSetup, ReportPrinter } from './printer'

export const CHROMIUM_PATH = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export interface ChromiumPrinter extends ReportPrinter {
  close(): Promise<void>
}

export function createChromiumPrinter(executablePath = CHROMIUM_PATH): ChromiumPrinter {
  let browser: Promise<Browser> | null = null
  const launch = async () => {
    const { chromium } = await import('playwright-core')
    try {
      return await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    } catch (error) {
      browser = null // the next print tries again, e.g. once Chromium is installed
      throw new ServiceError(
        'internal',
        `Chromium could not start from ${executablePath}, so no PDF was made ` +
          `(${(error as Error).message.split('\n')[0]}). Install it with "apt-get install chromium".`,
      )
    }
  }
  return {
    async printToPdf(html: string, setup: PdfPageSetup): Promise<Uint8Array> {
      browser ??= launch()
      // A fresh context per report: no scripts, nothing fetched, nothing left behind.
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true })
      try {
        const page = await context.newPage()
        await page.route('**/*', (route) => route.abort())
        await page.setContent(html, { waitUntil: 'load' })
        const mm = (value: number) => `${value}mm`
        return await page.pdf({
          format: setup.pageSize,
          margin: {
            top: mm(setup.marginsMm.top),
            right: mm(setup.marginsMm.right),
            bottom: mm(setup.marginsMm.bottom),
            left: mm(setup.marginsMm.left),
          },
          displayHeaderFooter: setup.displayHeaderFooter,
          headerTemplate: setup.headerTemplate,
          footerTemplate: setup.footerTemplate,
          printBackground: setup.printBackground,
        })
      } finally {
        await context.close()
      }
    },
    async close() {
      const running = browser
      browser = null
      if (running) await (await running).close()
    },
  }
}
