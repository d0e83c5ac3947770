import type { Route } from '../lib/router'
import { CounterpartyEditor } from './counterparties/CounterpartyEditor'
import { CounterpartyList } from './counterparties/CounterpartyList'
import { DashboardPage } from './DashboardPage'
import { SettingsPage } from './SettingsPage'

export function RouteView({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />
    case 'counterparties':
      return <CounterpartyList />
    case 'counterparty':
      // A new key per record: switching records starts from that record's saved state.
      return <CounterpartyEditor key={String(route.id)} id={route.id} />
    case 'settings':
      return <SettingsPage />
  }
}
