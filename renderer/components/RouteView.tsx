import type { Route } from '../lib/router'
import { CounterpartyEditor } from './counterparties/CounterpartyEditor'
import { CounterpartyList } from './counterparties/CounterpartyList'
import { DashboardPage } from './dashboard/DashboardPage'
import { ChangeLogPage } from './data/ChangeLogPage'
import { DataPage } from './data/DataPage'
import { UpcomingPage } from './dashboard/UpcomingPage'
import { LazyMapPage } from './map/LazyMapPage'
import { SettingsPage } from './settings/SettingsPage'

export function RouteView({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />
    case 'upcoming':
      return <UpcomingPage />
    case 'counterparties':
      return <CounterpartyList />
    case 'counterparty':
      // A new key per record: switching records starts from that record's saved state.
      return (
        <CounterpartyEditor
          key={String(route.id)}
          id={route.id}
          tab={route.tab}
          item={route.item}
        />
      )
    case 'map':
      return <LazyMapPage />
    case 'data':
      return <DataPage />
    case 'log':
      return <ChangeLogPage />
    case 'settings':
      return <SettingsPage />
  }
}
