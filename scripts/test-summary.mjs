// The closing line of `npm test`: the unit and end-to-end counts together, as "N passed, N failed".
// A run in which no test executed is a failure of ours, not a success.
import fs from 'node:fs'

const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

const unit = read('.tmp/vitest-summary.json')
const e2e = read('test-results/summary.json')
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0)
const failed =
  (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0)
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0)

console.log(
  `unit: ${unit?.numPassedTests ?? 0} passed; end-to-end: ${e2e?.stats?.expected ?? 0} passed`,
)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
if (!unit || !e2e) {
  console.error('A test report is missing: the unit or the end-to-end tests did not run.')
  process.exit(1)
}
if (passed === 0 || failed > 0) process.exit(1)
