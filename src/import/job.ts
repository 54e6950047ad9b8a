/**
 * One job as every board's export is read into: what the board says, before it becomes an
 * opening. Each system's reader (systems.ts) fills it; opening.ts turns it into a page.
 */
import type { Employment, PayUnit, Workplace } from '../schemas/opening.ts';
import type { Place, PlaceText } from './places.ts';

export type System = 'greenhouse' | 'lever' | 'ashby';

export const SYSTEM_NAMES: Record<System, string> = { greenhouse: 'Greenhouse', lever: 'Lever', ashby: 'Ashby' };

export interface Pay {
  currency: string;
  min: number;
  max: number;
  unit: PayUnit;
}

export interface ImportedJob {
  system: System;
  /** The board's own id for the job. */
  id: string;
  title: string;
  /** The team (or department) the board files the job under. */
  team?: string;
  /** Location lines as the board writes them, read. */
  places: PlaceText[];
  /** Places the board gives as structured addresses. */
  addresses: Place[];
  /** What the board's own field says of the workplace. */
  workplace?: Workplace;
  /** The board's "remote" flag, where it has one instead of a workplace field. */
  remote?: boolean;
  employment?: Employment;
  pay?: Pay;
  opens?: Date;
  apply?: string;
  /** The description, as HTML (untrusted). */
  html: string;
  /** Whether the board lists the job publicly (Ashby's isListed). */
  listed: boolean;
  /** What the reader could not use, for the report. */
  warnings: string[];
}

/** A pay period as the boards write it ("per-year-salary", "1 YEAR", "Hourly") as a unit of ours. */
export function payUnit(text: string): PayUnit | undefined {
  const lower = text.toLowerCase();
  if (/^(?:1\s+)?(?:year|yr)|annual|per-year|yearly/.test(lower)) return 'year';
  if (/^(?:1\s+)?month|per-month|monthly/.test(lower)) return 'month';
  if (/^(?:1\s+)?week|per-week|weekly/.test(lower)) return 'week';
  if (/^(?:1\s+)?day|per-day|daily/.test(lower)) return 'day';
  if (/^(?:1\s+)?hour|per-hour|hourly/.test(lower)) return 'hour';
  return undefined;
}

/**
 * Several ranges for one job (Greenhouse's and Ashby's pay zones) as one: the span from the
 * lowest minimum to the highest maximum of those in the first range's currency and period.
 */
export function spanOf(ranges: Pay[], warnings: string[]): Pay | undefined {
  const [first] = ranges;
  if (!first) return undefined;
  const same = ranges.filter((r) => r.currency === first.currency && r.unit === first.unit);
  if (same.length < ranges.length)
    warnings.push(
      `the board gives pay ranges in more than one currency or period; only those in ${first.currency} a ${first.unit} are used`,
    );
  if (same.length > 1)
    warnings.push(
      `the board gives ${same.length} pay ranges (pay zones); the opening shows the span from the lowest to the highest`,
    );
  return {
    currency: first.currency,
    unit: first.unit,
    min: Math.min(...same.map((r) => r.min)),
    max: Math.max(...same.map((r) => r.max)),
  };
}

/** The UTC day a timestamp falls on, or for an ISO text its own calendar day ("2026-11-02T09:00-05:00" → 2026-11-02). */
export function dayOf(value: string | number | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : new Date(date.toISOString().slice(0, 10));
  }
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (!day) return undefined;
  const date = new Date(day[1]!);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
