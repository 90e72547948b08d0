import { describe, expect, it } from 'vitest';
import { grantsLost } from './self-demotion';

// Issue 9, item 7: the users page asks before you take a role or scope away from yourself.
describe('the grants you would lose by saving your own roles', () => {
  const orgs = new Map([
    [1, { path: '/HO/' }],
    [2, { path: '/HO/GD/' }],
    [3, { path: '/HO/GD/GZ/' }],
    [4, { path: '/HO/GD/SZ/' }],
  ]);

  it('keeps a grant covered by the same role in that unit or one above it', () => {
    const held = [{ role: 'supervisor', orgUnitId: 3 }];
    expect(grantsLost(held, [{ role: 'supervisor', orgUnitId: 3 }], orgs)).toEqual([]);
    expect(grantsLost(held, [{ role: 'supervisor', orgUnitId: 2 }], orgs)).toEqual([]); // the province covers the city
  });

  it('names a grant moved to a sibling, narrowed to a unit below, or given up', () => {
    const held = [{ role: 'admin', orgUnitId: 2 }, { role: 'auditor', orgUnitId: 1 }];
    expect(grantsLost(held, [{ role: 'admin', orgUnitId: 3 }, { role: 'auditor', orgUnitId: 1 }], orgs)).toEqual([{ role: 'admin', orgUnitId: 2 }]);
    expect(grantsLost(held, [{ role: 'admin', orgUnitId: 2 }], orgs)).toEqual([{ role: 'auditor', orgUnitId: 1 }]);
    expect(grantsLost([{ role: 'supervisor', orgUnitId: 3 }], [{ role: 'supervisor', orgUnitId: 4 }], orgs)).toHaveLength(1);
  });

  it('for a unit outside the loaded tree, only the very same grant keeps it', () => {
    expect(grantsLost([{ role: 'clerk', orgUnitId: 99 }], [{ role: 'clerk', orgUnitId: 1 }], orgs)).toEqual([{ role: 'clerk', orgUnitId: 99 }]);
    expect(grantsLost([{ role: 'clerk', orgUnitId: 99 }], [{ role: 'clerk', orgUnitId: 99 }], orgs)).toEqual([]);
  });
});
