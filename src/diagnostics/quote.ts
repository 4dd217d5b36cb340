/** At most this many characters of a user's text are quoted in a message. */
export const QUOTE_MAX = 60;

/** A user's text as a message quotes it: whole when short, else its first characters and an ellipsis. */
export function quote(text: string, max = QUOTE_MAX): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
