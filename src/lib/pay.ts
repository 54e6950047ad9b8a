/** Pay ranges in words; no other imports, as the pages' small script uses it in the browser. */
import type { Opening, PayUnit } from '../schemas/opening.ts';

const UNIT_LABELS: Record<PayUnit, string> = { year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour' };

/**
 * The pay range for its currency in a locale's number format: "€85,000–€105,000 a year" in en,
 * "85.000–105.000 € a year" in de (the words stay English, as the site is).
 */
export function payLabel(pay: NonNullable<Opening['pay']>, locale = 'en'): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: pay.currency,
    // Whole amounts for a salary; cents where an hourly rate has them.
    maximumFractionDigits: Number.isInteger(pay.min) && Number.isInteger(pay.max) ? 0 : 2,
  });
  const range = pay.min === pay.max ? format.format(pay.min) : format.formatRange(pay.min, pay.max);
  return `${range} a${pay.unit === 'hour' ? 'n' : ''} ${UNIT_LABELS[pay.unit]}`;
}
