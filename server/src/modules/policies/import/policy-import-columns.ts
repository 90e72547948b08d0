import type { ImportColumn } from '../../imports/import-kind.js';
import type { Choices } from '../../imports/import-values.js';
import type { LineOfBusiness, TermType } from '../../catalog/catalog.tables.js';
import type { PartyRelation, PaymentFrequency, PaymentMode } from '../policies.tables.js';

// The words a clerk may type for each choice; the first is what the template and messages show.
export const LINE_CHOICES: Choices<LineOfBusiness> = {
  life: ['寿险', '人寿保险', '人寿', 'life'],
  health: ['健康险', '健康保险', '医疗险', '重疾险', 'health'],
  accident: ['意外险', '意外伤害保险', '意外', 'accident'],
  property: ['财产险', '财产保险', '家财险', 'property'],
  auto: ['车险', '机动车辆保险', '机动车保险', 'auto', 'motor'],
  liability: ['责任险', '责任保险', 'liability'],
  other: ['其他', 'other'],
};
export const TERM_CHOICES: Choices<TermType> = {
  short_term: ['短期', '短期险', '一年期', 'short', 'short_term', 'short-term'],
  long_term: ['长期', '长期险', 'long', 'long_term', 'long-term'],
};
export const FREQUENCY_CHOICES: Choices<PaymentFrequency> = {
  single: ['趸交', '一次交清', 'single'],
  annual: ['年交', '年缴', 'annual', 'yearly'],
  semiannual: ['半年交', '半年缴', 'semiannual'],
  quarterly: ['季交', '季缴', 'quarterly'],
  monthly: ['月交', '月缴', 'monthly'],
};
// 被保险人与投保人关系: what the insured is to the policyholder.
export const RELATION_CHOICES: Choices<PartyRelation> = {
  self: ['本人', 'self'],
  spouse: ['配偶', '夫妻', '丈夫', '妻子', 'spouse', 'husband', 'wife'],
  child: ['子女', '儿子', '女儿', 'child', 'son', 'daughter'],
  parent: ['父母', '父亲', '母亲', 'parent', 'father', 'mother'],
  other: ['其他', 'other'],
};
export const MODE_CHOICES: Choices<PaymentMode> = {
  auto_debit: ['银行代扣', '代扣', '自动扣款', 'auto_debit', 'debit'],
  bank_transfer: ['银行转账', '转账', 'bank_transfer', 'transfer'],
  cash: ['现金', 'cash'],
  card: ['刷卡', '银行卡', 'card'],
  online: ['网上支付', '在线支付', '微信支付', '支付宝', 'online'],
  other: ['其他', 'other'],
};

/** The policy import file (R-PO-1 fields, R-PO-6): one row per policy; keys follow the intake form. */
export const POLICY_COLUMNS: readonly ImportColumn[] = [
  { key: 'insurer', zh: '保险公司', en: 'Insurer', aliases: ['承保公司', '保险公司代码'], required: true, example: 'CHINALIFE', noteZh: '保险公司代码或全称（见“保险公司与产品”）', noteEn: 'Insurer code or full name (see Insurers & products)' },
  { key: 'policyNumber', zh: '保单号', en: 'Policy number', aliases: ['保单号码', '保险单号'], required: true, example: 'P2026000123', noteZh: '4-40 位字母、数字、- 或 /；同一保险公司的保单号不重复，重复导入时据此识别', noteEn: '4-40 letters, digits, - or /; unique per insurer — re-imports recognise the policy by it', text: true },
  { key: 'product', zh: '产品', en: 'Product', aliases: ['产品名称', '产品代码', '险种名称'], required: true, example: 'CL-WL01', noteZh: '产品代码或名称；目录中没有的产品须同时填写险种类别和保险期间类型', noteEn: 'Product code or name; a product not in the catalogue also needs the line of business and term type' },
  { key: 'lineOfBusiness', zh: '险种类别', en: 'Line of business', aliases: ['险种', '险类'], required: false, example: '', noteZh: '寿险、健康险、意外险、财产险、车险、责任险 或 其他；目录中的产品不用填', noteEn: 'life, health, accident, property, auto, liability or other (Chinese words too); not needed for catalogue products' },
  { key: 'termType', zh: '保险期间类型', en: 'Term type', required: false, example: '', noteZh: '短期（一年及以下）或 长期；目录中的产品不用填', noteEn: 'short (up to one year) or long; not needed for catalogue products' },
  { key: 'policyholderId', zh: '投保人证件号码', en: 'Policyholder ID number', aliases: ['投保人身份证号', '投保人证件号', '投保人统一社会信用代码'], required: true, example: '11010519491231002X', noteZh: '投保人的身份证号码或统一社会信用代码；投保人须已在客户档案中（可先导入客户）', noteEn: "The policyholder's resident ID or credit code; the policyholder must be in the archive (import clients first)", text: true, masked: 'idNumber' },
  { key: 'insuredIds', zh: '被保险人证件号码', en: 'Insured ID numbers', aliases: ['被保险人身份证号', '被保险人证件号'], required: false, example: '', noteZh: '多人用分号分隔；不填为投保人本人；须已在客户档案中', noteEn: 'Several separated by semicolons; empty: the policyholder; must be in the archive', text: true, masked: 'idNumber' },
  { key: 'insuredRelations', zh: '被保险人与投保人关系', en: 'Relation to policyholder', aliases: ['与投保人关系', '被保险人关系'], required: false, example: '', noteZh: '每位被保险人一项，顺序同上一列，用分号分隔：本人、配偶、子女、父母 或 其他；不填时按客户档案中二人的家庭关系确定，没有的须填写', noteEn: 'One per insured, in the order of the column before, separated by semicolons: self, spouse, child, parent or other (Chinese words too); empty: taken from the household links in the archive, which must then exist' },
  { key: 'beneficiaries', zh: '受益人', en: 'Beneficiaries', required: false, example: '法定', noteZh: '“法定”或不填为法定受益人；指定时写“姓名 份额%”，多人用分号分隔，份额合计 100%，如：林慧 60%；陈小明 40%', noteEn: '法定 (legal heirs) or empty; named: "name share%" separated by semicolons, totalling 100 %, e.g. 林慧 60%; 陈小明 40%' },
  { key: 'sumInsured', zh: '保险金额', en: 'Sum insured', aliases: ['保额'], required: true, example: '500000', noteZh: '元，最多两位小数', noteEn: 'Yuan, at most two decimals' },
  { key: 'premium', zh: '保费', en: 'Premium', aliases: ['保险费', '期交保费'], required: true, example: '12000', noteZh: '每期保费（元）', noteEn: 'Premium per payment (yuan)' },
  { key: 'paymentFrequency', zh: '缴费频率', en: 'Payment frequency', aliases: ['交费方式', '缴费方式（期交）'], required: true, example: '年交', noteZh: '趸交、年交、半年交、季交 或 月交', noteEn: 'single, annual, semiannual, quarterly or monthly (Chinese words too)' },
  { key: 'paymentMode', zh: '缴费方式', en: 'Payment mode', aliases: ['支付方式'], required: true, example: '银行转账', noteZh: '银行代扣、银行转账、现金、刷卡、网上支付 或 其他', noteEn: 'auto debit, bank transfer, cash, card, online or other (Chinese words too)' },
  { key: 'paymentYears', zh: '缴费年期', en: 'Payment years', aliases: ['交费年期', '缴费期间'], required: false, example: '20', noteZh: '整数年；趸交不填', noteEn: 'Whole years; empty for a single premium' },
  { key: 'bankAccount', zh: '扣款账号', en: 'Debit account', aliases: ['银行账号'], required: false, example: '', noteZh: '银行代扣时必填，12-30 位数字；请保持本列为文本格式', noteEn: 'Required for auto debit: 12-30 digits; keep the column as Text', text: true },
  { key: 'applicationDate', zh: '投保日期', en: 'Application date', required: false, example: '2025-12-20', noteZh: 'YYYY-MM-DD', noteEn: 'YYYY-MM-DD' },
  { key: 'issueDate', zh: '签单日期', en: 'Issue date', aliases: ['承保日期'], required: false, example: '2025-12-28', noteZh: 'YYYY-MM-DD', noteEn: 'YYYY-MM-DD' },
  { key: 'effectiveDate', zh: '生效日期', en: 'Effective date', aliases: ['起保日期', '保险起期'], required: true, example: '2026-01-01', noteZh: 'YYYY-MM-DD', noteEn: 'YYYY-MM-DD' },
  { key: 'endDate', zh: '满期日期', en: 'End date', aliases: ['终止日期', '保险止期'], required: false, example: '', noteZh: 'YYYY-MM-DD；终身不填', noteEn: 'YYYY-MM-DD; empty for whole of life' },
  { key: 'orgUnit', zh: '所属机构', en: 'Org unit', aliases: ['机构', '机构代码'], required: false, example: 'GZ01', noteZh: '机构代码或名称；不填为导入人所在机构', noteEn: "Org unit code or name; empty: the importer's own unit" },
  { key: 'agent', zh: '业务员', en: 'Agent', aliases: ['营销员', '代理人'], required: false, example: 'gz01.agent1', noteZh: '用户名或姓名', noteEn: 'Username or name' },
  { key: 'receivedAt', zh: '接收日期', en: 'Received', aliases: ['交单日期'], required: false, example: '', noteZh: '客户交来保单的日期（北京时间）；不填为导入时间', noteEn: 'When the client handed the policy over (Beijing time); empty: the time of import' },
  { key: 'verified', zh: '已核对', en: 'Verified', required: false, example: '否', noteZh: '是：原台账中已初审并核对无误，导入后按日期为有效/未生效/满期；否或不填：导入后为“已登记”，须在 3 个工作日内初审核对', noteEn: 'Yes: already reviewed and verified in the old ledger — the state follows the dates; no or empty: registered, to be reviewed and verified within 3 working days' },
];
