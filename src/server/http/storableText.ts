/**
 * The request pipeline's guard for text the database cannot store (see domain/storableText.ts):
 * every string of the path and query parameters and of a JSON body, checked once for all routes
 * after authentication and before the route's own validation, so that a NUL or an unpaired
 * surrogate gets a 400 naming its field instead of failing in the database. Multipart fields and
 * file names are checked where an upload is read (uploads.ts).
 */
import type { FastifyInstance } from "fastify";
import { Invalid } from "../../domain/errors";
import { unstorableTextFields } from "../../domain/storableText";

export function refuseUnstorableText(app: FastifyInstance) {
  app.addHook("preValidation", async (request) => {
    const fields = [
      ...unstorableTextFields(request.params, "params"),
      ...unstorableTextFields(request.query, "query"),
      ...unstorableTextFields(request.body),
    ];
    if (fields.length > 0) throw new Invalid(fields);
  });
}
