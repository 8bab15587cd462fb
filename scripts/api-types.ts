/** npm run api:types: writes the web app's API types from the server's OpenAPI document. */
import { writeFile } from "node:fs/promises";
import { API_TYPES_FILE, generateApiTypes } from "../src/server/apiTypes";

await writeFile(API_TYPES_FILE, await generateApiTypes());
console.log(`wrote ${API_TYPES_FILE}`);
