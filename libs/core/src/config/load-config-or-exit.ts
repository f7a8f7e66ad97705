import { AppConfig, ConfigurationError } from './app-config';

/**
 * For process entry points: a bad environment stops the process with exactly one line on
 * stderr naming the variable and what is expected, and a non-zero exit code.
 */
export function loadConfigOrExit(): AppConfig {
  try {
    return AppConfig.fromEnvironment();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
