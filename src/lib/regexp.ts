/** Escapes text for use inside a regular expression, including one with the `u` flag. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A spelling as a pattern in which spaces and hyphens match either ("event-driven", "event driven"). */
export function looseSpelling(text: string): string {
  return escapeRegExp(text).replace(/(?:\s|-)+/g, '[\\s-]+');
}
