import { z } from "zod";
import { ROLES, roleAllowsRegion, roleNeedsRegion } from "./roles";

/** NIST SP 800-63B asks at least 8; OWASP ASVS 12 for what a person chooses (server/auth/passwordRule.ts). */
export const PASSWORD_MIN = 12;

export const userInput = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    region: z.string().trim().min(1).max(40).nullable(),
    // Length and strength are the password rule's (server/auth/passwordRule.ts), with its own messages.
    password: z.string().min(1).max(1024),
  })
  .superRefine((user, ctx) => {
    if (roleNeedsRegion(user.role) && !user.region) {
      ctx.addIssue({
        code: "custom",
        path: ["region"],
        message: "A regional reviewer needs a region",
        params: { code: "regionRequired" },
      });
    }
    if (user.region && !roleAllowsRegion(user.role)) {
      ctx.addIssue({
        code: "custom",
        path: ["region"],
        message: "Only reviewers and viewers have a region",
        params: { code: "regionNotAllowed" },
      });
    }
  });
export type UserInput = z.input<typeof userInput>;
