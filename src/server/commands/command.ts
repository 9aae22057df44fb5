import { type Config, ConfigError, loadConfig } from '../config.js';

/** The validated configuration of a command; an invalid environment ends it with the message. */
export function loadCommandConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
