import type { MessageTable } from '../../platform/http/messages.js';

// What the catalogue (insurers and products) tells an administrator, in zh-CN and English; the two
// warnings save the product and ask for a check.
export const CATALOG_FIELD_MESSAGES = {
  insurerCodeTaken: { 'zh-CN': '该保险公司代码已被使用', en: 'this insurer code is already taken' },
  productCodeTaken: { 'zh-CN': '该保险公司已有此产品代码', en: 'this insurer already has a product with this code' },
  insurerNotFound: { 'zh-CN': '保险公司不存在', en: 'no such insurer' },
  insurerInactive: { 'zh-CN': '该保险公司已停用，不能新增产品', en: 'this insurer is inactive; no new products can be added' },
  invalidServicePhone: {
    'zh-CN': '电话格式不正确（如 95519、400-820-8888、020-12345678）',
    en: 'must be a phone number such as 95519, 400-820-8888 or 020-12345678',
  },
  longTermHealthNotHealth: { 'zh-CN': '只有健康险可以是长期健康险', en: 'only a health product can be long-term health' },
  longTermHealthRequired: {
    'zh-CN': '保险期间超过一年的健康险属于长期健康险',
    en: 'a health product with a term over one year is long-term health',
  },
  hesitationBelowLongTermHealthMinimum: {
    'zh-CN': '长期健康险的犹豫期不得少于 {min} 日',
    en: 'long-term health insurance needs a hesitation period of at least {min} days',
  },
  newTypeProductExclusive: {
    'zh-CN': '分红型、投资连结型、万能型只能选其一',
    en: 'a product is at most one of participating, investment-linked or universal',
  },
  gracePeriodOutOfRange: { 'zh-CN': '宽限期应在 {min}-{max} 日之间', en: 'the grace period must be {min}-{max} days' },
  // Catalogue warnings: the product is saved, the administrator is asked to check.
  hesitationPeriodShort: {
    'zh-CN': '犹豫期为 {days} 日，少于通常的 {usual} 日，请与条款核对',
    en: 'a hesitation period of {days} days is below the usual {usual}; check it against the policy wording',
  },
  hesitationPeriodMissing: {
    'zh-CN': '保险期间超过一年的人身保险通常设有犹豫期，请与条款核对',
    en: 'personal insurance over one year usually has a hesitation period; check it against the policy wording',
  },
} as const satisfies MessageTable;

declare module '../../platform/http/messages.js' {
  interface ModuleFieldReasons extends Record<keyof typeof CATALOG_FIELD_MESSAGES, true> {}
}
