import type { Role } from '../../platform/authz/roles.js';
import type { DemoUnit } from './demo-org-tree.js';
import { chineseName, mobileNumber, type Random } from './random.js';

export type DemoUser = { username: string; displayName: string; orgCode: string; role: Role; mobile: string };

/**
 * Staff for every role of SPEC §0, placed where the work happens: phone callbacks at the
 * province (R-CB-ORG), claims and complaints at city level, agents and clerks in offices.
 * At scale N each office has 2·N agents.
 */
export function demoUsers(units: DemoUnit[], scale: number, rng: Random): DemoUser[] {
  const users: DemoUser[] = [];
  const add = (username: string, orgCode: string, role: Role) =>
    users.push({ username, displayName: chineseName(rng), orgCode, role, mobile: mobileNumber(rng) });

  add('ho.auditor', 'HO', 'auditor');
  add('gd.admin', 'GD', 'admin');
  add('gd.supervisor', 'GD', 'supervisor');
  add('gd.auditor', 'GD', 'auditor');
  add('gd.underwriter', 'GD', 'underwriter');
  add('gd.callback1', 'GD', 'callback_agent');
  add('gd.callback2', 'GD', 'callback_agent');
  for (const city of units.filter((u) => u.level === 'city')) {
    const c = city.code.toLowerCase();
    add(`${c}.supervisor`, city.code, 'supervisor');
    add(`${c}.claims`, city.code, 'claims_handler');
    add(`${c}.service`, city.code, 'customer_service');
    add(`${c}.surveyor`, city.code, 'surveyor');
    if (city.code !== 'FS') add(`${c}.assessor`, city.code, 'loss_assessor');
  }
  for (const office of units.filter((u) => u.level === 'office')) {
    const o = office.code.toLowerCase();
    add(`${o}.clerk`, office.code, 'clerk');
    for (let i = 1; i <= 2 * scale; i++) add(`${o}.agent${i}`, office.code, 'agent');
  }
  return users;
}
