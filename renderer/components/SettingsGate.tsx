import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { I18nProvider } from '../i18n/I18nProvider'
import { MESSAGES } from '../i18n/translate'
import { asApiCallError, call, callEarly, type ApiCallError } from '../lib/api'
import { errorText } from '../lib/field-error'
import { SettingsContext, type SettingsState } from '../lib/settings-context'
import type { Settings } from '../lib/vocabulary'

/**
 * Loads the settings before anything else renders: the language comes from them, and a failure
 * here (no token, server gone) is shown as one clear page instead of a broken frame.
 */
export function SettingsGate({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [error, setError] = useState<ApiCallError | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    callEarly('settings:get', {}).then(setSettings, (failure: unknown) =>
      setError(asApiCallError(failure)),
    )
  }, [attempt])

  const update = useCallback(async (patch: Partial<Settings>) => {
    setSettings(await call('settings:update', patch))
  }, [])
  const state = useMemo<SettingsState | null>(
    () => (settings ? { settings, update } : null),
    [settings, update],
  )

  if (!state) {
    const retry = () => {
      setError(null)
      setAttempt((n) => n + 1)
    }
    return error ? <StartupError error={error} onRetry={retry} /> : <StartupLoader />
  }
  return (
    <SettingsContext value={state}>
      <I18nProvider language={state.settings.language}>{children}</I18nProvider>
    </SettingsContext>
  )
}

// Before the settings arrive the language is unknown: Danish, the default, it is.
const t = MESSAGES.da

function StartupLoader() {
  return (
    <Center h="100dvh">
      <Stack align="center">
        <Loader />
        <Text c="dimmed">{t.startup.loading}</Text>
      </Stack>
    </Center>
  )
}

function StartupError({ error, onRetry }: { error: ApiCallError; onRetry: () => void }) {
  const unauthorized = error.code === 'unauthorized'
  return (
    <Center h="100dvh" p="xl">
      <Alert
        color="red"
        maw={560}
        title={unauthorized ? t.startup.unauthorizedTitle : t.startup.failedTitle}
      >
        <Stack align="flex-start">
          <Text size="sm">{unauthorized ? t.startup.unauthorizedBody : errorText(t, error)}</Text>
          <Button variant="light" color="red" onClick={onRetry}>
            {t.startup.retry}
          </Button>
        </Stack>
      </Alert>
    </Center>
  )
}
