/** Personal API tokens: how other systems call PRIMA with a person's own rights. */
import { z } from "zod";

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
/** The lifetimes offered; null: until revoked. */
export const TOKEN_DAYS = [30, 90, 365] as const;

export const tokenInput = z.object({
  name: z.string().trim().min(1).max(100).describe("What the token is for, e.g. 'Finance system'"),
  scope: z.enum(TOKEN_SCOPES),
  days: z
    .number()
    .int()
    .min(1)
    .max(366)
    .nullable()
    .describe("Days until it stops working; null: until revoked"),
});
export type TokenInput = z.infer<typeof tokenInput>;

export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: z.enum(TOKEN_SCOPES),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The owner, for administrators' list of every token. */
  owner: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
});
export type ApiToken = z.infer<typeof apiToken>;

/** The answer to creating a token: the only time the token itself is shown. */
export const createdToken = apiToken.extend({ token: z.string() });
