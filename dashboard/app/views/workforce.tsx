/** Workforce: each council's agency, vacancy and turnover rates over its census years, beside its Ofsted grade. */
import { FigureChart } from '../components/chart';
import { DataTable } from '../components/data-table';
import { Section } from '../components/section';
import { NOT_RECORDED, percent, plotted, words, type Figures } from '../figures';
import { errorAt, useQuery } from '../graphql';
import type { ViewProps } from '../view';
import { WORKFORCE_QUERY } from '../queries/workforce';

/** Census years shown per council: the workforce returns each September. */
const CENSUS_YEARS = 10;

interface Snapshot extends Figures {
  censusDate: string;
  agencyRate: number | null;
  vacancyRate: number | null;
  turnoverRate: number | null;
}

interface CouncilWorkforce {
  id: string;
  name: string;
  ofstedRating: string | null;
  ofstedRatedOn: string | null;
  workforceSnapshots: { nodes: Snapshot[] };
}

interface WorkforceAnswer {
  partnership: { councils: CouncilWorkforce[] } | null;
}

const RATES = [
  { field: 'agencyRate', title: 'Agency rate' },
  { field: 'vacancyRate', title: 'Vacancy rate' },
  { field: 'turnoverRate', title: 'Turnover rate' },
] as const;

export default function Workforce({ partnership }: ViewProps) {
  const loading = useQuery<WorkforceAnswer>(WORKFORCE_QUERY, { partnershipId: partnership.id, censusYears: CENSUS_YEARS });
  if (loading.state === 'loading') return <p role="status">Loading…</p>;
  if (loading.state === 'failed') return <p class="error">{loading.message}</p>;
  const { answer } = loading;
  const councils = answer.data?.partnership?.councils ?? [];
  const censusDates = [...new Set(councils.flatMap((council) => council.workforceSnapshots.nodes.map((one) => one.censusDate)))].sort();
  const rows = councils.flatMap((council) =>
    [...council.workforceSnapshots.nodes]
      .sort((a, b) => a.censusDate.localeCompare(b.censusDate))
      .map((snapshot) => ({ council, snapshot })),
  );
  const withheld = errorAt(answer, 'partnership', 'councils');

  return (
    <>
      {RATES.map((rate) => (
        <Section title={rate.title} withheld={withheld}>
          <FigureChart
            kind="line"
            percent
            summary={`${rate.title} per council at each census date.`}
            labels={censusDates}
            series={councils.map((council) => ({
              label: council.name,
              values: censusDates.map((date) =>
                plotted(
                  council.workforceSnapshots.nodes.find((one) => one.censusDate === date),
                  rate.field,
                ),
              ),
            }))}
          />
        </Section>
      ))}
      <Section title="Rates by council and census date, with Ofsted grades" withheld={withheld}>
        <DataTable
          caption="Workforce rates per council and census date"
          exportName="workforce-rates"
          rows={rows}
          empty="No council has a workforce census recorded."
          columns={[
            { header: 'Council', value: (row) => row.council.name },
            { header: 'Ofsted grade', value: (row) => (row.council.ofstedRating ? words(row.council.ofstedRating) : NOT_RECORDED) },
            { header: 'Graded on', value: (row) => row.council.ofstedRatedOn ?? NOT_RECORDED },
            { header: 'Census date', value: (row) => row.snapshot.censusDate },
            ...RATES.map((rate) => ({
              header: rate.title,
              value: (row: { snapshot: Snapshot }) => percent(row.snapshot, rate.field),
              numeric: true,
            })),
          ]}
        />
      </Section>
    </>
  );
}
