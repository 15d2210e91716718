/**
 * A council's leadership-pathway progress as a report for its board: the council's pathways,
 * ASYE, CPD and mentoring for the chosen years, and (for partnership admins) the stages running
 * overdue. Printed from the browser; the print stylesheet leaves out the page's controls.
 */
import { useState } from 'preact/hooks';
import { DataTable } from '../components/data-table';
import { LeadershipSections, type LeadershipFigures } from '../components/leadership-figures';
import { Section } from '../components/section';
import { academicYearsAround, registrationYearsAround, YearSelect } from '../components/year-select';
import { allNodes, errorAt, useQuery, type Connection } from '../graphql';
import { has } from '../session';
import { ownCouncils, type ViewProps } from '../view';
import { ALL_OVERDUE_QUERY, BOARD_REPORT_QUERY } from '../queries/board-report';

interface OverdueStage {
  id: string;
  practitioner: { givenName: string; familyName: string } | null;
  pathway: { name: string };
  stage: { name: string };
  stageStartedOn: string;
  expectedBy: string;
  daysOverdue: number;
}

interface BoardReportAnswer {
  partnership: {
    name: string;
    leadershipProgress?: { byCouncil: LeadershipFigures[] } | null;
    pathwayStagesOverdue?: (Connection<OverdueStage> & { totalCount: number }) | null;
  } | null;
  council: { name: string; leadershipProgress?: LeadershipFigures | null } | null;
}

export default function BoardReport(props: ViewProps) {
  const { session, partnership } = props;
  const partnershipAdmin = has(session, 'partnership_admin');
  const councils = partnershipAdmin ? partnership.councils : ownCouncils(props);
  const [councilId, setCouncilId] = useState(councils[0]?.id ?? null);
  const [academicYear, setAcademicYear] = useState<string | null>(null);
  const [registrationYear, setRegistrationYear] = useState<number | null>(null);
  const loading = useQuery<BoardReportAnswer>(BOARD_REPORT_QUERY, {
    partnershipId: partnership.id,
    councilId,
    academicYear,
    registrationYear,
    ownCouncil: !partnershipAdmin,
    partnershipAdmin,
  });
  if (!councilId) return <p class="withheld">This partnership has no council whose report you may see.</p>;
  if (loading.state === 'loading') return <p role="status">Loading…</p>;
  if (loading.state === 'failed') return <p class="error">{loading.message}</p>;
  const { answer } = loading;
  const report =
    answer.data?.council?.leadershipProgress ??
    answer.data?.partnership?.leadershipProgress?.byCouncil.find((row) => row.council?.id === councilId) ??
    null;
  const overdue = answer.data?.partnership?.pathwayStagesOverdue;
  const councilName = answer.data?.council?.name ?? '';
  const withheld = errorAt(answer, 'council', 'leadershipProgress') ?? errorAt(answer, 'partnership', 'leadershipProgress');

  return (
    <article class="board-report">
      <div class="controls no-print">
        {councils.length > 1 && (
          <span class="year-select">
            <label for="report-council">Council</label>
            <select id="report-council" value={councilId} onChange={(event) => setCouncilId((event.target as HTMLSelectElement).value)}>
              {councils.map((council) => (
                <option value={council.id}>{council.name}</option>
              ))}
            </select>
          </span>
        )}
        {report && (
          <>
            <YearSelect
              label="Academic year"
              shown={report.asye.period.name}
              years={academicYearsAround(report.asye.period.name)}
              onChange={setAcademicYear}
            />
            <YearSelect
              label="Registration year"
              shown={report.cpd.registrationYear}
              years={registrationYearsAround(report.cpd.registrationYear)}
              onChange={setRegistrationYear}
            />
          </>
        )}
        <button type="button" onClick={() => window.print()}>
          Print the report
        </button>
      </div>
      <header class="report-title">
        <p class="report-kind">Leadership pathway progress</p>
        <h2>{councilName}</h2>
        <p>
          {answer.data?.partnership?.name}
          {report &&
            ` · as of ${report.asOf} · academic year ${report.asye.period.name} · CPD registration year ${report.cpd.registrationYear}`}
        </p>
      </header>
      <Section title="Progress" withheld={withheld}>
        {report && (
          <LeadershipSections
            focus={report}
            rows={[report]}
            exportPrefix={`board-report-${councilName.toLowerCase().replace(/\W+/g, '-')}`}
          />
        )}
      </Section>
      {partnershipAdmin && (
        <Section title="Pathway stages overdue" withheld={errorAt(answer, 'partnership', 'pathwayStagesOverdue')}>
          {overdue && (
            <DataTable
              caption="Practitioners whose pathway stage has run past its expected end"
              exportName="pathway-stages-overdue"
              rows={overdue.nodes}
              totalCount={overdue.totalCount}
              allRows={() =>
                allNodes<BoardReportAnswer, OverdueStage>(
                  ALL_OVERDUE_QUERY,
                  { partnershipId: partnership.id, councilId },
                  (data) => data.partnership?.pathwayStagesOverdue,
                )
              }
              empty="No stage is overdue."
              columns={[
                {
                  header: 'Practitioner',
                  value: (row) => (row.practitioner ? `${row.practitioner.givenName} ${row.practitioner.familyName}` : ''),
                },
                { header: 'Pathway', value: (row) => row.pathway.name },
                { header: 'Stage', value: (row) => row.stage.name },
                { header: 'Started', value: (row) => row.stageStartedOn },
                { header: 'Expected by', value: (row) => row.expectedBy },
                { header: 'Days overdue', value: (row) => row.daysOverdue, numeric: true },
              ]}
            />
          )}
        </Section>
      )}
    </article>
  );
}
