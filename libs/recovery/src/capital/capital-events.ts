/** The live topic of one person's recovery capital: a new assessment or rating was recorded. Ids only. */
export function capitalTopic(ownerId: string): string {
  return `recovery.capital.${ownerId}`;
}
