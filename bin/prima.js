#!/usr/bin/env node
// The `prima` command. TypeScript runs through tsx, so there is no separate server build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
