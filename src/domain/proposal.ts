/** The proposal document's query: the language it is written in. */
import { z } from "zod";
import { LANGUAGES } from "./profile";

export const proposalQuery = z.object({
  lang: z
    .enum(LANGUAGES)
    .optional()
    .describe(
      "The document's language; without it, your preferred language, else Accept-Language, else English",
    ),
});

export const PROPOSAL_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
