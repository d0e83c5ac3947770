/**
 * The Electron main process: opens the register, serves the API over IPC and the built renderer
 * over app://, in a sandboxed window that cannot navigate away or gain permissions. The decisions
 * live in main/shell/policy.ts, tested on plain Node; this file only wires them to Electron.
 */
import os from 'node:os'
import path from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron'
import { DEFAULT_DB_FILE } from './paths'
import { clearOpenedDocuments } from './services/documents'
import { ServiceError } from './services/errors'
import {
  closeSession,
  openSession,
  scheduleBackups,
  sessionHandlers,
  warmUp,
  type Session,
} from './services/session'
import { serveAppRequest } from './shell/app-protocol'
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  navigationDecision,
  parseMainArgs,
  permissionAllowed,
  windowWebPreferences,
} from './shell/policy'
import { describeStartupError } from './shell/startup'
import { registerIpc } from './transport/ipc'

const here = import.meta.dirname
const RENDERER_DIR = path.join(here, '..', 'renderer')
const PRELOAD_FILE = path.join(here, '..', 'preload', 'index.cjs')

let mainWindow: BrowserWindow | null = null
let register: Session | null = null
let backups: { stop: () => void } | null = null

app.enableSandbox()
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

function openExternally(url: string): void {
  if (navigationDecision(url) === 'open-external') void shell.openExternal(url)
}

/** Applied to every web contents, so a window created later is held to the same rules. */
function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (navigationDecision(url) === 'allow') return
    event.preventDefault()
    openExternally(url)
  })
  contents.on('will-redirect', (event, url) => {
    if (navigationDecision(url) !== 'allow') event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // A form with unsaved changes holds the window open (beforeunload); Electron shows no question
  // of its own, so ask here. preventDefault() lets the window go after all.
  contents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync({
      type: 'question',
      buttons: ['Bliv på siden / Stay on the page', 'Kassér ændringerne / Discard changes'],
      defaultId: 0,
      cancelId: 0,
      message: 'Ændringer er ikke gemt / Unsaved changes',
      detail: 'Du har ændringer, der ikke er gemt. / You have changes that are not saved.',
    })
    if (choice === 1) event.preventDefault()
  })
}

/** A document opened in the user's own viewer; shell.openPath answers with an error text or ''. */
async function openWithSystem(file: string): Promise<void> {
  const failure = await shell.openPath(file)
  if (failure) throw new ServiceError('internal', `The system could not open ${file}: ${failure}`)
}

function denyPermissions(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl))
  })
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  )
  ses.setDevicePermissionHandler(() => false)
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'DPA Desk',
    show: false,
    // Spelled out as well as in windowWebPreferences so static checkers (electronegativity) see them.
    webPreferences: {
      ...windowWebPreferences(PRELOAD_FILE),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    mainWindow = null
  })
  void window.loadURL(APP_ENTRY_URL)
  mainWindow = window
}

function focusWindow(): void {
  if (mainWindow === null) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

function closeDatabase(): void {
  backups?.stop()
  clearOpenedDocuments()
  const open = register
  register = null
  if (open !== null) void closeSession(open)
}

/** A register that cannot be opened gets a dialog with the reason, never a crash. */
function failToStart(error: unknown): void {
  const { title, message } = describeStartupError(error)
  console.error(error)
  dialog.showErrorBox(title, message)
  closeDatabase()
  app.exit(1)
}

async function start(): Promise<void> {
  const defaultDbPath = path.join(app.getPath('userData'), DEFAULT_DB_FILE)
  const { dbPath } = parseMainArgs(process.argv.slice(1), defaultDbPath, process.cwd())
  register = await openSession(dbPath, os.userInfo().username, { backgroundCheck: true })
  backups = scheduleBackups(register, (line) => console.log(line))
  warmUp(register, (line) => console.error(line))
  registerIpc(ipcMain, sessionHandlers(register, { openFile: openWithSystem }))
  denyPermissions()
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(RENDERER_DIR, request))
  createWindow()
}

// A second start focuses the open window rather than opening the register twice.
if (app.requestSingleInstanceLock()) {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents))
  app.on('second-instance', focusWindow)
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', closeDatabase)
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failToStart(error))
} else {
  app.quit()
}
