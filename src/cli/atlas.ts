#!/usr/bin/env node
// Entry point of the `atlas` command.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
