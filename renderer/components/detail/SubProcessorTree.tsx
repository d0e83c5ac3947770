import { Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import {
  basisStatus,
  STATUS_COLORS,
  useReference,
  type Reference,
} from '../../lib/reference-countries'
import { routeHref } from '../../lib/router'
import { loadChain, type ChainNode } from '../../lib/sub-processor-tree'
import type { Counterparty } from '../../lib/vocabulary'
import { placeName } from './CountryPicker'

/** The chain below a counterparty as a tree, each node with where its data goes. */
export function SubProcessorTree({ root, generation }: { root: Counterparty; generation: number }) {
  const { t } = useT()
  const reference = useReference()
  const [chain, setChain] = useState<ChainNode | null>(null)
  const { id, name } = root
  useEffect(() => {
    let current = true
    loadChain(id, name).then(
      (loaded) => current && setChain(loaded),
      () => current && setChain({ id, name, locations: [], children: [], repeat: null }),
    )
    return () => {
      current = false
    }
  }, [id, name, generation])
  return (
    <Stack gap="xs" data-testid="sub-processor-tree">
      <Title order={3} size="h4">
        {t.detail.links.tree}
      </Title>
      {chain === null ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t.detail.links.loadingTree}
          </Text>
        </Group>
      ) : chain.children.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.detail.links.treeEmpty}
        </Text>
      ) : (
        <ul className="chain-tree">
          <li>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} size="sm">
                {root.name}
              </Text>
              <NodeLocations node={chain} reference={reference} />
            </Group>
            <Branch nodes={chain.children} root={root} reference={reference} />
          </li>
        </ul>
      )}
    </Stack>
  )
}

function Branch({
  nodes,
  root,
  reference,
}: {
  nodes: ChainNode[]
  root: Counterparty
  reference: Reference | null
}) {
  const { t, fill } = useT()
  return (
    <ul className="chain-tree">
      {nodes.map((node, index) => (
        <li key={`${node.id}-${index}`}>
          <Group gap="xs" wrap="wrap">
            <Anchor
              href={routeHref({ page: 'counterparty', id: node.id, tab: 'sub-processors' })}
              size="sm"
              fw={500}
            >
              {node.name}
            </Anchor>
            {node.repeat === 'cycle' && (
              <Badge size="xs" color="orange" variant="light" tt="none">
                ↻{' '}
                {fill(t.detail.links.cycle, { name: node.id === root.id ? root.name : node.name })}
              </Badge>
            )}
            {node.repeat === 'seen' && (
              <Text size="xs" c="dimmed">
                ({t.detail.links.shownAbove})
              </Text>
            )}
            {node.repeat === null && <NodeLocations node={node} reference={reference} />}
          </Group>
          {node.children.length > 0 && (
            <Branch nodes={node.children} root={root} reference={reference} />
          )}
        </li>
      ))}
    </ul>
  )
}

function NodeLocations({ node, reference }: { node: ChainNode; reference: Reference | null }) {
  const { t, language } = useT()
  if (node.locations.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t.detail.links.noLocations}
      </Text>
    )
  }
  return node.locations.map((location) => (
    <Badge
      key={location.id}
      size="sm"
      variant="light"
      tt="none"
      color={STATUS_COLORS[basisStatus(reference, location.country, location.basis)]}
      title={t.enums.transferBases[location.basis]}
    >
      {placeName(language, location.country, t.detail.locations.epo)} ·{' '}
      {t.enums.transferBases[location.basis]}
    </Badge>
  ))
}
