import type { Locale } from './locale.js';

type Text = { 'zh-CN': string; en: string };

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
  DEADLINE_NOT_RUNNING: {
    'zh-CN': '该时限已结束或已暂停，不能执行此操作',
    en: 'This deadline has ended or is already paused',
  },
  DEADLINE_NOT_PAUSED: { 'zh-CN': '该时限未暂停', en: 'This deadline is not paused' },
  DUPLICATE_RECORD: { 'zh-CN': '已有相同的记录，请核对后再提交', en: 'A matching record already exists; check before submitting again' },
  WRONG_PASSWORD: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  // Users: head office always keeps an administrator; nobody demotes themselves by accident.
  LAST_HEAD_OFFICE_ADMIN: {
    'zh-CN': '系统须至少保留一名在职的总公司管理员：此操作会使系统无人可以管理，已拒绝。请先为其他在职人员授予总公司管理员角色',
    en: 'At least one active head-office administrator must remain; this change would leave no one able to administer the system. Grant the head-office admin role to another active user first',
  },
  SELF_DEMOTION_UNCONFIRMED: {
    'zh-CN': '此修改将取消您本人的以下角色或管辖范围：{grants}。请确认后再提交',
    en: 'This change takes away your own role or scope: {grants}. Confirm it to go ahead',
  },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '提交的内容过大', en: 'The request is too large' },
  URI_TOO_LONG: { 'zh-CN': '请求地址过长，请检查链接或输入的编号', en: 'The address is too long; check the link or the number you entered' },
  BAD_URL: { 'zh-CN': '请求地址格式不正确，请检查链接', en: 'The address is malformed; check the link' },
  // Spreadsheet import (R-PO-6)
  IMPORT_REJECTED: {
    'zh-CN': '文件中有 {count} 处问题，未导入任何数据；请按报告修改后重新导入',
    en: 'The file has {count} problem(s); nothing was imported. Correct them as the report shows and import again',
  },
  IMPORT_FILE_CHANGED: {
    'zh-CN': '提交的文件与预览时的文件不同，请重新预览',
    en: 'This is not the file you previewed; preview it again',
  },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '请求格式不受支持，请以 JSON 提交', en: 'Send the request as JSON' },
  INTERNAL: {
    'zh-CN': '系统内部错误，请稍后重试；如持续出现请联系管理员并提供请求编号 {requestId}',
    en: 'Internal error; try again later, and if it persists give request id {requestId} to an administrator',
  },
} satisfies Record<string, Text>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

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
  usernameTaken: { 'zh-CN': '该用户名已被使用', en: 'this username is already taken' },
  codeTaken: { 'zh-CN': '该机构代码已被使用', en: 'this org unit code is already taken' },
  orgUnitNotFound: { 'zh-CN': '机构不存在或不在您的管辖范围内', en: 'no such org unit within your access' },
  orgLevelNotAllowed: {
    'zh-CN': '在“{parentLevel}”下只能建立“{childLevel}”',
    en: 'under a {parentLevel} only a {childLevel} can be created',
  },
  orgLevelHasNoChildren: {
    'zh-CN': '“{parentLevel}”下不能再建立下级机构',
    en: 'a {parentLevel} cannot have units below it',
  },
  orgUnitHasActiveChildren: {
    'zh-CN': '该机构下仍有启用的下级机构，不能停用',
    en: 'this org unit still has active child units',
  },
  orgUnitHasUsers: { 'zh-CN': '该机构下仍有在职用户，不能停用', en: 'this org unit still has active users' },
  unknownRole: { 'zh-CN': '未知角色：{role}', en: 'unknown role: {role}' },
  passwordTooShort: { 'zh-CN': '密码至少 {limit} 位', en: 'must have at least {limit} characters' },
  passwordTooSimple: {
    'zh-CN': '密码须同时包含字母和数字',
    en: 'must contain both letters and digits',
  },
  passwordContainsUsername: { 'zh-CN': '密码不能包含用户名', en: 'must not contain the username' },
  passwordReused: { 'zh-CN': '新密码不能与当前密码相同', en: 'must differ from the current password' },
  invalidMobile: { 'zh-CN': '手机号格式不正确（11 位，以 1 开头）', en: 'must be an 11-digit mainland mobile number' },
  invalidCursor: { 'zh-CN': '翻页参数无效，请从第一页重新查询', en: 'invalid page cursor; start again from the first page' },
  cannotDisableSelf: { 'zh-CN': '不能停用自己的账户', en: 'you cannot disable your own account' },
  dateOutsideYear: { 'zh-CN': '日期不在 {year} 年内', en: 'the date is not in {year}' },
  duplicateDate: { 'zh-CN': '日期重复', en: 'this date appears twice' },
  makeupNotWeekend: {
    'zh-CN': '调休上班日应在周末（工作日本来就上班）',
    en: 'a make-up working day must fall on a weekend (weekdays are working days anyway)',
  },
  overrideExists: { 'zh-CN': '该机构在这一天已有本地规则', en: 'this org unit already has a local rule for this date' },
  userNotFound: { 'zh-CN': '用户不存在或不在您的管辖范围内', en: 'no such user within your access' },
  wrongPassword: { 'zh-CN': '密码不正确', en: 'the password is wrong' },
  notRevealable: { 'zh-CN': '该字段不能查看明文', en: 'this field cannot be revealed' },
  // Client archive (客户档案)
  invalidResidentId: { 'zh-CN': '身份证号码不正确（校验位或出生日期有误）', en: 'not a valid resident ID number (check character or birth date)' },
  invalidPassport: { 'zh-CN': '护照号码格式不正确（5-17 位字母或数字）', en: 'a passport number has 5-17 letters or digits' },
  invalidCreditCode: { 'zh-CN': '统一社会信用代码不正确（18 位，校验位有误）', en: 'not a valid unified social credit code (18 characters with a check character)' },
  invalidDate: { 'zh-CN': '日期不正确（YYYY-MM-DD）', en: 'must be a real date (YYYY-MM-DD)' },
  birthDateInFuture: { 'zh-CN': '出生日期不能晚于今天', en: 'the birth date cannot be after today' },
  birthDateMismatch: { 'zh-CN': '出生日期与身份证号码不一致（应为 {expected}）', en: 'does not match the resident ID number (should be {expected})' },
  genderMismatch: { 'zh-CN': '性别与身份证号码不一致（应为{expected}）', en: 'does not match the resident ID number (should be {expected})' },
  notForOrganisation: { 'zh-CN': '单位客户不填写此项', en: 'does not apply to an organisation' },
  notForPerson: { 'zh-CN': '个人客户不填写此项', en: 'does not apply to a person' },
  firstContactInFuture: { 'zh-CN': '首次接触时间不能晚于现在', en: 'the first contact cannot be in the future' },
  duplicateIdNumber: { 'zh-CN': '该证件号码已有客户档案（编号 {id}）', en: 'a client with this ID number already exists (no. {id})' },
  possibleDuplicate: {
    'zh-CN': '已有同名同手机号的客户（编号 {ids}）；确认不是同一人后再提交',
    en: 'a client with the same name and mobile exists (no. {ids}); confirm this is a different person to continue',
  },
  clientNotFound: { 'zh-CN': '客户不存在或不在您的管辖范围内', en: 'no such client within your access' },
  clientMerged: { 'zh-CN': '该客户档案已合并到编号 {id}，请使用合并后的档案', en: 'this client was merged into no. {id}; use that archive' },
  agentNotFound: { 'zh-CN': '业务员不存在或不在您的管辖范围内', en: 'no such agent within your access' },
  cannotMergeSelf: { 'zh-CN': '不能合并到自身', en: 'a client cannot be merged into itself' },
  mergeKindMismatch: { 'zh-CN': '个人客户与单位客户不能合并', en: 'a person and an organisation cannot be merged' },
  cannotLinkSelf: { 'zh-CN': '不能与自身建立关系', en: 'a client cannot be linked to itself' },
  linkExists: { 'zh-CN': '该关系已存在', en: 'this link already exists' },
  // Catalogue (insurers and products)
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
  // Policy registry (保单登记)
  invalidPolicyNumber: { 'zh-CN': '保单号格式不正确（4-40 位字母、数字、- 或 /）', en: 'a policy number has 4-40 letters, digits, - or /' },
  duplicatePolicyNumber: { 'zh-CN': '该保险公司的此保单号已登记（内部编号 {internalNo}）', en: 'this insurer\'s policy number is already registered (internal no. {internalNo})' },
  duplicatePolicyNumberElsewhere: {
    'zh-CN': '该保险公司的此保单号已在其他机构登记，请联系上级机构核实',
    en: 'this insurer\'s policy number is already registered in another unit; ask the unit above you to check',
  },
  invalidAmount: { 'zh-CN': '金额格式不正确（最多两位小数）', en: 'must be an amount with at most two decimals' },
  mustBePositive: { 'zh-CN': '必须大于 0', en: 'must be more than 0' },
  singlePremiumYears: { 'zh-CN': '趸交的缴费年期只能为 1 年或不填', en: 'a single premium is paid once: leave the payment years empty or 1' },
  invalidBankAccount: { 'zh-CN': '银行账号应为 12-30 位数字', en: 'a bank account number has 12-30 digits' },
  dateInFuture: { 'zh-CN': '日期不能晚于今天', en: 'the date cannot be after today' },
  dateBefore: { 'zh-CN': '不能早于{other}', en: 'cannot be before {other}' },
  dateNotAfter: { 'zh-CN': '必须晚于{other}', en: 'must be after {other}' },
  shortTermNeedsEnd: { 'zh-CN': '短期险须填写满期日期', en: 'a short-term policy needs an end date' },
  shortTermTooLong: { 'zh-CN': '短期险保险期间不超过一年', en: 'a short-term policy covers at most one year' },
  longTermTooShort: { 'zh-CN': '长期险保险期间应超过一年（终身请不填满期日期）', en: 'a long-term policy covers more than one year (leave the end date empty for whole of life)' },
  listedTwice: { 'zh-CN': '同一人重复列出', en: 'the same person is listed twice' },
  // 被保险人与投保人关系: never assumed to be 本人
  insuredRelationRequired: {
    'zh-CN': '被保险人不是投保人本人，客户档案中也没有二人的家庭关系：请选择与投保人关系',
    en: 'the insured is not the policyholder and the archive has no household link between them: choose the relation to the policyholder',
  },
  relationSelfNotPolicyholder: { 'zh-CN': '“本人”只用于投保人本人作为被保险人', en: '"self" is only for the policyholder insuring themselves' },
  relationMustBeSelf: { 'zh-CN': '该被保险人即投保人，关系应为“本人”', en: 'this insured is the policyholder: the relation is "self"' },
  legalHasNoBeneficiaries: { 'zh-CN': '受益人为法定时不列明受益人', en: 'with legal heirs as beneficiaries no one is named' },
  beneficiariesPersonalLinesOnly: { 'zh-CN': '只有人身保险（寿险、健康险、意外险）指定受益人', en: 'only life, health and accident policies name beneficiaries' },
  invalidShare: { 'zh-CN': '受益份额应在 0.01%-100% 之间', en: 'a share must be between 0.01 % and 100 %' },
  sharesNot100: { 'zh-CN': '第 {rank} 顺位受益份额合计为 {total}%，应为 100%', en: 'the shares of rank {rank} total {total} %; they must total 100 %' },
  productNotFound: { 'zh-CN': '该保险公司没有此产品，或产品已停用', en: 'no such active product of this insurer' },
  insurerNotActive: { 'zh-CN': '保险公司不存在或已停用', en: 'no such active insurer' },
  holdNoticeRequired: { 'zh-CN': '初审未通过：请记录已如何通知客户提供证明材料', en: 'the review failed: record how the client was asked for proof' },
  noticeRequired: { 'zh-CN': '核对有差异：请记录已如何与客户沟通', en: 'differences were found: record how they were raised with the client' },
  clientSaysRequired: { 'zh-CN': '不一致时请填写客户提供的内容', en: 'say what the client\'s papers show' },
  verifyFieldsMissing: { 'zh-CN': '以下项目尚未核对：{fields}', en: 'not yet compared: {fields}' },
  openDifferences: { 'zh-CN': '尚有 {count} 项差异未处理，处理后再核对', en: '{count} difference(s) still open; resolve them before verifying' },
  notReviewed: { 'zh-CN': '初审通过后才能核对', en: 'the initial review must pass before verification' },
  transitionNotAllowed: { 'zh-CN': '保单当前为“{from}”，不能改为“{to}”', en: 'a policy that is {from} cannot become {to}' },
  wrongPolicyState: { 'zh-CN': '保单当前为“{state}”，不能进行此操作', en: 'not possible while the policy is {state}' },
  applicantNotPolicyholder: { 'zh-CN': '补发须由投保人申请', en: 'a reissue is requested by the policyholder' },
  identityNotChecked: { 'zh-CN': '请先核实申请人身份证件', en: 'check the applicant\'s identity document first' },
  reissueOpen: { 'zh-CN': '已有进行中的补发申请', en: 'a reissue request is already in progress' },
  reissueStepNotAllowed: { 'zh-CN': '补发申请当前为“{from}”，不能改为“{to}”', en: 'a reissue request that is {from} cannot become {to}' },
  differenceResolved: { 'zh-CN': '该差异已处理', en: 'this difference is already resolved' },
  notEditable: { 'zh-CN': '保单当前为“{state}”，登记内容不能再修改（请走保全）', en: 'the record of a policy that is {state} cannot be edited (use policy servicing)' },
} satisfies Record<string, Text>;

export type FieldReason = keyof typeof FIELD_MESSAGES;

/** Fill `{name}` placeholders; a param that is itself a `{ 'zh-CN', en }` text is localised too. */
export function format(text: Text, locale: Locale, params: Record<string, unknown> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) return `{${key}}`;
    if (typeof value === 'object' && value !== null && 'en' in value && 'zh-CN' in value) return String((value as Text)[locale]);
    return String(value);
  });
}
