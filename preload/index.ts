/**
 * The sandboxed preload (bundled to one CommonJS file): exposes one function per API channel as
 * `window.dpa`. Raw ipcRenderer never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld(
  'dpa',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
)
