import type { OrgLevel } from '../../platform/db/schema.js';

/** The demo organisation (SPEC §0): 1 province, 3 cities, 6 offices at scale 1. */
export type DemoUnit = { code: string; name: string; nameEn: string; level: OrgLevel; parent: string | null };

const CITIES = [
  { code: 'GZ', name: '广州市分公司', nameEn: 'Guangzhou Branch', offices: [['天河营业部', 'Tianhe Office'], ['越秀营业部', 'Yuexiu Office']] },
  { code: 'SZ', name: '深圳市分公司', nameEn: 'Shenzhen Branch', offices: [['南山营业部', 'Nanshan Office'], ['福田营业部', 'Futian Office']] },
  { code: 'FS', name: '佛山市分公司', nameEn: 'Foshan Branch', offices: [['禅城营业部', 'Chancheng Office'], ['南海营业部', 'Nanhai Office']] },
] as const;

/** At scale N each city has 2·⌈√N⌉ offices, so the tree widens slowly while staff and policies grow with N. */
export function demoOrgTree(scale: number): DemoUnit[] {
  const units: DemoUnit[] = [
    { code: 'GD', name: '广东省分公司', nameEn: 'Guangdong Provincial Branch', level: 'province', parent: 'HO' },
  ];
  const officesPerCity = 2 * Math.ceil(Math.sqrt(scale));
  for (const city of CITIES) {
    units.push({ code: city.code, name: city.name, nameEn: city.nameEn, level: 'city', parent: 'GD' });
    for (let i = 1; i <= officesPerCity; i++) {
      const [name, nameEn] = city.offices[i - 1] ?? [`第${i}营业部`, `Office ${i}`];
      units.push({ code: `${city.code}${String(i).padStart(2, '0')}`, name, nameEn, level: 'office', parent: city.code });
    }
  }
  return units;
}
