import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './components/App'
import { captureToken, sendEarly } from './lib/api'

// Before the router reads the fragment: `#token=…` is a credential, not a route.
captureToken()
// The gates around every page ask for these one after the other; send both now.
sendEarly('recovery:status', {})
sendEarly('settings:get', {})

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
