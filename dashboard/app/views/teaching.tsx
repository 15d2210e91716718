/**
 * Teaching and practice: sessions per month by kind with the share co-delivered by practitioners;
 * each council's practitioner teaching hours and lecturers' days in its practice; masterclasses
 * held against those promised, and the rest of the teaching agreement.
 */
import { useState } from 'preact/hooks';
import { AgreementTable, type AgreementRow } from '../components/agreement-table';
import { FigureChart } from '../components/chart';
import { DataTable } from '../components/data-table';
import { Section } from '../components/section';
import { academicYearsAround, YearSelect } from '../components/year-select';
import { count, percent, plotted, words, type Figures } from '../figures';
import { errorAt, useQuery } from '../graphql';
import type { Organisation, ViewProps } from '../view';
import { TEACHING_QUERY } from '../queries/teaching';

interface KindFigures extends Figures {
  kind: string;
  sessions: number | null;
}

interface MonthFigures extends Figures {
  month: string;
  sessions: number | null;
  coDeliveredShare: number | null;
  byKind: KindFigures[];
}

interface CouncilFigures {
  council: Organisation | null;
  practitionerTeaching: Figures & { practitioners: number | null; hours: number | null };
  shadowing: Figures & { lecturerDaysInPractice: number | null };
}

interface TeachingAnswer {
  partnership: {
    teaching: { academicYear: string; byMonth: MonthFigures[]; byCouncil: CouncilFigures[] } | null;
    teachingAgreement: { progress: AgreementRow[] } | null;
  } | null;
}

function monthName(month: string): string {
  return new Date(`${month}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export default function Teaching({ partnership }: ViewProps) {
  const [academicYear, setAcademicYear] = useState<string | null>(null);
  const loading = useQuery<TeachingAnswer>(TEACHING_QUERY, { partnershipId: partnership.id, academicYear });
  if (loading.state === 'loading') return <p role="status">Loading…</p>;
  if (loading.state === 'failed') return <p class="error">{loading.message}</p>;
  const { answer } = loading;
  const teaching = answer.data?.partnership?.teaching;
  const agreement = answer.data?.partnership?.teachingAgreement;
  const shownYear = teaching?.academicYear ?? academicYear;
  const kinds = teaching?.byMonth[0]?.byKind.map((one) => one.kind) ?? [];
  const masterclasses = agreement?.progress.filter((row) => row.measure === 'MASTERCLASSES') ?? [];
  const yearFile = (name: string) => `${name}-${(shownYear ?? '').replace('/', '-')}`;

  return (
    <>
      <div class="controls no-print">
        {shownYear && (
          <YearSelect label="Academic year" shown={shownYear} years={academicYearsAround(shownYear)} onChange={setAcademicYear} />
        )}
      </div>
      <Section title={`Sessions per month, ${shownYear ?? ''}`} withheld={errorAt(answer, 'partnership', 'teaching')}>
        {teaching && (
          <>
            <FigureChart
              kind="bar"
              stacked
              summary={`Teaching sessions per month in ${teaching.academicYear}, stacked by kind.`}
              labels={teaching.byMonth.map((row) => monthName(row.month))}
              series={kinds.map((kind) => ({
                label: words(kind),
                values: teaching.byMonth.map((row) =>
                  plotted(
                    row.byKind.find((one) => one.kind === kind),
                    'sessions',
                  ),
                ),
              }))}
            />
            <DataTable
              caption="Sessions per month by kind, and the share co-delivered by practitioners"
              exportName={yearFile('teaching-sessions-by-month')}
              rows={teaching.byMonth}
              columns={[
                { header: 'Month', value: (row) => row.month },
                ...kinds.map((kind) => ({
                  header: words(kind),
                  value: (row: MonthFigures) =>
                    count(
                      row.byKind.find((one) => one.kind === kind),
                      'sessions',
                    ),
                  numeric: true,
                })),
                { header: 'All sessions', value: (row) => count(row, 'sessions'), numeric: true },
                { header: 'Co-delivered', value: (row) => percent(row, 'coDeliveredShare'), numeric: true },
              ]}
            />
          </>
        )}
      </Section>
      <Section title="Practitioners teaching, lecturers in practice" withheld={errorAt(answer, 'partnership', 'teaching')}>
        {teaching && (
          <>
            <FigureChart
              kind="bar"
              summary={`Per council in ${teaching.academicYear}: practitioners' teaching hours and lecturers' days in practice.`}
              labels={teaching.byCouncil.map((row) => row.council?.name ?? '')}
              series={[
                {
                  label: 'Practitioner teaching hours',
                  values: teaching.byCouncil.map((row) => plotted(row.practitionerTeaching, 'hours')),
                },
                {
                  label: 'Lecturer days in practice',
                  values: teaching.byCouncil.map((row) => plotted(row.shadowing, 'lecturerDaysInPractice')),
                },
              ]}
            />
            <DataTable
              caption="Per council: practitioners' teaching and lecturers' days in practice"
              exportName={yearFile('teaching-by-council')}
              rows={teaching.byCouncil}
              columns={[
                { header: 'Council', value: (row) => row.council?.name ?? '' },
                { header: 'Practitioners teaching', value: (row) => count(row.practitionerTeaching, 'practitioners'), numeric: true },
                { header: 'Practitioner teaching hours', value: (row) => count(row.practitionerTeaching, 'hours'), numeric: true },
                { header: 'Lecturer days in practice', value: (row) => count(row.shadowing, 'lecturerDaysInPractice'), numeric: true },
              ]}
            />
          </>
        )}
      </Section>
      <Section title="Teaching agreement" withheld={errorAt(answer, 'partnership', 'teachingAgreement')}>
        {agreement && (
          <>
            <AgreementTable
              caption="Masterclasses held against those promised"
              rows={masterclasses}
              exportName={yearFile('masterclasses')}
            />
            <AgreementTable caption="Every teaching promise" rows={agreement.progress} exportName={yearFile('teaching-agreement')} />
          </>
        )}
      </Section>
    </>
  );
}
