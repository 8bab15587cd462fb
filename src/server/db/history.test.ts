import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

describe.each(databaseKinds())("append-only history on %s", (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    await createProjectAs(test, pm);
  });
  afterAll(() => test.close());

  it.each([
    ["update audit_events set action = 'forged'"],
    ["delete from audit_events"],
    ["truncate audit_events"],
    ["update project_transitions set comment = 'forged'"],
    ["delete from project_transitions"],
    ["truncate project_transitions"],
    ["update domain_events set kind = 'forged'"],
    ["delete from domain_events"],
  ])("refuses: %s", async (statement) => {
    // Drizzle wraps the database error; the cause is PostgreSQL's own message.
    await expect(test.database.db.execute(sql.raw(statement))).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
  });
});
