import { fieldMessage, format, type FieldReason } from '../../platform/http/messages.js';
import type { Locale } from '../../platform/http/locale.js';

type Text = { 'zh-CN': string; en: string };

/**
 * Texts of the import report that the field messages do not already have. A row's problem is
 * a field reason (the same codes and words as the client form) or one of these.
 */
export const IMPORT_MESSAGES = {
  // The file as a whole
  legacyXls: { 'zh-CN': '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入', en: 'old .xls files are not supported; save it as .xlsx in Excel and import that' },
  notSpreadsheet: { 'zh-CN': '无法识别的文件，请上传 xlsx 或 csv 文件', en: 'not a spreadsheet; upload an xlsx or csv file' },
  unreadable: { 'zh-CN': '文件已损坏或格式不正确，无法读取', en: 'the file is damaged or malformed and cannot be read' },
  noHeader: { 'zh-CN': '找不到表头行，请使用导入模板', en: 'no header row found; start from the import template' },
  missingColumn: { 'zh-CN': '缺少必需的列“{column}”', en: 'the required column "{column}" is missing' },
  repeatedColumn: { 'zh-CN': '列“{column}”出现了不止一次', en: 'the column "{column}" appears more than once' },
  noRows: { 'zh-CN': '文件中没有数据行', en: 'the file has no data rows' },
  tooManyRows: { 'zh-CN': '一次最多导入 {limit} 行，请拆分文件', en: 'at most {limit} rows can be imported at once; split the file' },
  // A cell
  invalidChoice: { 'zh-CN': '只能填写：{allowed}', en: 'must be one of: {allowed}' },
  invalidDateTime: { 'zh-CN': '日期时间不正确（YYYY-MM-DD 或 YYYY-MM-DD HH:mm）', en: 'must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DD HH:mm)' },
  inexactNumber: {
    'zh-CN': '长号码被 Excel 存成了数字，末几位已丢失；请将此列设为“文本”格式后重新填写',
    en: 'Excel stored this long number as a number and lost its last digits; format the column as Text and enter it again',
  },
  orgUnitAmbiguous: { 'zh-CN': '有多个同名机构，请填写机构代码', en: 'several org units have this name; enter the org unit code' },
  agentAmbiguous: { 'zh-CN': '有多名同名人员，请填写用户名', en: 'several users have this name; enter the username' },
  orgUnitRequired: { 'zh-CN': '必填（命令行可用 --org-unit 指定默认机构）', en: 'is required (on the command line, --org-unit sets a default)' },
  needsIdentifier: {
    'zh-CN': '请至少填写证件号码、统一社会信用代码或手机号之一，重复导入时据此识别同一客户',
    en: 'enter at least an ID number, a credit code or a mobile: re-imports recognise the client by it',
  },
  clientNotInArchive: { 'zh-CN': '客户档案中没有此证件号码的客户（或不在您的管辖范围内），请先导入或建立客户', en: 'no client with this number in the archive within your access; import or create the client first' },
  productAmbiguous: { 'zh-CN': '该保险公司有多个同名产品，请填写产品代码', en: 'this insurer has several products of this name; enter the product code' },
  insurerAmbiguous: { 'zh-CN': '有多家同名保险公司，请填写保险公司代码', en: 'several insurers have this name; enter the insurer code' },
  beneficiaryFormat: { 'zh-CN': '“{text}”应写作“姓名 份额%”，如 林慧 60%', en: '"{text}" should read "name share%", e.g. 林慧 60%' },
  relationCount: {
    'zh-CN': '填写了 {given} 项关系，但有 {count} 位被保险人；请按被保险人的顺序逐一填写，或不填',
    en: '{given} relations given for {count} insured; give one per insured in their order, or none',
  },
  insuredRelationMissing: {
    'zh-CN': '被保险人 {insured} 不是投保人本人，客户档案中也没有二人的家庭关系：请在“被保险人与投保人关系”列填写（本人、配偶、子女、父母 或 其他）',
    en: 'the insured {insured} is not the policyholder and the archive has no household link between them: fill in the "Relation to policyholder" column (self, spouse, child, parent or other)',
  },
  duplicateInFile: { 'zh-CN': '与第 {row} 行重复', en: 'repeats row {row}' },
  // Outcomes that are not problems
  alreadyExists: { 'zh-CN': '已存在（编号 {id}），跳过', en: 'already exists (no. {id}); skipped' },
} satisfies Record<string, Text>;

export type ImportReason = keyof typeof IMPORT_MESSAGES;
export type RowReason = FieldReason | ImportReason;

export function renderReason(reason: RowReason, locale: Locale, params?: Record<string, unknown>): string {
  const text: Text = (IMPORT_MESSAGES as Record<string, Text>)[reason] ?? fieldMessage(reason as FieldReason);
  return format(text, locale, params);
}
