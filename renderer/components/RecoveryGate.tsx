import {
  Alert,
  Button,
  Code,
  Container,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useEffect, useState, type ReactNode } from 'react'
import type { BackupInfo } from '../../preload/contract'
import { fill, formatDateTime, MESSAGES } from '../i18n/translate'
import { asApiCallError, call, callEarly } from '../lib/api'
import type { Language } from '../lib/vocabulary'

interface Damage {
  message: string
  dbPath: string
  dir: string
  backups: BackupInfo[]
}

/**
 * Asks first whether the register could be opened at all. A damaged file gets this recovery page
 * (the settings, and so the language, cannot be read from it) instead of the app.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [damage, setDamage] = useState<Damage | null | undefined>(undefined)

  useEffect(() => {
    void loadDamage().then(setDamage, () => setDamage(null))
  }, [])

  if (damage === undefined) return null
  if (damage === null) return children
  return <RecoveryPage damage={damage} />
}

async function loadDamage(): Promise<Damage | null> {
  const status = await callEarly('recovery:status', {})
  if (!status.damaged) return null
  const { dir, backups } = await call('backups:list', {})
  return { message: status.message ?? '', dbPath: status.db_path, dir, backups }
}

function RecoveryPage({ damage }: { damage: Damage }) {
  const [language, setLanguage] = useState<Language>('da')
  const [chosen, setChosen] = useState<BackupInfo | null>(null)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)
  const t = MESSAGES[language].recovery

  const restore = async (backup: BackupInfo) => {
    setChosen(null)
    try {
      const result = await call('backups:restore', { file_name: backup.file_name })
      if (!result.integrity_ok) throw new Error(t.integrityFailed)
      setOutcome({ ok: true, text: t.restored })
      setTimeout(() => window.location.reload(), 1500)
    } catch (error) {
      setOutcome({
        ok: false,
        text: fill(t.restoreFailed, { message: asApiCallError(error).message }),
      })
    }
  }

  return (
    <Container size="md" py="xl">
      <Stack>
        <Group justify="space-between">
          <Title order={1}>{t.title}</Title>
          <SegmentedControl
            value={language}
            onChange={(value) => setLanguage(value as Language)}
            data={[
              { value: 'da', label: 'Dansk' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Group>
        <Text>{t.intro}</Text>
        <Text size="sm">
          {t.file}: <Code>{damage.dbPath}</Code>
        </Text>
        <Alert color="red" title={t.details}>
          {damage.message}
        </Alert>
        {outcome && <Alert color={outcome.ok ? 'green' : 'red'}>{outcome.text}</Alert>}
        <Title order={2} size="h3">
          {t.backups}
        </Title>
        {damage.backups.length === 0 ? (
          <Text>{fill(t.none, { dir: damage.dir })}</Text>
        ) : (
          <BackupTable backups={damage.backups} language={language} onRestore={setChosen} />
        )}
      </Stack>
      <Modal
        opened={chosen !== null}
        onClose={() => setChosen(null)}
        title={chosen ? fill(t.confirmTitle, { name: chosen.file_name }) : ''}
      >
        <Stack>
          <Text>
            {chosen ? fill(t.confirmText, { date: formatDateTime(language, chosen.taken_at) }) : ''}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setChosen(null)}>
              {t.cancel}
            </Button>
            <Button color="red" onClick={() => chosen && void restore(chosen)}>
              {t.restore}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  )
}

function BackupTable(props: {
  backups: BackupInfo[]
  language: Language
  onRestore: (backup: BackupInfo) => void
}) {
  const t = MESSAGES[props.language].recovery
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.takenAt}</Table.Th>
          <Table.Th>{t.size}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.backups.map((backup) => (
          <Table.Tr key={backup.file_name}>
            <Table.Td>{formatDateTime(props.language, backup.taken_at)}</Table.Td>
            <Table.Td>{(backup.size / 1024).toFixed(0)} kB</Table.Td>
            <Table.Td>
              <Button size="xs" onClick={() => props.onRestore(backup)}>
                {t.restore}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
