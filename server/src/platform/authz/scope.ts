import { notFound } from '../http/errors.js';

/**
 * The set of org units a request may touch (SPEC §0: own unit and descendants, never a
 * sibling). Data access functions take a Scope and filter by it; there is no way to read
 * a scoped table through them without one.
 */
export class Scope {
  readonly orgUnitIds: readonly number[];
  readonly #set: ReadonlySet<number>;

  constructor(orgUnitIds: number[]) {
    this.orgUnitIds = orgUnitIds;
    this.#set = new Set(orgUnitIds);
  }

  static readonly empty = new Scope([]);

  includes(orgUnitId: number | null | undefined): boolean {
    return orgUnitId != null && this.#set.has(orgUnitId);
  }

  /** Out of scope looks exactly like not existing: no existence leak. */
  assertIncludes(orgUnitId: number | null | undefined): void {
    if (!this.includes(orgUnitId)) throw notFound();
  }
}
