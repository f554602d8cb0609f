// Calendar arithmetic on ISO dates (YYYY-MM-DD) that the time rules of both languages share.

/** The date `days` after (or before, when negative) an ISO date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
