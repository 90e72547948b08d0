// The demo client archive, as pure data: client n is always the same person or organisation,
// whatever else is generated, so the data set can grow with --scale and be re-run safely.
import type { ContactPreference, Gender, LinkRelation } from '../clients/clients.tables.js';
import { mobileNumberOf, personIdentity, residentIdNumber, unifiedCreditCode, REGION_CODES } from './demo-identifiers.js';
import { seededRandom, type Random } from './random.js';

/** Clients come in blocks: five households of three persons, then one organisation. */
export const BLOCK_SIZE = 16;
const HOUSEHOLDS = 5;
/** Persons per office whose birthdays are spaced evenly over the year (at most 7 days apart). */
const BIRTHDAY_SPREAD = 60;
const SEED = 20_261_126;
const FIRST_CONTACT_FROM = Date.UTC(2021, 0, 4);
const FIRST_CONTACT_DAYS = 2000; // up to mid 2026

export type DemoClient = {
  /** The client's number in the demo data set, 0-based. */
  n: number;
  kind: 'person' | 'organisation';
  /** Index into the offices the data set is spread over. */
  office: number;
  /** Which of the office's agents owns it: taken modulo the office's agent count. */
  agentSlot: number;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  idNumber: string | null;
  mobile: string;
  address: string;
  occupation: string | null;
  contactPreference: ContactPreference;
  unifiedCreditCode: string | null;
  contactPerson: string | null;
  consentMarketing: boolean;
  consentSensitive: boolean;
  firstContactAt: Date;
  /** Demo archives are complete (R-CL-2): identity and contact on file soon after the first contact. */
  archivedAt: Date;
};

/** `related` is `client`'s `relation` (R-CL-3), e.g. the related client is the client's child. */
export type DemoLink = { client: number; related: number; relation: LinkRelation };

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '潘', '袁', '蔡', '蒋', '余',
  '于', '杜', '叶', '程', '魏', '苏', '吕', '丁', '任', '卢', '姚', '沈', '钟', '姜', '崔', '谭', '陆', '范', '汪', '廖',
];
const GIVEN: Record<Gender, string[]> = {
  male: ['伟', '强', '磊', '军', '勇', '杰', '涛', '明', '超', '华', '平', '刚', '辉', '鹏', '斌', '波', '宇', '浩', '俊', '峰', '建', '国', '志', '文', '海', '东', '林', '鑫', '龙', '凯'],
  female: ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '秀', '玲', '燕', '红', '梅', '婷', '慧', '莉', '雪', '琳', '颖', '佳', '欣', '倩', '晶', '洁', '蓉', '萍', '丹', '悦', '怡', '诗'],
};
const OCCUPATIONS = ['教师', '医生', '护士', '工程师', '会计', '公务员', '销售', '个体经营', '司机', '厨师', '律师', '设计师', '软件工程师', '企业管理人员', '工人', '自由职业', '退休'];
const PREFERENCES: ContactPreference[] = ['wechat', 'wechat', 'wechat', 'phone', 'phone', 'sms', 'visit'];
const CITIES: Record<string, { name: string; region: string; districts: string[] }> = {
  GZ: { name: '广州市', region: '440106', districts: ['天河区', '越秀区', '海珠区', '白云区', '番禺区'] },
  SZ: { name: '深圳市', region: '440305', districts: ['南山区', '福田区', '罗湖区', '宝安区', '龙岗区'] },
  FS: { name: '佛山市', region: '440604', districts: ['禅城区', '南海区', '顺德区'] },
};
const ROADS = ['中山路', '解放路', '人民路', '建设路', '新港路', '滨江路', '东风路', '花城大道', '深南大道', '季华路', '科技园路', '工业大道'];
const COMPANY_WORDS = ['恒信', '华通', '嘉禾', '鸿运', '安泰', '永盛', '瑞丰', '鼎力', '新锐', '宏达', '利民', '众合'];
const INDUSTRIES = ['贸易', '科技', '物流', '建筑工程', '餐饮管理', '电子', '服装', '医疗器械', '教育咨询', '家具制造'];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The clients of block b (numbers 16b … 16b+15) and their household and employer links, for a
 * data set spread over offices (by code: GZ01 is in Guangzhou): block b belongs to office b mod their number.
 */
export function demoBlock(b: number, officeCodes: readonly string[]): { clients: DemoClient[]; links: DemoLink[] } {
  const rng = seededRandom(hash32(SEED ^ Math.imul(b + 1, 0x9e3779b1)));
  const office = b % officeCodes.length;
  const round = Math.floor(b / officeCodes.length); // the block's place among its office's blocks
  const city = CITIES[officeCodes[office]!.slice(0, 2)] ?? CITIES.GZ!;
  const clients: DemoClient[] = [];
  const links: DemoLink[] = [];

  for (let h = 0; h < HOUSEHOLDS; h++) {
    const members: DemoClient[] = [];
    for (let m = 0; m < 3; m++) {
      const j = h * 3 + m;
      const n = b * BLOCK_SIZE + j;
      const identity = personIdentity(b * (BLOCK_SIZE - 1) + j);
      const birthDate = `${identity.birthYear}-${monthDay(birthdayOfYear(round * (BLOCK_SIZE - 1) + j))}`;
      const first = firstContact(rng);
      members.push({
        n, kind: 'person', office, agentSlot: round * HOUSEHOLDS + h,
        name: rng.pick(SURNAMES) + givenName(rng, identity.gender), gender: identity.gender, birthDate,
        idNumber: residentIdNumber(identity.region, birthDate, identity.sequence), mobile: mobileNumberOf(n),
        address: address(rng, city), occupation: rng.pick(OCCUPATIONS), contactPreference: rng.pick(PREFERENCES),
        unifiedCreditCode: null, contactPerson: null,
        consentMarketing: rng.next() < 0.65, consentSensitive: rng.next() < 0.35, ...first,
      });
    }
    links.push(...household(members));
    clients.push(...members);
  }

  const n = b * BLOCK_SIZE + BLOCK_SIZE - 1;
  const employer: DemoClient = {
    n, kind: 'organisation', office, agentSlot: round * HOUSEHOLDS,
    name: `${city.name.slice(0, 2)}${rng.pick(COMPANY_WORDS)}${rng.pick(INDUSTRIES)}有限公司`, gender: null, birthDate: null, idNumber: null,
    mobile: mobileNumberOf(n), address: address(rng, city), occupation: null, contactPreference: 'phone',
    unifiedCreditCode: unifiedCreditCode(b, rng.next() < 0.8 ? city.region : rng.pick(REGION_CODES)),
    contactPerson: rng.pick(SURNAMES) + givenName(rng, rng.next() < 0.5 ? 'male' : 'female'),
    consentMarketing: rng.next() < 0.5, consentSensitive: false, ...firstContact(rng),
  };
  clients.push(employer);
  // Some heads of household work there (员工 / 团体客户).
  for (let h = 0; h < HOUSEHOLDS; h++) {
    if (rng.next() < 0.3) links.push({ client: b * BLOCK_SIZE + h * 3, related: n, relation: 'employer' });
  }
  return { clients, links };
}

/**
 * Links within a household of three, by age: the two eldest are spouses when of different
 * gender and at most 12 years apart; the youngest is the child of the elders 20-45 years older
 * (of one of them unless they are spouses), and takes the father's surname.
 */
function household(members: DemoClient[]): DemoLink[] {
  const [a, b, c] = [...members].sort((x, y) => x.birthDate!.localeCompare(y.birthDate!) || x.n - y.n) as [DemoClient, DemoClient, DemoClient];
  const year = (x: DemoClient) => Number(x.birthDate!.slice(0, 4));
  const links: DemoLink[] = [];
  const spouses = a.gender !== b.gender && year(b) - year(a) <= 12;
  if (spouses) links.push({ client: a.n, related: b.n, relation: 'spouse' });
  const eligible = [a, b].filter((p) => year(c) - year(p) >= 20 && year(c) - year(p) <= 45);
  const parents = spouses ? eligible : eligible.slice(0, 1); // one father, one mother at most
  for (const p of parents) links.push({ client: p.n, related: c.n, relation: 'child' });
  const father = parents.find((p) => p.gender === 'male');
  if (father) c.name = father.name.slice(0, 1) + c.name.slice(1);
  return links;
}

// The k-th person of an office is born on day d of the year: the first 60 are about six days
// apart, so an office's birthday list for the next 7 or 30 days is never empty (R-CL-5); later
// rounds fall in between.
export function birthdayOfYear(k: number): number {
  const round = Math.floor(k / BIRTHDAY_SPREAD);
  const offset = ((round * 0.618_034) % 1) * (365 / BIRTHDAY_SPREAD);
  return Math.floor(((k % BIRTHDAY_SPREAD) * 365) / BIRTHDAY_SPREAD + offset) % 365;
}

/** 'MM-DD' of day d (0-364) of a common year. */
function monthDay(d: number): string {
  let month = 0;
  while (d >= MONTH_DAYS[month]!) d -= MONTH_DAYS[month++]!;
  return `${String(month + 1).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`;
}

function givenName(rng: Random, gender: Gender): string {
  const chars = GIVEN[gender];
  return rng.next() < 0.6 ? rng.pick(chars) + rng.pick(chars) : rng.pick(chars);
}

// First contact on a working-hours moment (Beijing) of 2021-2026; the archive complete 10 minutes to 40 hours later.
function firstContact(rng: Random): { firstContactAt: Date; archivedAt: Date } {
  const day = FIRST_CONTACT_FROM + rng.int(0, FIRST_CONTACT_DAYS) * 86_400_000;
  const firstContactAt = new Date(day + rng.int(1 * 60, 10 * 60) * 60_000); // 09:00-18:00 Beijing = 01:00-10:00 UTC
  return { firstContactAt, archivedAt: new Date(firstContactAt.getTime() + rng.int(10, 40 * 60) * 60_000) };
}

function address(rng: Random, city: (typeof CITIES)[string]): string {
  return `广东省${city.name}${rng.pick(city.districts)}${rng.pick(ROADS)}${rng.int(1, 888)}号${rng.int(1, 30)}栋${rng.int(1, 32)}0${rng.int(1, 8)}室`;
}

export function hash32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
