import { Text } from '@mantine/core'

/** A labelled read-only value. */
export function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId} style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
    </div>
  )
}
