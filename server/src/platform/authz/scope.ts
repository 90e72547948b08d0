import { notFound } from '../http/errors.js';

/**
 * The set of org units a request may touch (SPEC §0: own unit and descendants, never a
 * sibling). Data access functions take a Scope and filter by it; there is no way to read
 * a scoped table through them without one.
 */
export class Scope {
  readonly orgUnitIds: readonly number[];
  readonly #set: ReadonlySet<number>;
  /** The system's own scope (jobs): every org unit, including those created after it was made. */
  readonly everything: boolean;

  private constructor(orgUnitIds: number[], everything: boolean) {
    this.orgUnitIds = orgUnitIds;
    this.#set = new Set(orgUnitIds);
    this.everything = everything;
  }

  static of(orgUnitIds: number[]): Scope {
    return new Scope(orgUnitIds, false);
  }

  static readonly empty = new Scope([], false);
  /** For the system acting on its own (a job, a migration step) — never for a user. */
  static readonly system = new Scope([], true);

  includes(orgUnitId: number | null | undefined): boolean {
    return orgUnitId != null && (this.everything || this.#set.has(orgUnitId));
  }

  /** Out of scope looks exactly like not existing: no existence leak. */
  assertIncludes(orgUnitId: number | null | undefined): void {
    if (!this.includes(orgUnitId)) throw notFound();
  }
}
