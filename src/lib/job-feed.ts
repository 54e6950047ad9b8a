import type { Opening } from '../schemas/opening.ts';
import { EMPLOYMENT_LABELS, whereLabel } from './openings.ts';
import { payLabel } from './pay.ts';

/** A job in one line for feeds: where, what contract, what it pays, until when, and the role's summary. */
export function jobFeedSummary(data: Opening, roleSummary: string): string {
  const parts = [
    whereLabel(data),
    EMPLOYMENT_LABELS[data.employment],
    data.pay ? payLabel(data.pay) : undefined,
    data.closes ? `apply by ${data.closes.toISOString().slice(0, 10)}` : undefined,
  ].filter(Boolean);
  return `${parts.join(' · ')}. ${roleSummary}`;
}
