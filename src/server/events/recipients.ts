/**
 * Who is told of an event: the rule of each kind, in one place. Transitions follow the
 * life-cycle table (lifecycleFacts.partiesConcerned); report decisions and extension requests go
 * to the fund and their answers back to the project's managers; a report reminder goes to the
 * managers and, once overdue, in copy to the project's reviewers; a comment goes to the people of
 * the review conversation (the managers, the region's reviewers, and whoever already commented on
 * the project, a fund manager say). Only active accounts, never
 * the person who acted, in id order (two servers racing take their row locks in one order).
 */
import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { DomainEvent } from "../../domain/events";
import type { Party } from "../../domain/lifecycle";
import { partiesConcerned } from "../../domain/lifecycleFacts";
import type { Language } from "../../domain/profile";
import type { DbOrTx } from "../db/client";
import { reviewComments, users } from "../db/schema";

export interface EventProject {
  id: string;
  code: string;
  title: string;
  regionCode: string | null;
  pmId: string | null;
  altPmId: string | null;
}

export interface Recipient {
  id: string;
  email: string;
  name: string;
  /** The language of their e-mails (profile); null: English. */
  language: Language | null;
  /** Told in copy, as a reviewer of an overdue report, not as one of its managers. */
  copy: boolean;
}

function managerIds(project: EventProject): string[] {
  return [project.pmId, project.altPmId].filter((id): id is string => id !== null);
}

function partyCondition(party: Party, project: EventProject): SQL | undefined {
  switch (party) {
    case "managers": {
      const ids = managerIds(project);
      return ids.length > 0 ? inArray(users.id, ids) : undefined;
    }
    case "reviewers":
      // Projects with no region are reviewed by the fund (policies/workflow.ts).
      return project.regionCode === null
        ? eq(users.role, "fund_manager")
        : and(eq(users.role, "reviewer"), eq(users.regionCode, project.regionCode));
    default:
      return eq(users.role, "fund_manager");
  }
}

/** The parties an event concerns; none for events nobody is told about. */
export function partiesOf(event: DomainEvent): readonly Party[] {
  switch (event.kind) {
    case "projectTransitioned":
      return event.payload.transition === null
        ? []
        : partiesConcerned(event.payload.transition, event.payload.from);
    case "reportSubmitted":
    case "extensionRequested":
    case "revisionRequested":
      return ["fundManagers"];
    case "projectCommented":
      return ["managers", "reviewers"];
    case "reportReturned":
    case "reportAccepted":
    case "extensionApproved":
    case "extensionRefused":
    case "revisionApproved":
    case "revisionRefused":
      return ["managers"];
    case "reportReminder":
      return event.payload.step.startsWith("overdue:") ? ["managers", "reviewers"] : ["managers"];
    default:
      return [];
  }
}

export async function recipientsOf(
  db: DbOrTx,
  event: DomainEvent,
  project: EventProject,
  actorId: string | null,
): Promise<Recipient[]> {
  const conditions = partiesOf(event)
    .map((party) => partyCondition(party, project))
    .filter((c): c is SQL => c !== undefined);
  if (event.kind === "projectCommented") {
    conditions.push(
      inArray(
        users.id,
        sql`(select ${reviewComments.authorId} from ${reviewComments} where ${reviewComments.projectId} = ${project.id})`,
      ),
    );
  }
  if (conditions.length === 0) return [];
  const found = await db
    .select({ id: users.id, email: users.email, name: users.name, language: users.language })
    .from(users)
    .where(and(eq(users.active, true), or(...conditions)))
    .orderBy(asc(users.id));
  const managers = managerIds(project);
  return found
    .filter((person) => person.id !== actorId)
    .map((person) => ({ ...person, copy: !managers.includes(person.id) }));
}
