import { describe, expect, it } from 'vitest';
import { loadOrder, type ForeignKey } from './table-order.js';

// A slice of the real schema: the org tree references itself, users sit in units, clients
// reference units, users and (merged into) themselves, policies reference clients and units.
const fks: ForeignKey[] = [
  { table: 'org_unit', references: 'org_unit' },
  { table: 'app_user', references: 'org_unit' },
  { table: 'role_assignment', references: 'app_user' },
  { table: 'role_assignment', references: 'org_unit' },
  { table: 'client', references: 'org_unit' },
  { table: 'client', references: 'app_user' },
  { table: 'client', references: 'client' },
  { table: 'policy', references: 'client' },
  { table: 'policy', references: 'org_unit' },
];
const tables = ['policy', 'role_assignment', 'client', 'app_user', 'org_unit', 'audit_log', 'kysely_migration'];

describe('the order of the tables in a backup', () => {
  it('puts every table after the tables it references, smallest name first among those ready', () => {
    const order = loadOrder(tables, fks);
    expect(order).toEqual(['audit_log', 'kysely_migration', 'org_unit', 'app_user', 'client', 'policy', 'role_assignment']);
    for (const fk of fks) if (fk.table !== fk.references) expect(order.indexOf(fk.references)).toBeLessThan(order.indexOf(fk.table));
  });

  it('is the same whatever order the catalogue lists tables and keys in', () => {
    expect(loadOrder([...tables].reverse(), [...fks].reverse())).toEqual(loadOrder(tables, fks));
  });

  it('lets a table reference itself (org_unit.parent_id, client.merged_into_id)', () => {
    expect(loadOrder(['org_unit'], [{ table: 'org_unit', references: 'org_unit' }])).toEqual(['org_unit']);
  });

  it('ignores foreign keys to tables outside the list', () => {
    expect(loadOrder(['app_user'], fks)).toEqual(['app_user']);
  });

  it('refuses a cycle between different tables, naming the tables it leaves unordered', () => {
    const cyclic = [...fks, { table: 'org_unit', references: 'policy' }];
    expect(() => loadOrder(tables, cyclic)).toThrow(/No load order exists for app_user, client, org_unit, policy, role_assignment/);
  });
});
