import { z } from "zod";
import { ROLES, roleAllowsRegion, roleNeedsRegion } from "./roles";

export const PASSWORD_MIN = 10;

export const userInput = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    region: z.string().trim().min(1).max(40).nullable(),
    password: z.string().min(PASSWORD_MIN).max(1024),
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
