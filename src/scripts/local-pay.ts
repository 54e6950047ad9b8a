/**
 * Pay ranges in the visitor's own number format: the page says "€85,000–€105,000 a year"; a
 * browser set to German shows "85.000–105.000 € a year". Without JavaScript the English stays.
 * Loaded by src/scripts/shortcut.ts where a page shows pay and the browser's language is not English.
 */
import { payLabel } from '../lib/pay.ts';
import type { PayUnit } from '../schemas/opening.ts';

const locale = navigator.language;
{
  for (const element of document.querySelectorAll<HTMLDataElement>('data.pay')) {
    const { currency, min, max, unit } = element.dataset;
    if (!currency || !min || !max || !unit) continue;
    try {
      element.textContent = payLabel({ currency, min: Number(min), max: Number(max), unit: unit as PayUnit }, locale);
    } catch {
      // A locale the browser cannot format in: the English stays.
    }
  }
}
