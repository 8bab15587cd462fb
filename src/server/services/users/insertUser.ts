/** Inserts a validated person with an already hashed password; the e-mail must be new. */
import { eq } from "drizzle-orm";
import type { FieldError } from "../../../domain/errors";
import type { Role } from "../../../domain/roles";
import { userInput } from "../../../domain/user";
import { fieldErrorsFromZod } from "../../../domain/validation";
import { passwordProblems } from "../../auth/passwordRule";
import type { DbOrTx } from "../../db/client";
import { regions, users } from "../../db/schema";

/** Loosely typed on purpose: it comes from the command line or an API body and is parsed here. */
export interface NewUser {
  email: string;
  name: string;
  role: string;
  region: string | null;
  password: string;
}

export async function insertUser(
  db: DbOrTx,
  input: NewUser,
  passwordHash: string,
): Promise<
  | { ok: true; user: { id: string; email: string; role: Role; region: string | null } }
  | { ok: false; errors: FieldError[] }
> {
  const parsed = userInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromZod(parsed.error) };
  const data = parsed.data;
  const errors: FieldError[] = await passwordProblems(data.password, data);
  if (data.region) {
    const [region] = await db.select().from(regions).where(eq(regions.code, data.region));
    if (!region)
      errors.push({ field: "region", code: "unknownCode", message: `Unknown region: ${data.region}` });
  }
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, data.email));
  if (existing)
    errors.push({ field: "email", code: "emailTaken", message: "A user with this e-mail already exists" });
  if (errors.length > 0) return { ok: false, errors };
  const [user] = await db
    .insert(users)
    .values({ email: data.email, name: data.name, role: data.role, regionCode: data.region, passwordHash })
    .returning({ id: users.id, email: users.email, role: users.role, region: users.regionCode });
  if (!user) throw new Error("insert returned no row");
  return { ok: true, user };
}
