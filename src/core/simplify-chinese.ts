// Placeholder until the traditional→simplified table lands: identity keeps offsets valid.
export function toSimplified(text: string): string {
  return text;
}
