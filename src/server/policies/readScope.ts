/**
 * The read scope: the slice of the portfolio a user may read. This is its only definition; every
 * query of projects, and of what hangs off them (reports, bookmarks, lessons, figures, exports),
 * restricts its rows through `where`, and reading one project checks `includes`.
 *
 * The portfolio is open to every signed-in member of staff, because reviewers, PMs and the fund
 * compare projects across regions; a viewer given a region sees only that region.
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Actor } from "./actor";

export type ReadScopeKind = "all" | "region" | "none";

export class ReadScope {
  private constructor(
    readonly kind: ReadScopeKind,
    readonly region?: string,
  ) {}

  static readonly all = new ReadScope("all");
  static readonly none = new ReadScope("none");
  static ofRegion(region: string): ReadScope {
    return new ReadScope("region", region);
  }

  /**
   * Tells scopes apart in cache keys: answers kept for one scope are shared by everyone with the
   * same key, and never shown to anyone with another.
   */
  get key(): string {
    return this.kind === "region" ? `region:${this.region}` : this.kind;
  }

  /** Whether a project of this region (null: a global project) is in the scope. */
  includes(regionCode: string | null): boolean {
    if (this.kind === "all") return true;
    if (this.kind === "region") return regionCode === this.region;
    return false;
  }

  /**
   * The condition that keeps the rows in scope, on the column (or raw `sql` expression, such as
   * sql`p.region_code` in a db.execute statement) holding the project's region; undefined when
   * every row is in scope, so that queries over the whole portfolio stay as they are.
   */
  where(regionColumn: SQLWrapper): SQL | undefined {
    if (this.kind === "all") return undefined;
    if (this.kind === "region") return sql`${regionColumn} = ${this.region}`;
    return sql`false`;
  }
}

export function readScope(user: Actor | null): ReadScope {
  if (!user) return ReadScope.none;
  if (user.role === "viewer" && user.region) return ReadScope.ofRegion(user.region);
  return ReadScope.all;
}
