#!/usr/bin/env node
// Runs the TypeScript CLI from source (no build step): tsx's ESM loader is registered first.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
