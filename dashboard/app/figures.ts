/**
 * How a figure reads on the page and in exports. The hub withholds small counts (1 to 4 people or
 * events) and any figure from which one could be worked out: such a field is null and named in its
 * object's `suppressed` list. The page says so, and never shows it as 0 or leaves it blank.
 */
export const WITHHELD = 'withheld';
export const WITHHELD_EXPLAINED =
  'Withheld: a count of 1 to 4 people or events, or a figure from which one could be worked out. Zero is shown as 0.';
export const NOT_RECORDED = '–';

export interface Figures {
  readonly suppressed?: readonly string[];
}

export type Shown = string | number;

function figure<Holder extends Figures>(holder: Holder | null | undefined, field: keyof Holder & string): number | typeof WITHHELD | null {
  if (!holder) return null;
  const value = holder[field];
  if (typeof value === 'number') return value;
  return holder.suppressed?.includes(field) ? WITHHELD : null;
}

/** A count or amount as it is (a number, so exports keep it numeric). */
export function count<Holder extends Figures>(holder: Holder | null | undefined, field: keyof Holder & string): Shown {
  return figure(holder, field) ?? NOT_RECORDED;
}

/** An amount to one decimal place at most (expected-by-now figures are pro rata). */
export function rounded<Holder extends Figures>(holder: Holder | null | undefined, field: keyof Holder & string): Shown {
  const value = figure(holder, field);
  if (value === null) return NOT_RECORDED;
  return typeof value === 'number' ? Math.round(value * 10) / 10 : value;
}

/** A share or rate from 0 to 1, as a percentage to one decimal place. */
export function percent<Holder extends Figures>(holder: Holder | null | undefined, field: keyof Holder & string): Shown {
  const value = figure(holder, field);
  if (value === null) return NOT_RECORDED;
  return typeof value === 'number' ? `${(value * 100).toFixed(1)}%` : value;
}

/** The number to draw in a chart: a withheld or missing figure is a gap, never a zero bar. */
export function plotted<Holder extends Figures>(holder: Holder | null | undefined, field: keyof Holder & string): number | null {
  const value = figure(holder, field);
  return typeof value === 'number' ? value : null;
}

export function words(constant: string): string {
  const spaced = constant.toLowerCase().replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
