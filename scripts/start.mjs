// `npm start` after the build: Electron where it can run, browser mode otherwise (DESIGN §4).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { electronRuntime, planStart, START_USAGE, wantsHelp } from '../main/shell/start-plan.ts'

if (wantsHelp(process.argv.slice(2))) {
  console.log(START_USAGE)
  process.exit(0)
}

const root = path.resolve(import.meta.dirname, '..')
const plan = planStart(electronRuntime(root), {
  root,
  argv: process.argv.slice(2),
  nodePath: process.execPath,
  cwd: process.env.INIT_CWD ?? process.cwd(),
  platform: process.platform,
  env: process.env,
})
if (plan.notice) console.log(plan.notice)

// Electron would run as plain Node if this were inherited.
const env = { ...process.env }
delete env.ELECTRON_RUN_AS_NODE
const child = spawn(plan.command, plan.args, { cwd: root, env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('error', (error) => {
  console.error(`Could not start ${plan.command}: ${error.message}`)
  process.exit(1)
})
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
