import type { Severity } from '../../../preload/contract'

/** Mantine palette colour of each severity, used by cards, badges and the rule table alike. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: 'red',
  high: 'orange',
  medium: 'yellow',
  low: 'blue',
}
