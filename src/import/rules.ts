/**
 * The import's reading rules, kept as data: the words a job title or a location line uses for
 * the kind of contract and the workplace, and the words a title may leave out. All are matched
 * case-insensitively, as whole words.
 */
import type { Employment, Workplace } from '../schemas/opening.ts';

/** Words in a title's qualifier ("(Contract)", "– Part-time") or a board's field that name the contract. */
export const EMPLOYMENT_WORDS: Record<Employment, string[]> = {
  'full-time': ['full-time', 'full time', 'fulltime', 'permanent', 'regular'],
  'part-time': ['part-time', 'part time', 'parttime'],
  contract: ['contract', 'contractor', 'freelance', 'freelancer', 'contract-to-hire', 'contract to hire'],
  temporary: ['temporary', 'temp', 'fixed-term', 'fixed term', 'interim', 'seasonal'],
  internship: ['internship', 'intern', 'working student', 'werkstudent', 'trainee'],
};

/** Words that may stand beside a contract word in a qualifier: "6-month contract", "contract role". */
export const EMPLOYMENT_FILLERS =
  /^(?:\d+|\d+-?(?:month|week|year)s?|months?|weeks?|years?|only|role|position|basis|m|mo|w|y)$/i;

/** Words in a location line or a title that say where the work is done. */
export const WORKPLACE_WORDS: Record<Workplace, string[]> = {
  remote: ['remote', 'remote-first', 'fully remote', 'work from home', 'wfh', 'anywhere'],
  hybrid: ['hybrid'],
  'on-site': ['on-site', 'onsite', 'on site', 'in-office', 'in office', 'office-based', 'office based'],
};

/**
 * Words a title may add or leave out without naming another role: a "Staff Backend Engineer"
 * is a "Staff Software Engineer (Backend)".
 */
export const TITLE_FILLERS = ['software'];

/**
 * Countries whose addresses write the state as a code after the city ("Austin, TX",
 * "Toronto, ON", "Sydney, NSW"); elsewhere two letters after a city are read as a country.
 */
export const STATE_CODE_COUNTRIES = ['US', 'CA', 'AU'];
