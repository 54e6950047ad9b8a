/** How workplace and employment types read; no other imports, as the search page's script uses them. */
import type { Employment, Workplace } from '../schemas/opening.ts';

export const WORKPLACE_LABELS: Record<Workplace, string> = {
  'on-site': 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
};

export const EMPLOYMENT_LABELS: Record<Employment, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
};
