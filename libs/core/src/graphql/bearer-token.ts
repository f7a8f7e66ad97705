/** The token of an `Authorization: Bearer …` value, or null for anything else. */
export function bearerFrom(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1] ?? null;
}

/** The bearer token a graphql-ws client sends in its connection_init payload. */
export function bearerFromConnectionParams(connectionParams: Readonly<Record<string, unknown>>): string | null {
  return bearerFrom(connectionParams['authorization'] ?? connectionParams['Authorization']);
}
