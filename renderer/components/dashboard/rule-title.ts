import type { Messages } from '../../i18n/da'

type RuleId = keyof Messages['dashboard']['rules']

const isRuleId = (t: Messages, rule: string): rule is RuleId =>
  Object.hasOwn(t.dashboard.rules, rule)

/** The rule's UI label; an id the table does not know yet is shown as it is. */
export const ruleTitle = (t: Messages, rule: string): string =>
  isRuleId(t, rule) ? t.dashboard.rules[rule] : rule
