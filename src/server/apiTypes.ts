/**
 * The web app's API types, generated from the OpenAPI document: a server change that breaks what
 * the web app sends or reads then fails `tsc`, and a stale file fails `test/apiTypes.test.ts`.
 */
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { describeApi } from "./describeApi";

export const API_TYPES_FILE = "src/web/api/schema.gen.ts";

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run api:types\`; do not edit.
 * test/apiTypes.test.ts fails when the server's schemas and this file part.
 */
`;

export async function generateApiTypes(): Promise<string> {
  const document = (await describeApi()) as unknown as OpenAPI3;
  return HEADER + astToString(await openapiTS(document, { alphabetize: true }));
}
