/** The number settings with the contract's ranges (settingsSchema), for the settings forms. */
import type { Settings, Thresholds } from './vocabulary'

export type Unit = 'days' | 'months' | 'hours' | 'copies'

export interface NumberField<K extends string> {
  key: K
  min: number
  max: number
  unit: Unit
}

export const THRESHOLD_FIELDS: NumberField<keyof Thresholds>[] = [
  { key: 'expiry_warn_days', min: 1, max: 730, unit: 'days' },
  { key: 'expiry_escalate_days', min: 1, max: 365, unit: 'days' },
  { key: 'objection_window_days', min: 1, max: 365, unit: 'days' },
  { key: 'objection_alert_days', min: 0, max: 60, unit: 'days' },
  { key: 'dpf_reverify_days', min: 1, max: 730, unit: 'days' },
  { key: 'tia_months', min: 1, max: 60, unit: 'months' },
  { key: 'adequacy_expiry_warn_days', min: 1, max: 730, unit: 'days' },
  { key: 'reference_data_max_age_days', min: 1, max: 730, unit: 'days' },
  { key: 'audit_report_max_age_months', min: 1, max: 36, unit: 'months' },
  { key: 'audit_report_grace_months', min: 0, max: 12, unit: 'months' },
  { key: 'supervision_months_high_risk', min: 1, max: 60, unit: 'months' },
  { key: 'supervision_months_medium_risk', min: 1, max: 60, unit: 'months' },
  { key: 'supervision_months_low_risk', min: 1, max: 60, unit: 'months' },
  { key: 'contact_retention_months', min: 1, max: 120, unit: 'months' },
]

export const BACKUP_FIELDS: NumberField<keyof Settings['backups']>[] = [
  { key: 'interval_hours', min: 1, max: 168, unit: 'hours' },
  { key: 'daily', min: 1, max: 365, unit: 'copies' },
  { key: 'weekly', min: 0, max: 520, unit: 'copies' },
]
