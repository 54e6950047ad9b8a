/**
 * Filter values in search URLs: the site's own slugs (?family=backend&level=mid, as in
 * /roles/family/backend/), while URLs written with the labels the index uses (?family=Backend+engineering,
 * ?level=Mid-level) keep working. Pure, for the search page's script and the tests.
 */

/** One value a filter can take: as the index has it, and its slug. */
export interface FilterOption {
  value: string;
  slug: string;
}

/** The index's value for a URL parameter given as a slug or as the value itself, in any letter case. */
export function fromParam(param: string, options: readonly FilterOption[]): string | undefined {
  const wanted = param.trim().toLowerCase();
  return options.find((o) => o.slug === wanted)?.value ?? options.find((o) => o.value.toLowerCase() === wanted)?.value;
}

/** The URL parameter for a value: its slug, or the value itself if it has none. */
export function toParam(value: string, options: readonly FilterOption[]): string {
  return options.find((o) => o.value === value)?.slug || value;
}
