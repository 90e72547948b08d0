import type { Locale } from './locale.js';

type Text = { 'zh-CN': string; en: string };
export type MessageTable = Record<string, Text>;

/**
 * Messages a module raises are declared in its folder (`<m>.messages.ts`) and named here by
 * declaration merging, so `invalid({ reason })` is checked at compile time while the platform
 * names no module; modules/index.ts registers the tables when the module list loads.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleErrorCodes {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleFieldReasons {}

/**
 * Every message a user can see from the API, in both languages, keyed by a stable code.
 * `{name}` placeholders are filled from the error's params.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need correcting' },
  NOT_FOUND: { 'zh-CN': '记录不存在或无权查看', en: 'The record does not exist or is outside your access' },
  ROUTE_NOT_FOUND: { 'zh-CN': '接口不存在', en: 'No such API endpoint' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please log in' },
  FORBIDDEN: { 'zh-CN': '您的角色没有此操作权限', en: 'Your role does not allow this action' },
  HEAD_OFFICE_ONLY: {
    'zh-CN': '此操作涉及全公司，只能由总公司层级的人员办理',
    en: 'This affects the whole company and is done at head-office level only',
  },
  CSRF_FAILED: {
    'zh-CN': '安全校验失败，请刷新页面后重试',
    en: 'Security check failed; reload the page and try again',
  },
  VERSION_CONFLICT: {
    'zh-CN': '该记录已被他人修改，请刷新后基于最新内容再修改',
    en: 'Someone else changed this record; reload it and apply your change again',
  },
  INVALID_CREDENTIALS: { 'zh-CN': '用户名或密码不正确', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    'zh-CN': '连续登录失败次数过多，账户已临时锁定，请于 {until} 后重试或联系管理员解锁',
    en: 'Too many failed logins: the account is locked until {until}; try again then or ask an administrator to unlock it',
  },
  ACCOUNT_DISABLED: { 'zh-CN': '账户已停用，请联系管理员', en: 'This account is disabled; contact an administrator' },
  RATE_LIMITED: { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; wait a moment and try again' },
  PASSWORD_CHANGE_REQUIRED: {
    'zh-CN': '请先修改初始密码后再继续',
    en: 'Change your initial password before continuing',
  },
  DUPLICATE_RECORD: { 'zh-CN': '已有相同的记录，请核对后再提交', en: 'A matching record already exists; check before submitting again' },
  WRONG_PASSWORD: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '提交的内容过大', en: 'The request is too large' },
  URI_TOO_LONG: { 'zh-CN': '请求地址过长，请检查链接或输入的编号', en: 'The address is too long; check the link or the number you entered' },
  BAD_URL: { 'zh-CN': '请求地址格式不正确，请检查链接', en: 'The address is malformed; check the link' },
  REQUEST_HEADERS_TOO_LARGE: {
    'zh-CN': '请求地址或请求头过长，请检查链接或输入的内容',
    en: 'The address or the request headers are too long; check the link or what you entered',
  },
  REQUEST_TIMEOUT: { 'zh-CN': '请求未在规定时间内发送完毕，请重试', en: 'The request was not sent in time; try again' },
  BAD_REQUEST: { 'zh-CN': '请求格式不正确', en: 'The request is malformed' },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '请求格式不受支持，请以 JSON 提交', en: 'Send the request as JSON' },
  INTERNAL: {
    'zh-CN': '系统内部错误，请稍后重试；如持续出现请联系管理员并提供请求编号 {requestId}',
    en: 'Internal error; try again later, and if it persists give request id {requestId} to an administrator',
  },
} satisfies Record<string, Text>;

export type ErrorCode = keyof typeof ERROR_MESSAGES | keyof ModuleErrorCodes;

/** Field-level reasons, shared by schema validation and use-case checks. */
export const FIELD_MESSAGES = {
  required: { 'zh-CN': '必填', en: 'is required' },
  type: { 'zh-CN': '类型不正确（应为 {type}）', en: 'must be of type {type}' },
  minLength: { 'zh-CN': '至少 {limit} 个字符', en: 'must have at least {limit} characters' },
  maxLength: { 'zh-CN': '最多 {limit} 个字符', en: 'must have at most {limit} characters' },
  minimum: { 'zh-CN': '不能小于 {limit}', en: 'must be at least {limit}' },
  maximum: { 'zh-CN': '不能大于 {limit}', en: 'must be at most {limit}' },
  pattern: { 'zh-CN': '格式不正确', en: 'has the wrong format' },
  format: { 'zh-CN': '格式不正确（{format}）', en: 'must be a valid {format}' },
  enum: { 'zh-CN': '只能是：{allowed}', en: 'must be one of: {allowed}' },
  minItems: { 'zh-CN': '至少 {limit} 项', en: 'must have at least {limit} items' },
  unknown: { 'zh-CN': '不正确', en: 'is invalid' },
  // Input checks that apply to every route (platform/http/input-guard.ts, schema-formats.ts)
  controlCharacter: {
    'zh-CN': '含有无法保存的字符（如 NUL 等不可见字符或残缺的表情符号），请删除后重新输入',
    en: 'contains a character that cannot be stored (an invisible one such as NUL, or half an emoji); delete it and type the value again',
  },
  notWholeNumber: { 'zh-CN': '应为整数（不含空格、小数点或其他字符）', en: 'must be a whole number (no spaces, decimal point or other characters)' },
  dateOutOfRange: { 'zh-CN': '应为 {min} 至 {max} 之间的有效日期（YYYY-MM-DD）', en: 'must be a valid date from {min} to {max} (YYYY-MM-DD)' },
  fileUnreadable: { 'zh-CN': '文件已损坏或不是 xlsx 文件，无法读取', en: 'the file is damaged or not an xlsx file and cannot be read' },
  dateTimeOutOfRange: { 'zh-CN': '应为 {min} 至 {max} 之间的有效时间', en: 'must be a valid date and time from {min} to {max}' },
  // Use-case checks
  orgUnitNotFound: { 'zh-CN': '机构不存在或不在您的管辖范围内', en: 'no such org unit within your access' },
  passwordTooShort: { 'zh-CN': '密码至少 {limit} 位', en: 'must have at least {limit} characters' },
  passwordTooSimple: {
    'zh-CN': '密码须同时包含字母和数字',
    en: 'must contain both letters and digits',
  },
  passwordContainsUsername: { 'zh-CN': '密码不能包含用户名', en: 'must not contain the username' },
  passwordReused: { 'zh-CN': '新密码不能与当前密码相同', en: 'must differ from the current password' },
  invalidMobile: { 'zh-CN': '手机号格式不正确（11 位，以 1 开头）', en: 'must be an 11-digit mainland mobile number' },
  invalidCursor: { 'zh-CN': '翻页参数无效，请从第一页重新查询', en: 'invalid page cursor; start again from the first page' },
  pageTooDeep: { 'zh-CN': '只能翻到前 {limit} 条，请缩小筛选范围或反向排序', en: 'pages reach the first {limit} rows only; narrow the filters or reverse the sort' },
  wrongPassword: { 'zh-CN': '密码不正确', en: 'the password is wrong' },
  notRevealable: { 'zh-CN': '该字段不能查看明文', en: 'this field cannot be revealed' },
} satisfies Record<string, Text>;

export type FieldReason = keyof typeof FIELD_MESSAGES | keyof ModuleFieldReasons;

const errorTable: MessageTable = { ...ERROR_MESSAGES };
const fieldTable: MessageTable = { ...FIELD_MESSAGES };

/** Add a module's messages (once, from the module list); a key two modules define is a mistake. */
export function registerMessages(messages: { errors?: MessageTable; fields?: MessageTable }) {
  for (const [table, add] of [[errorTable, messages.errors], [fieldTable, messages.fields]] as const) {
    for (const [key, text] of Object.entries(add ?? {})) {
      if (key in table && table[key] !== text) throw new Error(`message ${key} is defined twice`);
      table[key] = text;
    }
  }
}

export function errorMessage(code: ErrorCode): Text {
  return errorTable[code] ?? { 'zh-CN': code, en: code };
}

export function fieldMessage(reason: FieldReason): Text {
  return fieldTable[reason] ?? { 'zh-CN': reason, en: reason };
}

/** Fill `{name}` placeholders; a param that is itself a `{ 'zh-CN', en }` text is localised too. */
export function format(text: Text, locale: Locale, params: Record<string, unknown> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) return `{${key}}`;
    if (typeof value === 'object' && value !== null && 'en' in value && 'zh-CN' in value) return String((value as Text)[locale]);
    return String(value);
  });
}
