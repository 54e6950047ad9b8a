/**
 * Dates as pages show them. One formatter for every page: `toLocaleDateString` with options
 * builds a new formatter on each call, a quarter of a millisecond each, thousands of times a build.
 */
const LONG = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** "1 March 2026", in the build's time zone, as `date.toLocaleDateString('en-GB', { dateStyle: 'long' })`. */
export const longDate = (date: Date): string => LONG.format(date);
