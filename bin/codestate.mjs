#!/usr/bin/env node
// Runs the built CLI (dist/cli.js). In a checkout, run `npm run build` first,
// or use `npx tsx src/cli/main.ts` without building.
import '../dist/cli.js';
