import { z } from "zod";
import { ROLES } from "./roles";

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
    if (user.role === "reviewer" && !user.region) {
      ctx.addIssue({
        code: "custom",
        path: ["region"],
        message: "A regional reviewer needs a region",
        params: { code: "regionRequired" },
      });
    }
    if (user.region && user.role !== "reviewer" && user.role !== "viewer") {
      ctx.addIssue({
        code: "custom",
        path: ["region"],
        message: "Only reviewers and viewers have a region",
        params: { code: "regionNotAllowed" },
      });
    }
  });
export type UserInput = z.input<typeof userInput>;
