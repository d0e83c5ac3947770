/** English texts of the settings page; typed as the Danish ones. */
import type { SettingsPageMessages } from './settings-page.da'

export const settingsPageEn: SettingsPageMessages = {
  saved: '{section}: saved.',
  demoOfferDismissed: 'The demo register offer is dismissed',
  organisation: {
    title: 'Our organisation',
    name: 'Name',
    registration_no: 'Registration no. (CVR)',
    country: 'Country',
  },
  language: {
    title: 'Language',
    label: 'Language of the app and its reports',
    hint: 'Danish is the default.',
  },
  thresholds: {
    title: 'Warning thresholds',
    intro:
      "When the compliance engine warns. The defaults follow the Danish Data Protection Agency's guidance.",
    labels: {
      expiry_warn_days: 'Notice before an agreement expires',
      expiry_escalate_days: 'Urgent notice before an agreement expires',
      dpf_reverify_days: 'Check DPF certification again after',
      tia_months: 'Repeat a TIA after',
      contact_retention_months: 'Delete inactive contacts after',
      objection_window_days: 'Default objection window for sub-processors',
      objection_alert_days: 'Notice before an objection deadline',
      adequacy_expiry_warn_days: 'Notice before an adequacy decision expires',
      reference_data_max_age_days: 'Verify the reference data again after',
      audit_report_max_age_months: "Oldest acceptable auditor's report",
      audit_report_grace_months: "Grace period before a new auditor's report is missing",
      supervision_months_high_risk: 'Supervise high risk (7–10 points) every',
      supervision_months_medium_risk: 'Supervise medium risk (3–6 points) every',
      supervision_months_low_risk: 'Supervise low risk (1–2 points) every',
    },
  },
  reference: {
    title: 'Reference data',
    intro:
      "EEA states, adequacy decisions and invalid transfer bases are data in the app. Verify them against the European Commission's and the supervisory authority's pages regularly.",
    version: 'Version',
    shippedVerified: 'Verified at release',
    userVerified: 'Last verified by you',
    never: 'never',
    markVerified: 'I verified them today',
    marked: 'Recorded: reference data verified today.',
  },
  database: {
    title: 'Database',
    path: 'Register file',
    schema: 'Schema version',
    count: 'Counterparties',
    version: 'App version',
  },
  backups: {
    title: 'Backups',
    folder: 'Folder',
    now: 'Back up now',
    created: 'Backup {name} taken.',
    empty: 'No backups yet.',
    fileName: 'File',
    takenAt: 'Taken',
    size: 'Size',
    restore: 'Restore',
    restoreTitle: 'Restore {name}?',
    restoreBody:
      'The register is replaced by the backup of {date}. The current register is first saved as a backup, so nothing is lost.',
    restored: 'The backup is restored. The register is reloading.',
    integrityFailed: 'The backup is restored, but the integrity check found errors.',
    rotation: 'Automatic backups',
    interval_hours: 'Every',
    daily: 'Keep daily',
    weekly: 'Keep weekly',
    hours: 'hours',
    copies: 'copies',
  },
}
