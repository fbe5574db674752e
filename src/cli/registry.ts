/**
 * The CLI's commands. A domain adds a command by writing `commands/<name>.ts` (a {@link Command}) and
 * one line here.
 * @module
 */
import type { Command } from './command.js';
import { checkCommand } from './commands/check.js';
import { forecastCommand } from './commands/forecast.js';
import { grantsCommand } from './commands/grants.js';
import { programmeCommand } from './commands/programme.js';
import { stipendCommand } from './commands/stipend.js';

/** Every command, in the order `--help` lists them. @internal */
export const commands: readonly Command[] = [checkCommand, forecastCommand, stipendCommand, grantsCommand, programmeCommand];
