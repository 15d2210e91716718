/**
 * Small-count suppression for aggregate figures: a count of people or events from 1 to 4 is
 * withheld (null, and named in the object's `suppressed` list), so no small group can be singled
 * out. Zero is shown: it singles out no one. Applied where a resolver hands figures to GraphQL,
 * never to stored data; callers decide who sees exact figures (the organisation's own admins).
 *
 * Build one `FigureSheet` per response object: add every figures object in it, and the sums that
 * tie objects together (a partnership total and its councils), then read each object back with
 * `shown`. Three rules run until nothing changes:
 * - primary: a count above 0 and below 5 is withheld (FTE counts people too, so 2.5 FTE is);
 * - derived: a rate, share or hours figure is withheld with any count it is computed from;
 * - secondary: a sum with exactly one withheld member would give that member away by
 *   subtraction, so its total is withheld too; if the total is the one withheld, its smallest
 *   non-zero part is. Totals go first so that a council's row reads the same in a partnership
 *   table as on its own.
 */
import { Field } from 'type-graphql';

/** Counts below this, and above zero, are withheld. */
export const SMALL_COUNT_LIMIT = 5;

export function isSmallCount(value: number): boolean {
  return value > 0 && value < SMALL_COUNT_LIMIT;
}

/** The numeric fields of a figures object. */
export type FigureField<F> = { [K in keyof F]-?: F[K] extends number | null ? K : never }[keyof F] & string;

export interface FigureRules<F, K extends FigureField<F> = FigureField<F>> {
  /** Counts of people or events: withheld from 1 to 4. */
  readonly counts: readonly K[];
  /** Figures computed from counts (rates, shares, hours), each withheld with any of the counts it comes from. */
  readonly derived?: { readonly [P in K]?: readonly K[] };
  /** Fields that add up within the object: the first is the sum of the others. */
  readonly sums?: readonly (readonly K[])[];
}

/** A figures object as shown: the fields `K` the rules cover may be null, and `suppressed` names those that are. */
export type Shown<F, K extends keyof F = FigureField<F>> = { [P in keyof F]: P extends K ? F[P] | null : F[P] } & {
  suppressed: string[];
};

export const SUPPRESSED_DESCRIPTION =
  'Fields of this object withheld because they count, or would give away, 1 to 4 people or events; those fields are null. Empty for the organisation’s own admins.';

/** The `suppressed` field of every figures object: `@SuppressedFields() suppressed: string[];`. */
export function SuppressedFields(): PropertyDecorator {
  return Field(() => [String], { description: SUPPRESSED_DESCRIPTION });
}

export class FigureSheet {
  private readonly values = new Map<string, number | null>();
  private readonly counts = new Set<string>();
  private readonly sources = new Map<string, string[]>();
  private readonly sums: string[][] = [];
  private withheldCells: ReadonlySet<string> | null = null;

  /** `exact`: the viewer administers the organisation the figures describe, so nothing is withheld. */
  constructor(private readonly exact: boolean) {}

  /** Adds one figures object under a key unique in this sheet, with its own rules. */
  add<F, K extends FigureField<F>>(key: string, figures: F, rules: FigureRules<F, K>): this {
    const cell = (field: string) => `${key}.${field}`;
    const value = (field: string) => (figures as Record<string, number | null>)[field];
    for (const field of rules.counts as readonly string[]) {
      this.values.set(cell(field), value(field));
      this.counts.add(cell(field));
    }
    for (const [field, from] of Object.entries(rules.derived ?? {}) as [string, string[]][]) {
      this.values.set(cell(field), value(field));
      this.sources.set(cell(field), from.map(cell));
    }
    for (const sum of rules.sums ?? []) this.sums.push(sum.map(cell));
    this.withheldCells = null;
    return this;
  }

  /** Ties figures in different objects together: `total` (a `key.field` cell) is the sum of `parts`. */
  addSum(total: string, parts: readonly string[]): this {
    const present = parts.filter((part) => this.values.has(part));
    if (this.values.has(total) && present.length > 0) this.sums.push([total, ...present]);
    this.withheldCells = null;
    return this;
  }

  /** The object added under `key`, with withheld figures set to null and named in `suppressed`. */
  shown<F, K extends keyof F = FigureField<F>>(key: string, figures: F): Shown<F, K> {
    const withheld = this.withheld();
    const shown: Record<string, unknown> = { ...figures, suppressed: [] };
    for (const field of Object.keys(shown)) {
      if (withheld.has(`${key}.${field}`)) {
        shown[field] = null;
        (shown.suppressed as string[]).push(field);
      }
    }
    return shown as Shown<F, K>;
  }

  private withheld(): ReadonlySet<string> {
    this.withheldCells ??= this.exact ? new Set() : this.resolve();
    return this.withheldCells;
  }

  private resolve(): ReadonlySet<string> {
    const withheld = new Set([...this.counts].filter((cell) => isSmallCount(this.values.get(cell) ?? 0)));
    let changed = true;
    while (changed) {
      changed = false;
      for (const [cell, from] of this.sources) {
        if (!withheld.has(cell) && from.some((source) => withheld.has(source))) {
          withheld.add(cell);
          changed = true;
        }
      }
      for (const [total, ...parts] of this.sums) {
        const members = [total, ...parts];
        if (members.filter((member) => withheld.has(member)).length !== 1) continue;
        withheld.add(withheld.has(total) ? this.smallestPart(parts) : total);
        changed = true;
      }
    }
    return withheld;
  }

  /** The part to withhold beside a withheld total: the smallest non-zero one, so the least is lost. */
  private smallestPart(parts: readonly string[]): string {
    const value = (cell: string) => this.values.get(cell) ?? 0;
    const byValue = [...parts].sort((a, b) => value(a) - value(b));
    return byValue.find((cell) => value(cell) > 0) ?? byValue[0];
  }
}

/** One figures object on its own. */
export function withholdSmallCounts<F, K extends FigureField<F>>(figures: F, rules: FigureRules<F, K>, exact: boolean): Shown<F, K> {
  return new FigureSheet(exact).add('figures', figures, rules).shown<F, K>('figures', figures);
}

/**
 * A total and the rows it adds up, e.g. a partnership and its councils, each with the same rules:
 * `additive` names the fields whose total is the sum of the rows'.
 */
export function withholdSmallCountsInTable<F, K extends FigureField<F>>(
  total: F,
  rows: readonly F[],
  rules: FigureRules<F, K>,
  additive: readonly K[],
  exact: boolean,
): { total: Shown<F, K>; rows: Shown<F, K>[] } {
  const sheet = new FigureSheet(exact).add('total', total, rules);
  rows.forEach((row, index) => sheet.add(`row${index}`, row, rules));
  for (const field of additive) {
    sheet.addSum(
      `total.${field}`,
      rows.map((_, index) => `row${index}.${field}`),
    );
  }
  return {
    total: sheet.shown<F, K>('total', total),
    rows: rows.map((row, index) => sheet.shown<F, K>(`row${index}`, row)),
  };
}
