import { AppShell, Group, NavLink, Text, Title } from '@mantine/core'
import { useT } from '../i18n/i18n-context'
import { routeHref, useRoute, type Page, type Route } from '../lib/router'
import { AppFooter } from './AppFooter'
import { LanguageSwitch } from './LanguageSwitch'
import { RouteView } from './RouteView'
import { UnsavedChangesDialog } from './UnsavedChangesDialog'

/** Navigation entries; a detail page lights up the entry of the list it belongs to. */
const NAVIGATION: {
  route: Route
  pages: Page[]
  label: 'dashboard' | 'upcoming' | 'counterparties' | 'map' | 'data' | 'log' | 'settings'
}[] = [
  { route: { page: 'dashboard' }, pages: ['dashboard'], label: 'dashboard' },
  { route: { page: 'upcoming' }, pages: ['upcoming'], label: 'upcoming' },
  {
    route: { page: 'counterparties' },
    pages: ['counterparties', 'counterparty'],
    label: 'counterparties',
  },
  { route: { page: 'map' }, pages: ['map'], label: 'map' },
  { route: { page: 'data' }, pages: ['data'], label: 'data' },
  { route: { page: 'log' }, pages: ['log'], label: 'log' },
  { route: { page: 'settings' }, pages: ['settings'], label: 'settings' },
]

export function AppFrame() {
  const route = useRoute()
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 0 }}
      footer={{ height: 36 }}
      padding="md"
    >
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppNavigation current={route.page} />
      </AppShell.Navbar>
      <AppShell.Main>
        <RouteView route={route} />
        <UnsavedChangesDialog />
      </AppShell.Main>
      <AppShell.Footer>
        <AppFooter />
      </AppShell.Footer>
    </AppShell>
  )
}

function AppHeader() {
  const { t } = useT()
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Title order={1} size="h3">
          {t.app.name}
        </Title>
        <Text c="dimmed" size="sm" visibleFrom="sm">
          {t.app.tagline}
        </Text>
      </Group>
      <LanguageSwitch />
    </Group>
  )
}

function AppNavigation({ current }: { current: Page }) {
  const { t } = useT()
  return (
    <nav aria-label={t.app.navigation}>
      {NAVIGATION.map(({ route, pages, label }) => (
        <NavLink
          key={label}
          href={routeHref(route)}
          label={t.nav[label]}
          active={pages.includes(current)}
          aria-current={pages.includes(current) ? 'page' : undefined}
        />
      ))}
    </nav>
  )
}
