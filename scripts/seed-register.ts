/**
 * Writes a generated register into a real register file through the register import, so benches
 * and tests read it back from SQLite exactly like a user's register.
 */
import type { ServiceContext } from '../main/services/context'
import {
  importRegister,
  REGISTER_FORMAT,
  REGISTER_FORMAT_VERSION,
} from '../main/services/register-io'
import type { Settings } from '../preload/contract'
import { generateRegister } from './generate-register'

export async function seedGeneratedRegister(
  ctx: ServiceContext,
  counterparties: number,
  seed = 42,
  settings: Partial<Settings> = {},
): Promise<void> {
  const register = generateRegister(counterparties, seed)
  const document = {
    format: REGISTER_FORMAT,
    version: REGISTER_FORMAT_VERSION,
    settings: {
      organisation: { name: 'Ditmer A/S', registration_no: '', country: 'DK' },
      ...settings,
    },
    counterparties: register.counterparties,
    agreements: register.agreements,
    contacts: register.contacts,
    locations: register.locations,
    sub_processor_links: register.links,
    supervisions: register.supervisions,
  }
  await importRegister(ctx, JSON.stringify(document), { replace: false })
}
