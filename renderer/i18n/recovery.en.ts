import type { recoveryDa } from './recovery.da'

export const recoveryEn: typeof recoveryDa = {
  title: 'The register is damaged',
  intro:
    'DPA Desk cannot read the register file safely, so nothing in it was changed. Restore the newest good backup below; the damaged file is kept beside the backups.',
  file: 'Register file',
  details: "The database's own message (technical)",
  integrityFailed: 'the restored file did not pass the integrity check',
  backups: 'Backups (newest first)',
  none: 'There are no backups in {dir}. Ask your IT department, or open another register with --db.',
  takenAt: 'Taken',
  size: 'Size',
  restore: 'Restore',
  confirmTitle: 'Restore {name}?',
  confirmText:
    'The register is replaced by this backup. Changes after {date} are lost; the damaged file is saved first.',
  cancel: 'Cancel',
  restored: 'Restored. The integrity check passed – the app restarts.',
  restoreFailed: 'The restore did not succeed: {message}',
}
