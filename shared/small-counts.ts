/**
 * Small-count suppression for aggregate figures: a count of people or events from 1 to 4 is
 * withheld (null, and named in the object's `suppressed` list), so no small group can be singled
 * out. Zero is shown: it singles out no one. Applied where a resolver hands figures to GraphQL,
 * never to stored data; callers decide who sees exact figures (the organisation's own admins),
 * and which figures in a table the viewer reads exactly elsewhere (their own council's row).
 *
 * Build one `FigureSheet` per response object: add every figures object in it, the sums that tie
 * objects together (a partnership total and its councils) and the parts shown beside a whole in
 * another object, then read each object back with `shown`. The rules:
 * - primary: a count above 0 and below 5 is withheld (FTE counts people too, so 2.5 FTE is);
 * - complement: a part shown beside its whole (compliant of practitioners) is withheld when the
 *   whole less the part is from 1 to 4, since that difference counts people or events too (the
 *   whole is, when the viewer knows the part);
 * - derived: a rate, share or hours figure is withheld with any count it is computed from;
 * - secondary: a sum must not give a withheld member away by subtraction, so no sum may have
 *   exactly one withheld member, nor, beside a shown total, withheld counts adding up to 1 to 4.
 *   Its total is withheld too; if the total is withheld already or known, its smallest non-zero
 *   part that is not. Totals go first so a council's row reads the same in a partnership table as
 *   on its own.
 * Figures the viewer knows are shown as they are and never withheld, so the rules above treat them
 * as shown: that is the viewer's point of view. Derived and secondary run until nothing changes.
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
  /** Parts shown beside their whole where the rest of the whole is no field of its own (a sum covers that case). */
  readonly complements?: readonly Complement<K>[];
}

/** `part` counts some of the people or events that the fields of `whole` add up to. */
export interface Complement<K extends string = string> {
  readonly whole: readonly K[];
  readonly part: K;
}

/** Who reads a figures object or table: `exact` for the admins of what it describes, who see every figure. */
export interface FigureViewer {
  readonly exact: boolean;
  /** For a table, whether the viewer already sees row `index` exactly elsewhere (their own council's figures). */
  readonly knowsRow?: (index: number) => boolean;
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
  private readonly known = new Set<string>();
  private readonly sources = new Map<string, string[]>();
  private readonly sums: string[][] = [];
  private readonly complements: Complement[] = [];
  private withheldCells: ReadonlySet<string> | null = null;

  /** `exact`: the viewer administers the organisation the figures describe, so nothing is withheld. */
  constructor(private readonly exact: boolean) {}

  /**
   * Adds one figures object under a key unique in this sheet, with its own rules. `known`: the
   * viewer reads these very figures exactly elsewhere (as admin of the organisation they describe),
   * so here too they are shown as they are, and the other figures are withheld with that in mind.
   */
  add<F, K extends FigureField<F>>(key: string, figures: F, rules: FigureRules<F, K>, { known = false } = {}): this {
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
    if (known) for (const field of [...rules.counts, ...Object.keys(rules.derived ?? {})] as string[]) this.known.add(cell(field));
    for (const sum of rules.sums ?? []) this.sums.push(sum.map(cell));
    for (const { whole, part } of rules.complements ?? []) this.addComplement(whole.map(cell), cell(part));
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

  /** A part in one object of a whole in another (`key.field` cells): the whole is the sum of the `whole` cells. */
  addComplement(whole: readonly string[], part: string): this {
    if ([...whole, part].every((cell) => this.counts.has(cell))) this.complements.push({ whole, part });
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
    const unknown = (cell: string) => !this.known.has(cell);
    const withheld = new Set([...this.counts].filter((cell) => unknown(cell) && isSmallCount(this.value(cell))));
    for (const { whole, part } of this.complements) {
      // The part goes, unless the viewer knows it (their own council's row): then the whole.
      const cell = [part, ...whole].find(unknown);
      if (cell && isSmallCount(this.total(whole) - this.value(part))) withheld.add(cell);
    }
    let changed = true;
    while (changed) {
      changed = false;
      for (const [cell, from] of this.sources) {
        if (unknown(cell) && !withheld.has(cell) && from.some((source) => withheld.has(source))) {
          withheld.add(cell);
          changed = true;
        }
      }
      for (const sum of this.sums) {
        const next = this.givesAway(sum, withheld) ? this.nextToWithhold(sum, withheld) : null;
        if (next) {
          withheld.add(next);
          changed = true;
        }
      }
    }
    return withheld;
  }

  /** Whether the viewer could work out one withheld member of the sum, or a small group of them, from the others. */
  private givesAway([total, ...parts]: readonly string[], withheld: ReadonlySet<string>): boolean {
    const members = [total, ...parts];
    if (members.filter((cell) => withheld.has(cell)).length === 1) return true;
    const countsPeople = members.every((cell) => this.counts.has(cell));
    return countsPeople && !withheld.has(total) && isSmallCount(this.total(parts.filter((cell) => withheld.has(cell))));
  }

  /**
   * The next cell to withhold from a sum that gives something away: its total, or if the viewer
   * has that already, its smallest non-zero part they lack, so the least is lost. Null when the
   * viewer has every member but the withheld ones, so nothing more would help.
   */
  private nextToWithhold([total, ...parts]: readonly string[], withheld: ReadonlySet<string>): string | null {
    const open = (cell: string) => !withheld.has(cell) && !this.known.has(cell);
    if (open(total)) return total;
    const byValue = parts.filter(open).sort((a, b) => this.value(a) - this.value(b));
    return byValue.find((cell) => this.value(cell) > 0) ?? byValue[0] ?? null;
  }

  private value(cell: string): number {
    return this.values.get(cell) ?? 0;
  }

  private total(cells: readonly string[]): number {
    return cells.reduce((sum, cell) => sum + this.value(cell), 0);
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
  viewer: FigureViewer,
): { total: Shown<F, K>; rows: Shown<F, K>[] } {
  const sheet = new FigureSheet(viewer.exact).add('total', total, rules);
  rows.forEach((row, index) => sheet.add(`row${index}`, row, rules, { known: viewer.knowsRow?.(index) ?? false }));
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
