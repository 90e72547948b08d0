import type { ImportColumn } from '../../imports/import-kind.js';
import type { Choices } from '../../imports/import-values.js';
import type { ClientKind, ContactPreference, Gender, IdType } from '../clients.tables.js';

// The words a clerk may type for each choice; the first is what the template and messages show.
export const KIND_CHOICES: Choices<ClientKind> = {
  person: ['个人', '自然人', 'person', 'individual'],
  organisation: ['单位', '机构', '企业', '团体', 'organisation', 'organization', 'company'],
};
export const GENDER_CHOICES: Choices<Gender> = { male: ['男', 'M', 'male'], female: ['女', 'F', 'female'] };
export const ID_TYPE_CHOICES: Choices<IdType> = {
  resident_id: ['居民身份证', '身份证', 'resident id', 'resident_id', 'id card'],
  passport: ['护照', 'passport'],
  other: ['其他', 'other'],
};
export const CONTACT_CHOICES: Choices<ContactPreference> = {
  phone: ['电话', 'phone'],
  sms: ['短信', 'sms', 'text'],
  wechat: ['微信', 'wechat'],
  email: ['邮件', '电子邮件', 'email'],
  visit: ['上门', '拜访', 'visit'],
  letter: ['信函', 'letter'],
};

/** The client import file (R-CL-1 fields, R-PO-6): keys are the form's field names. */
export const CLIENT_COLUMNS: readonly ImportColumn[] = [
  { key: 'kind', zh: '客户类型', en: 'Client type', aliases: ['类型', '客户性质'], required: false, example: '个人', noteZh: '个人 或 单位；不填为个人（填了统一社会信用代码则为单位）', noteEn: '个人 (person) or 单位 (organisation); empty: a person, or an organisation when a credit code is given' },
  { key: 'name', zh: '姓名/名称', en: 'Name', aliases: ['姓名', '名称', '客户名称', '客户姓名', '单位名称'], required: true, example: '王秀英', noteZh: '个人姓名或单位全称，最多 100 字', noteEn: 'Full name of the person or organisation, at most 100 characters' },
  { key: 'gender', zh: '性别', en: 'Gender', required: false, example: '女', noteZh: '男 或 女；不填时按身份证号码推算', noteEn: '男 (male) or 女 (female); taken from the resident ID when empty' },
  { key: 'birthDate', zh: '出生日期', en: 'Birth date', aliases: ['生日'], required: false, example: '1949-12-31', noteZh: 'YYYY-MM-DD；不填时按身份证号码推算', noteEn: 'YYYY-MM-DD; taken from the resident ID when empty' },
  { key: 'idType', zh: '证件类型', en: 'ID type', required: false, example: '居民身份证', noteZh: '居民身份证、护照 或 其他；填了证件号码而不填类型时按居民身份证校验', noteEn: '居民身份证 (resident ID), 护照 (passport) or 其他 (other); resident ID when a number is given without a type' },
  { key: 'idNumber', zh: '证件号码', en: 'ID number', aliases: ['证件号', '身份证号', '身份证号码'], required: false, example: '11010519491231002X', noteZh: '身份证 18 位含校验位；请保持本列为文本格式', noteEn: 'Resident ID: 18 characters with the check character; keep the column as Text', text: true, masked: 'idNumber' },
  { key: 'mobile', zh: '手机号', en: 'Mobile', aliases: ['手机', '手机号码', '移动电话'], required: false, example: '13800138000', noteZh: '11 位大陆手机号', noteEn: '11-digit mainland mobile number', text: true, masked: 'mobile' },
  { key: 'address', zh: '地址', en: 'Address', aliases: ['联系地址', '住址'], required: false, example: '广东省广州市天河区体育西路100号', noteZh: '最多 200 字', noteEn: 'At most 200 characters', masked: 'address' },
  { key: 'occupation', zh: '职业', en: 'Occupation', required: false, example: '教师', noteZh: '最多 60 字', noteEn: 'At most 60 characters' },
  { key: 'contactPreference', zh: '联系偏好', en: 'Contact preference', required: false, example: '微信', noteZh: '电话、短信、微信、邮件、上门 或 信函', noteEn: '电话 phone, 短信 SMS, 微信 WeChat, 邮件 email, 上门 visit or 信函 letter' },
  { key: 'unifiedCreditCode', zh: '统一社会信用代码', en: 'Unified social credit code', aliases: ['信用代码', 'Credit code'], required: false, example: '', noteZh: '单位客户填写，18 位含校验位', noteEn: 'Organisations: 18 characters with the check character', text: true },
  { key: 'contactPerson', zh: '联系人', en: 'Contact person', required: false, example: '', noteZh: '单位客户的联系人', noteEn: "The organisation's contact person" },
  { key: 'orgUnit', zh: '所属机构', en: 'Org unit', aliases: ['机构', '机构代码'], required: false, example: 'GZ01', noteZh: '机构代码或名称；不填为导入人所在机构', noteEn: "Org unit code or name; empty: the importer's own unit" },
  { key: 'agent', zh: '业务员', en: 'Agent', aliases: ['营销员', '代理人', '业务员用户名'], required: false, example: 'gz01.agent1', noteZh: '用户名或姓名；不填时，业务员本人导入则为本人', noteEn: 'Username or name; empty: the importer when they are an agent' },
  { key: 'firstContactAt', zh: '首次接触时间', en: 'First contact', aliases: ['首次接触日期'], required: false, example: '2026-11-20', noteZh: 'YYYY-MM-DD 或 YYYY-MM-DD HH:mm（北京时间）；不填为导入时间。建档时限（2 日）从此起算', noteEn: 'YYYY-MM-DD or YYYY-MM-DD HH:mm (Beijing time); empty: the time of import. The 2-day archive deadline runs from it' },
  { key: 'consentMarketing', zh: '同意营销', en: 'Marketing consent', required: false, example: '否', noteZh: '是 或 否；不填为否', noteEn: '是 (yes) or 否 (no); empty: no' },
  { key: 'consentSensitive', zh: '同意处理敏感信息', en: 'Sensitive data consent', required: false, example: '是', noteZh: '是 或 否；不填为否', noteEn: '是 (yes) or 否 (no); empty: no' },
];
