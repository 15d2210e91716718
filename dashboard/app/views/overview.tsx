/**
 * Placements: each council's statutory places for the year, committed against offered against
 * allocated; students' progress toward their 200 practice days; placements to follow up (at risk,
 * QAPL reviews outstanding); the placement agreement's targets against what happened.
 */
import { useState } from 'preact/hooks';
import { AgreementTable, type AgreementRow } from '../components/agreement-table';
import { FigureChart } from '../components/chart';
import { DataTable } from '../components/data-table';
import { Section } from '../components/section';
import { academicYearsAround, YearSelect } from '../components/year-select';
import { count, plotted, words, type Figures } from '../figures';
import { allNodes, errorAt, useQuery, type Connection } from '../graphql';
import type { Organisation, ViewProps } from '../view';
import { ALL_FOLLOW_UPS_QUERY, ALL_STUDENT_DAYS_QUERY, OVERVIEW_QUERY } from '../queries/overview';

interface Supply extends Figures {
  council: Organisation | null;
  committedStatutoryPlaces: number;
  offeredStatutoryPlaces: number;
  allocatedStatutoryPlaces: number | null;
  shortfall: number;
}

interface StudentDays {
  student: { id: string } | null;
  practiceDays: { totalDays: number; requiredDays: number; daysToGo: number; breaches: { code: string }[] };
}

interface FollowUp {
  id: string;
  concern: string;
  since: string;
  level: string;
  setting: string;
  status: string;
  council: { name: string } | null;
}

type Paged<Node> = Connection<Node> & { totalCount: number };

interface OverviewAnswer {
  partnership: {
    placementSupply: { academicYear: string; byCouncil: Supply[]; total: Supply } | null;
    placementAgreement: { progress: AgreementRow[] } | null;
    studentPracticeDays: Paged<StudentDays> | null;
    placementsToFollowUp: Paged<FollowUp> | null;
  } | null;
}

/** Bands of practice days toward the 200 a qualifying student needs. */
export const PRACTICE_DAY_BANDS = [
  { label: '0–49 days', below: 50 },
  { label: '50–99 days', below: 100 },
  { label: '100–149 days', below: 150 },
  { label: '150–199 days', below: 200 },
  { label: '200 reached', below: Infinity },
] as const;

function bandOf(days: number): string {
  return PRACTICE_DAY_BANDS.find((band) => days < band.below)!.label;
}

const AT_RISK = new Set(['CONCERNS_AT_MIDPOINT', 'ENDED_EARLY']);

export default function Overview({ partnership }: ViewProps) {
  const [academicYear, setAcademicYear] = useState<string | null>(null);
  const loading = useQuery<OverviewAnswer>(OVERVIEW_QUERY, { partnershipId: partnership.id, academicYear });
  if (loading.state === 'loading') return <p role="status">Loading…</p>;
  if (loading.state === 'failed') return <p class="error">{loading.message}</p>;
  const { answer } = loading;
  const figures = answer.data?.partnership;
  const supply = figures?.placementSupply;
  const shownYear = supply?.academicYear ?? academicYear;
  const students = figures?.studentPracticeDays;
  const bands = PRACTICE_DAY_BANDS.map((band) => ({
    band: band.label,
    students: students?.nodes.filter((one) => bandOf(one.practiceDays.totalDays) === band.label).length ?? 0,
  }));
  const followUps = figures?.placementsToFollowUp;
  const exportFollowUps = () =>
    allNodes<OverviewAnswer, FollowUp>(
      ALL_FOLLOW_UPS_QUERY,
      { partnershipId: partnership.id, academicYear: shownYear },
      (data) => data.partnership?.placementsToFollowUp,
    );
  const followUpColumns = [
    { header: 'Council', value: (row: FollowUp) => row.council?.name ?? '' },
    { header: 'Concern', value: (row: FollowUp) => words(row.concern) },
    { header: 'Since', value: (row: FollowUp) => row.since },
    { header: 'Placement', value: (row: FollowUp) => `${words(row.level)} placement, ${words(row.setting).toLowerCase()}` },
    { header: 'Status', value: (row: FollowUp) => words(row.status) },
  ];

  return (
    <>
      <div class="controls no-print">
        {shownYear && (
          <YearSelect label="Academic year" shown={shownYear} years={academicYearsAround(shownYear)} onChange={setAcademicYear} />
        )}
      </div>
      <Section title={`Statutory placements, ${shownYear ?? ''}`} withheld={errorAt(answer, 'partnership', 'placementSupply')}>
        {supply && (
          <>
            <FigureChart
              kind="bar"
              summary={`Statutory placements per council in ${supply.academicYear}: committed, offered and allocated.`}
              labels={supply.byCouncil.map((row) => row.council?.name ?? '')}
              series={[
                { label: 'Committed', values: supply.byCouncil.map((row) => plotted(row, 'committedStatutoryPlaces')) },
                { label: 'Offered', values: supply.byCouncil.map((row) => plotted(row, 'offeredStatutoryPlaces')) },
                { label: 'Allocated', values: supply.byCouncil.map((row) => plotted(row, 'allocatedStatutoryPlaces')) },
              ]}
            />
            <DataTable
              caption="Statutory places per council"
              exportName={`statutory-places-${supply.academicYear.replace('/', '-')}`}
              rows={[...supply.byCouncil, supply.total]}
              columns={[
                { header: 'Council', value: (row) => row.council?.name ?? 'All councils' },
                { header: 'Committed', value: (row) => count(row, 'committedStatutoryPlaces'), numeric: true },
                { header: 'Offered', value: (row) => count(row, 'offeredStatutoryPlaces'), numeric: true },
                { header: 'Allocated', value: (row) => count(row, 'allocatedStatutoryPlaces'), numeric: true },
                { header: 'Shortfall', value: (row) => count(row, 'shortfall'), numeric: true },
              ]}
            />
          </>
        )}
      </Section>
      <Section title="Placement agreement" withheld={errorAt(answer, 'partnership', 'placementAgreement')}>
        {figures?.placementAgreement && (
          <AgreementTable
            caption="Placement promises against what happened"
            rows={figures.placementAgreement.progress}
            exportName="placement-agreement"
          />
        )}
      </Section>
      <Section title="Progress toward 200 practice days" withheld={errorAt(answer, 'partnership', 'studentPracticeDays')}>
        {students && (
          <>
            <FigureChart
              kind="bar"
              summary={`${students.totalCount} students on course by practice days completed.`}
              labels={bands.map((row) => row.band)}
              series={[{ label: 'Students', values: bands.map((row) => row.students) }]}
            />
            <DataTable
              caption={`Students by practice days completed (${students.totalCount} in all)`}
              exportName="practice-day-bands"
              rows={bands}
              columns={[
                { header: 'Practice days', value: (row) => row.band },
                { header: 'Students', value: (row) => row.students, numeric: true },
              ]}
            />
            <DataTable
              caption="Each student's practice days"
              exportName="student-practice-days"
              rows={students.nodes}
              totalCount={students.totalCount}
              allRows={() =>
                allNodes<OverviewAnswer, StudentDays>(
                  ALL_STUDENT_DAYS_QUERY,
                  { partnershipId: partnership.id },
                  (data) => data.partnership?.studentPracticeDays,
                )
              }
              columns={[
                { header: 'Student id', value: (row) => row.student?.id ?? '' },
                { header: 'Days done', value: (row) => row.practiceDays.totalDays, numeric: true },
                { header: 'Days to go', value: (row) => row.practiceDays.daysToGo, numeric: true },
                { header: 'Rules broken', value: (row) => row.practiceDays.breaches.map((breach) => words(breach.code)).join('; ') },
              ]}
            />
          </>
        )}
      </Section>
      <Section title="Placements to follow up" withheld={errorAt(answer, 'partnership', 'placementsToFollowUp')}>
        {followUps && (
          <>
            <DataTable
              caption="Placements at risk: concerns at the midpoint, or ended early"
              exportName="placements-at-risk"
              rows={followUps.nodes.filter((row) => AT_RISK.has(row.concern))}
              allRows={async () => (await exportFollowUps()).filter((row) => AT_RISK.has(row.concern))}
              columns={followUpColumns}
              empty="No placement is at risk."
            />
            <DataTable
              caption="QAPL reviews outstanding"
              exportName="qapl-reviews-outstanding"
              rows={followUps.nodes.filter((row) => !AT_RISK.has(row.concern))}
              allRows={async () => (await exportFollowUps()).filter((row) => !AT_RISK.has(row.concern))}
              columns={followUpColumns}
              empty="Every finished placement's QAPL review is done."
            />
          </>
        )}
      </Section>
    </>
  );
}
