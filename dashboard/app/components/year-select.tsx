/**
 * A choice of academic year ("2026/27") or SWE registration year (2026). The page never reads the
 * browser's date: the hub's answer names the current period, and the choice runs from it.
 */
interface YearSelectProps<Year extends string | number> {
  readonly label: string;
  /** The period the hub answered for. */
  readonly shown: Year | null;
  readonly years: readonly Year[];
  readonly onChange: (year: Year) => void;
}

export function academicYearsAround(year: string): string[] {
  const start = Number(year.slice(0, 4));
  return [-4, -3, -2, -1, 0, 1].map((offset) => {
    const from = start + offset;
    return `${from}/${String((from + 1) % 100).padStart(2, '0')}`;
  });
}

export function registrationYearsAround(year: number): number[] {
  return [-4, -3, -2, -1, 0, 1].map((offset) => year + offset);
}

export function YearSelect<Year extends string | number>({ label, shown, years, onChange }: YearSelectProps<Year>) {
  const id = `year-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <span class="year-select">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={shown === null ? '' : String(shown)}
        disabled={shown === null}
        onChange={(event) => {
          const text = (event.target as HTMLSelectElement).value;
          const chosen = years.find((year) => String(year) === text);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {years.map((year) => (
          <option value={String(year)}>{String(year)}</option>
        ))}
      </select>
    </span>
  );
}
