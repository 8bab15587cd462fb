import { z } from "zod";
import { ROLES } from "./roles";

export const loginInput = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export const me = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  region: z.string().nullable(),
  csrfToken: z.string().describe("Send it back in the X-CSRF-Token header on every change"),
});
export type Me = z.infer<typeof me>;
