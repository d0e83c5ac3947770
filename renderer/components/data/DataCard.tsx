import { Card, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

export function DataCard({
  title,
  intro,
  testId,
  children,
}: {
  title: string
  intro: string
  testId: string
  children: ReactNode
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="sm" h="100%">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {children}
      </Stack>
    </Card>
  )
}
