// Entry point of the `atlas` command.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
