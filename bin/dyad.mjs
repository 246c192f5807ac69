#!/usr/bin/env node
// The dyad command. Loads TypeScript through tsx, then hands over to the CLI; only this file exits.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
