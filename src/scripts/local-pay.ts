/**
 * Pay ranges in the visitor's own number format: the page says "€85,000–€105,000 a year"; a
 * browser set to German shows "85.000–105.000 € a year". Without JavaScript the English stays.
 * Part of the site's one small script (src/scripts/shortcut.ts), so it costs no request of its own.
 */
import { payLabel } from '../lib/pay.ts';
import type { PayUnit } from '../schemas/opening.ts';

export function localPay(locale: string): void {
  for (const element of document.querySelectorAll<HTMLDataElement>('data.pay')) {
    const { currency, min, max, unit } = element.dataset;
    try {
      element.textContent = payLabel(
        { currency: currency!, min: Number(min), max: Number(max), unit: unit as PayUnit },
        locale,
      );
    } catch {
      // A locale or currency the browser cannot format: the English stays.
    }
  }
}
