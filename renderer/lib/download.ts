/** Files the renderer hands to the user: decoded from base64 and offered as a download. */

export function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type })
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // The download has its own copy once started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * Opens a file in a new tab where the platform allows it (the browser shows a PDF itself), else
 * downloads it. Not opened with 'noopener', which makes window.open answer null even when the tab
 * opened; the new tab's link back to the app is cut by hand instead.
 */
export function openBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const opened = window.open(url, '_blank')
  if (opened) opened.opener = null
  else downloadBlob(blob, fileName)
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

/** 1 234 567 bytes → "1,2 MB" in the UI language's number format. */
export function formatBytes(bytes: number, formatNumber: (value: number) => string): string {
  const units = ['B', 'kB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10
  return `${formatNumber(rounded)} ${units[unit]}`
}
