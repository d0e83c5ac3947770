import os from 'node:os'
import path from 'node:path'

export const APP_FOLDER_NAME = 'DPA Desk'
export const DEFAULT_DB_FILE = 'dpa-desk.db'

/**
 * The OS user-data folder, the same one Electron's `app.getPath('userData')` gives for our
 * product name, so the desktop app and browser mode open the same register by default.
 */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(
      env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'),
      APP_FOLDER_NAME,
    )
  }
  if (platform === 'darwin')
    return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_FOLDER_NAME)
}

export const defaultDbPath = () => path.join(userDataDir(), DEFAULT_DB_FILE)
