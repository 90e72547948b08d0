/**
 * How the coverage review (保障检视, R-PO-5) judges a household: the rules as data, each with
 * its text and basis in both languages, shown on screen beside every finding. The analysis
 * (analyse-coverage.ts) reads its figures from here; none is written into code elsewhere.
 * Gap rules are generic: adding one is adding an entry to GAP_RULES.
 */
import type { LineOfBusiness, TermType } from '../catalog/catalog.tables.js';

export type Text = { 'zh-CN': string; en: string };
export type FindingKind = 'gap' | 'overlap' | 'expiring' | 'lapsed';
/** 'scope' rules say what is looked at and what counts; they produce no findings themselves. */
export type CoverageRuleKind = 'scope' | FindingKind;

export type CoverageRule = {
  id: string;
  kind: CoverageRuleKind;
  specId: string;
  lawRef: string | null;
  text: Text;
  basis: Text;
};

/** A person lacks cover on every one of `anyOf` → a gap shown on `line` (ages in full years, inclusive). */
export type GapRule = CoverageRule & {
  kind: 'gap';
  minAge: number | null;
  maxAge: number | null;
  anyOf: readonly LineOfBusiness[];
  line: LineOfBusiness;
  message: Text;
};

/** 险种名称 as the review shows them. */
export const LINE_NAMES: Record<LineOfBusiness, Text> = {
  life: { 'zh-CN': '寿险', en: 'Life' },
  health: { 'zh-CN': '健康险', en: 'Health' },
  accident: { 'zh-CN': '意外险', en: 'Accident' },
  property: { 'zh-CN': '财产险', en: 'Property' },
  auto: { 'zh-CN': '车险', en: 'Motor' },
  liability: { 'zh-CN': '责任险', en: 'Liability' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

const OFFICE_PRACTICE = { 'zh-CN': '家庭保障规划惯例（本机构服务标准）', en: 'household planning practice (office service standard)' };
const practice = (zh: string, en: string): Text => ({
  'zh-CN': `R-PO-5；${OFFICE_PRACTICE['zh-CN']}：${zh}`,
  en: `R-PO-5; ${OFFICE_PRACTICE.en}: ${en}`,
});

export const HOUSEHOLD_RULE = {
  id: 'COV-1',
  kind: 'scope',
  specId: 'R-CL-3',
  lawRef: null,
  /** Linked clients who belong to the household; employer / employee / other links do not. */
  relations: ['spouse', 'child', 'parent'] as const,
  text: {
    'zh-CN':
      '家庭范围：客户本人，加上档案中关联的配偶、子女、父母，以及配偶名下关联的子女。雇主 / 雇员及其他关系不计入：单位为员工投保的团体保险另行查看。' +
      '没有出生日期的成员不适用按年龄判断的规则（COV-3、COV-5、COV-6）；单位客户只查看重复、到期和失效，不判断缺口。不在您管辖范围内的成员和保单不显示，也不计入判断。',
    en:
      "Household: the client, plus the spouse, children and parents linked in the archive, and the spouse's linked children. Employer, employee and other links are left out: " +
      "an organisation's group cover for its staff is a different view. Members without a birth date are not judged by the age-based rules (COV-3, COV-5, COV-6); " +
      'for an organisation only overlaps, expiries and lapses are shown, not gaps. Members and policies outside your access are neither shown nor counted.',
  },
  basis: { 'zh-CN': 'R-CL-3 家庭 / 团体关联；R-PO-5 按客户或家庭查看保障', en: 'R-CL-3 household and group links; R-PO-5 coverage per client or household' },
} as const satisfies CoverageRule & Record<string, unknown>;

export const COVERED_RULE = {
  id: 'COV-2',
  kind: 'scope',
  specId: 'R-PO-4',
  lawRef: null,
  text: {
    'zh-CN':
      '“有保障”指：此人是一份有效保单的被保险人，且今天在保险期间内。已核对、生效日在以后的保单显示为“某日起生效”；已登记或暂缓登记、尚未核对的保单显示为“待核对”；' +
      '两者都不计入保障和保额合计。已失效、已终止、已满期的保单不计入（失效保单见 COV-10）。保额合计为有效保单的保额之和；一份保单有多名被保险人时，每人各计一次。',
    en:
      "'Covered' means the person is an insured of a policy in force and today is within its term. A verified policy that starts later shows as 'starts on …'; " +
      "a registered or on-hold policy not yet verified shows as 'pending verification'; neither counts as cover or in the total sum insured. " +
      'Lapsed, terminated and expired policies do not count (for lapsed ones see COV-10). The total is the sum of the in-force sums insured; a policy with several insured counts for each.',
  },
  basis: { 'zh-CN': 'R-PO-4 保单内容经核对后方可作为依据；R-PO-5', en: 'R-PO-4 a policy is relied on once verified; R-PO-5' },
} as const satisfies CoverageRule & Record<string, unknown>;

export const GAP_RULES: readonly GapRule[] = [
  {
    id: 'COV-3',
    kind: 'gap',
    specId: 'R-PO-5',
    lawRef: null,
    minAge: 18,
    maxAge: 60,
    anyOf: ['life', 'accident'],
    line: 'life',
    text: {
      'zh-CN': '缺口：18-60 周岁（劳动年龄、可能是家庭经济支柱）的成员没有有效的寿险或意外险（有其一即可）。经济支柱身故或伤残，收入中断而房贷、子女教育、老人赡养仍在，应优先补上。',
      en: 'Gap: a member aged 18-60 (working age, possibly a breadwinner) without life or accident cover in force (either one is enough). If a breadwinner dies or is disabled the income stops while the mortgage, education and care of parents go on: this comes first.',
    },
    basis: practice('先保大人，先保家庭经济支柱', 'adults and breadwinners first'),
    message: {
      'zh-CN': '{name}（{age} 岁）处于劳动年龄，没有有效的寿险或意外险保障',
      en: '{name} ({age}) is of working age and has no life or accident cover in force',
    },
  },
  {
    id: 'COV-4',
    kind: 'gap',
    specId: 'R-PO-5',
    lawRef: null,
    minAge: null,
    maxAge: null,
    anyOf: ['health'],
    line: 'health',
    text: {
      'zh-CN': '缺口：任何成员（不论年龄）没有有效的健康险（医疗险或重大疾病保险）。医疗费用是每个人都会面对的风险，社会医疗保险之外的自付部分需要商业保险补充。',
      en: 'Gap: any member, of any age, without health cover (medical or critical illness) in force. Medical bills are a risk for everyone; what basic social medical insurance leaves to the patient needs commercial cover.',
    },
    basis: practice('人人应有医疗保障', 'medical cover for everyone'),
    message: {
      'zh-CN': '{name}没有有效的健康险（医疗 / 重疾）保障',
      en: '{name} has no health (medical / critical illness) cover in force',
    },
  },
  {
    id: 'COV-5',
    kind: 'gap',
    specId: 'R-PO-5',
    lawRef: null,
    minAge: null,
    maxAge: 17,
    anyOf: ['accident'],
    line: 'accident',
    text: {
      'zh-CN': '缺口：未满 18 周岁的成员没有有效的意外险。意外伤害是少儿的主要风险；少儿意外险保费低、含意外医疗，应与健康险（COV-4）一起配置。',
      en: 'Gap: a member under 18 without accident cover in force. Injury is the main risk for children; children\'s accident cover is cheap and pays accident medical bills, and goes together with health cover (COV-4).',
    },
    basis: practice('少儿以意外险、医疗险为先', 'for children, accident and medical cover first'),
    message: {
      'zh-CN': '{name}（{age} 岁，未成年）没有有效的意外险保障',
      en: '{name} ({age}, a minor) has no accident cover in force',
    },
  },
  {
    id: 'COV-6',
    kind: 'gap',
    specId: 'R-PO-5',
    lawRef: null,
    minAge: 61,
    maxAge: null,
    anyOf: ['accident'],
    line: 'accident',
    text: {
      'zh-CN': '缺口：60 周岁以上的成员没有有效的意外险。老年人跌倒等意外伤害风险高，而寿险、医疗险在这个年龄往往难以投保；老年意外险（含意外医疗）通常可投保到 70-80 周岁。',
      en: 'Gap: a member over 60 without accident cover in force. Falls and other injuries are a high risk at that age, while life and medical cover are often hard to buy; senior accident cover (with accident medical) is usually available up to 70-80.',
    },
    basis: practice('老年人以意外险为先', 'for older people, accident cover first'),
    message: {
      'zh-CN': '{name}（{age} 岁）没有有效的意外险保障，老年人意外伤害风险较高',
      en: '{name} ({age}) has no accident cover in force; the risk of injury is high at this age',
    },
  },
];

export const OVERLAP_RULE = {
  id: 'COV-7',
  kind: 'overlap',
  specId: 'R-PO-5',
  lawRef: '保险法第五十六条',
  /** 补偿型 lines: health only for short-term (medical) policies; property and motor always. */
  indemnity: { health: ['short_term'], property: ['short_term', 'long_term'], auto: ['short_term', 'long_term'] } as Partial<
    Record<LineOfBusiness, readonly TermType[]>
  >,
  /** 交强险 goes with a commercial motor policy by law: matched by product name, never an overlap. */
  compulsoryMotorNames: ['交强', '机动车交通事故责任强制保险', 'compulsory'],
  text: {
    'zh-CN':
      '重复：同一成员在同一险种有两份或以上补偿型保单（有效，或已核对待生效），且保险期间重叠。补偿型保险按实际损失赔付、只赔一次，客户可能在重复缴费。' +
      '补偿型指：短期健康险（医疗险）、财产险、车险。交强险与商业车险本应同时投保，不算重复；两份财产险或车险可能保的是不同的房屋或车辆，请核对保险标的。',
    en:
      'Overlap: one member has two or more indemnity policies on the same line (in force, or verified and about to start) whose terms overlap. Indemnity pays the actual loss once, ' +
      'so the client may be paying twice. Indemnity lines: short-term health (medical), property, motor. The compulsory motor policy (交强险) and a commercial motor policy ' +
      'belong together and are not an overlap; two property or motor policies may insure different homes or vehicles: check what each one insures.',
  },
  basis: {
    'zh-CN': 'R-PO-5；保险法第五十六条：重复保险的各保险人赔偿保险金的总和不得超过保险价值；《健康保险管理办法》：费用补偿型医疗保险的给付不超过实际发生的医疗费用',
    en: 'R-PO-5; Insurance Law Art. 56: under double insurance the insurers together pay no more than the insured value; Health Insurance Rules: medical indemnity pays at most the expenses incurred',
  },
  message: {
    'zh-CN': '{name}的{line}有 {count} 份补偿型保单保险期间重叠（{numbers}）：补偿型保险只赔一次，请核对是否保同一标的、是否重复缴费',
    en: '{name} has {count} overlapping indemnity policies on {line} ({numbers}): indemnity pays once; check whether they insure the same thing and the client is paying twice',
  },
} as const satisfies CoverageRule & Record<string, unknown>;

export const STACKING_RULE = {
  id: 'COV-8',
  kind: 'scope',
  specId: 'R-PO-5',
  lawRef: null,
  text: {
    'zh-CN': '不算重复：寿险、重大疾病保险等长期健康险和意外险是定额给付，多份保单可以各自赔付、叠加保障，不视为重复；保额合计就是此人在该险种的保障。',
    en: 'Not an overlap: life, long-term health (such as critical illness) and accident cover pay agreed sums, and several policies each pay out; they are not flagged, and the total is the cover the person has on that line.',
  },
  basis: {
    'zh-CN': 'R-PO-5；人身保险按约定保险金额给付，不适用损失补偿原则（本机构服务标准）',
    en: 'R-PO-5; personal insurance pays the agreed sum and is not bound by the indemnity principle (office service standard)',
  },
} as const satisfies CoverageRule & Record<string, unknown>;

export const EXPIRING_RULE = {
  id: 'COV-9',
  kind: 'expiring',
  specId: 'R-RN-7',
  lawRef: null,
  withinDays: 30,
  text: {
    'zh-CN': '即将到期：有效保单在 30 日内到期，应提醒客户续保；同一成员同一险种已有核对过、在到期次日前生效的续保保单的，不再提示。',
    en: 'Expiring: a policy in force ends within 30 days and the client should be reminded to renew; not shown when a verified renewal on the same line for the same member starts by the day after.',
  },
  basis: { 'zh-CN': 'R-RN-7 到期前提醒续保（默认到期前 30 日和 7 日）', en: 'R-RN-7 remind before expiry (30 and 7 days before by default)' },
  message: {
    'zh-CN': '{number}（{product}）将于 {endDate} 到期（还有 {days} 天），请联系客户续保',
    en: '{number} ({product}) ends on {endDate} (in {days} days): contact the client about renewal',
  },
} as const satisfies CoverageRule & Record<string, unknown>;

export const LAPSED_RULE = {
  id: 'COV-10',
  kind: 'lapsed',
  specId: 'R-RN-5',
  lawRef: '保险法第三十七条',
  /** The window's end comes from the deadline engine (this rule, adjustable by admins). */
  deadlineRuleId: 'policy.reinstatement_window',
  text: {
    'zh-CN': '可复效：已失效（效力中止）的保单，在复效期内可以申请复效，通常保留原合同的费率和权益（以条款为准）；复效期届满日由时限规则“复效期”计算。',
    en: "Reinstatable: a lapsed (suspended) policy can be reinstated within the reinstatement window, usually keeping the original rates and rights (see the wording); the window's end comes from the 'Reinstatement window' deadline rule.",
  },
  basis: {
    'zh-CN': 'R-RN-5；保险法第三十七条：合同效力中止后经协商达成协议、补交保险费后恢复；自中止之日起满二年未达成协议的，保险人有权解除合同',
    en: 'R-RN-5; Insurance Law Art. 37: a suspended contract is restored by agreement and payment of the premium; without agreement within 2 years of suspension the insurer may terminate it',
  },
  message: {
    'zh-CN': '{number}（{product}）于 {lapsedOn} 失效，可在 {until} 前申请复效',
    en: '{number} ({product}) lapsed on {lapsedOn}; it can be reinstated until {until}',
  },
} as const satisfies CoverageRule & Record<string, unknown>;

/** Added to a gap message when the person has policies on those lines that do not count yet. */
export const PENDING_NOTE: Text = {
  'zh-CN': '；另有 {count} 份保单待核对或尚未生效',
  en: '; {count} more pending verification or not yet started',
};

/** Every rule in the order shown under "规则说明 / How this is judged". */
export const COVERAGE_RULES: readonly CoverageRule[] = [
  HOUSEHOLD_RULE, COVERED_RULE, ...GAP_RULES, OVERLAP_RULE, STACKING_RULE, EXPIRING_RULE, LAPSED_RULE,
];
