/** Files the data page hands to the user, and the message when getting one failed. */
import { notifications } from '@mantine/notifications'
import type { Messages } from '../../i18n/da'
import { fill } from '../../i18n/translate'
import { asApiCallError } from '../../lib/api'
import { base64ToBlob, downloadBlob } from '../../lib/download'
import { errorText } from '../../lib/field-error'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const saveText = (text: string, fileName: string, type: string): void =>
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName)

export const saveBase64 = (base64: string, fileName: string, type: string): void =>
  downloadBlob(base64ToBlob(base64, type), fileName)

/** Runs a download; `setBusy` shows it running, a failure is reported in the UI language. */
export function download(t: Messages, setBusy: (busy: boolean) => void, task: () => Promise<void>) {
  setBusy(true)
  task()
    .catch((failure: unknown) =>
      notifications.show({
        color: 'red',
        message: fill(t.data.failed, { message: errorText(t, asApiCallError(failure)) }),
      }),
    )
    .finally(() => setBusy(false))
}
