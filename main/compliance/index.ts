export { evaluate } from './evaluate'
export { upcoming } from './upcoming'
export * from './reference-data'
export * from './types'
