/**
 * `npm run bench`: every performance measurement of the project, printed as medians and ratios,
 * never as pass/fail (DESIGN §8). `npm run bench -- engine read` runs only the named sections.
 */
import { benchEngine } from './bench-engine'
import { benchRead } from './bench-read'
import { benchReports } from './bench-reports'
import { benchUi } from './bench-ui'

type Section = 'engine' | 'read' | 'reports' | 'ui'

const sections: Record<Section, () => Promise<void>> = {
  engine: async () => {
    const results = benchEngine()
    const at20k = results.find((r) => r.counterparties === 20_000)
    if (at20k) engineMedian20k = at20k.median_ms
  },
  read: async () => {
    const read = await benchRead(20_000)
    if (engineMedian20k !== null) {
      console.log(
        `evaluate vs read at 20,000: evaluate ${engineMedian20k.toFixed(0)} ms median (target < 200 ms), ` +
          `read+decode ${read.snapshot_median_ms.toFixed(0)} ms → ratio ${(engineMedian20k / read.snapshot_median_ms).toFixed(2)}`,
      )
    }
  },
  reports: async () => {
    await benchReports()
  },
  ui: async () => {
    await benchUi()
  },
}

let engineMedian20k: number | null = null

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((name): name is Section => name in sections)
  const unknown = process.argv.slice(2).filter((name) => !(name in sections))
  if (unknown.length > 0) {
    console.error(
      `Unknown bench section(s): ${unknown.join(', ')}. Known: ${Object.keys(sections).join(', ')}`,
    )
    process.exitCode = 2
    return
  }
  for (const name of asked.length > 0 ? asked : (Object.keys(sections) as Section[])) {
    console.log(`\n── ${name} ─────────────────────────────────────────`)
    await sections[name]()
  }
  console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
}

await main()
