/** How the global setup tells test workers (other processes) where the stack of this run is. */
export const STACK_VARIABLES = {
  baseUrl: 'BROWSER_BASE_URL',
  inboxUrl: 'BROWSER_INBOX_URL',
  webAppDir: 'BROWSER_WEB_APP_DIR',
  /** The api's environment (JSON), for set-up the API offers no one: appointing an administrator, ageing accounts. */
  runEnv: 'BROWSER_RUN_ENV',
} as const;

export function stackValue(name: keyof typeof STACK_VARIABLES): string {
  const value = process.env[STACK_VARIABLES[name]];
  if (!value) throw new Error(`${STACK_VARIABLES[name]} is not set: run browser tests with \`npm run test:browser\``);
  return value;
}
