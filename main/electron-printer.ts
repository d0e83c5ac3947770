/**
 * The report printer of the desktop app: the report's HTML in a hidden, script-less window,
 * printed by Electron's own Chromium (`printToPDF`). Reports run to megabytes, so the HTML is
 * loaded from a temp file rather than a data: URL.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BrowserWindow } from 'electron'
import type { PdfPageSetup, ReportPrinter } from './services/report/printer'

const inches = (mm: number) => mm / 25.4

export function createElectronPrinter(): ReportPrinter {
  return {
    async printToPdf(html: string, setup: PdfPageSetup): Promise<Uint8Array> {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-desk-report-'))
      const file = path.join(dir, 'report.html')
      fs.writeFileSync(file, html)
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
        },
      })
      try {
        await window.loadFile(file)
        const pdf = await window.webContents.printToPDF({
          pageSize: setup.pageSize,
          printBackground: setup.printBackground,
          displayHeaderFooter: setup.displayHeaderFooter,
          headerTemplate: setup.headerTemplate,
          footerTemplate: setup.footerTemplate,
          margins: {
            top: inches(setup.marginsMm.top),
            right: inches(setup.marginsMm.right),
            bottom: inches(setup.marginsMm.bottom),
            left: inches(setup.marginsMm.left),
          },
        })
        return new Uint8Array(pdf)
      } finally {
        window.destroy()
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
