/** R26: the reference data (adequacy list, invalid bases) must be re-verified regularly. */
import type { Context } from '../context'
import { toDay } from '../dates'
import { REFERENCE_DATA_VERIFIED_ON, REFERENCE_DATA_VERSION } from '../reference-data'
import type { Warning } from '../types'
import { dateText, makeWarning, subject } from '../warning'

export function referenceRules(ctx: Context): Warning[] {
  const verifiedOn = ctx.settings.reference_data_verified_on ?? REFERENCE_DATA_VERIFIED_ON
  const verified = toDay(verifiedOn) ?? (toDay(REFERENCE_DATA_VERIFIED_ON) as number)
  const due = verified + ctx.thresholds.reference_data_max_age_days
  if (ctx.today <= due) return []
  const on = dateText(verified)
  return [
    makeWarning({
      rule: 'R26',
      severity: 'low',
      subject: subject('register', null, null),
      due,
      legal_ref: 'GDPR Art. 5(2), Art. 45',
      params: { verified_on: verifiedOn, version: REFERENCE_DATA_VERSION },
      message: {
        da: `Referencedataene (tilstrækkelighedsafgørelser og ugyldige overførselsgrundlag) blev sidst verificeret ${on.da}. Kontrollér dem mod EU-Kommissionens og Datatilsynets sider, og registrér datoen.`,
        en: `The reference data (adequacy decisions and invalid transfer bases) was last verified on ${on.en}. Check it against the European Commission's and Datatilsynet's pages and record the date.`,
      },
    }),
  ]
}
