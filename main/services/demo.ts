import type { ServiceContext } from './context'

export async function createDemoRegister(
  _ctx: ServiceContext,
): Promise<{ counterparties: number }> {
  throw new Error('not yet')
}
