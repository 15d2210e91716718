/**
 * A leadership roll-up as charts and tables, for the leadership view and the board report: pathway
 * progress by status, ASYE reviews due and overdue, CPD compliance and mentoring hours. Each row is
 * a council's figures, or the partnership's ("All councils").
 */
import { count, percent, plotted, type Figures } from '../figures';
import type { Organisation } from '../view';
import { FigureChart } from './chart';
import { DataTable } from './data-table';
import { Section } from './section';

interface StageFigures extends Figures {
  stage: { id: string; name: string };
  enrolled: number | null;
  onTrack: number | null;
  overdue: number | null;
  paused: number | null;
}

interface PathwayFigures extends Figures {
  pathway: { id: string; name: string };
  enrolled: number | null;
  completedInAcademicYear: number | null;
  withdrawnInAcademicYear: number | null;
  stages: StageFigures[];
}

export interface LeadershipFigures {
  council: Organisation | null;
  asOf: string;
  pathways: PathwayFigures[];
  asye: Figures & { inProgress: number | null; reviewsDueSoon: number | null; reviewsOverdue: number | null; period: { name: string } };
  cpd: Figures & { registrationYear: number; practitioners: number | null; compliant: number | null; complianceRate: number | null };
  mentoring: Figures & { activeRelationships: number | null; hoursInAcademicYear: number | null; period: { name: string } };
}

const STATUSES = [
  { field: 'onTrack', label: 'On track' },
  { field: 'overdue', label: 'Overdue' },
  { field: 'paused', label: 'Paused' },
] as const;

/** A status summed over a pathway's stages; unknown (a gap) when any stage's figure is withheld. */
function pathwayStatus(pathway: PathwayFigures, field: (typeof STATUSES)[number]['field']): number | null {
  let sum = 0;
  for (const stage of pathway.stages) {
    const value = plotted(stage, field);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

function councilName(row: LeadershipFigures): string {
  return row.council?.name ?? 'All councils';
}

interface LeadershipSectionsProps {
  /** The figures the charts draw: the partnership's, or the one council's. */
  readonly focus: LeadershipFigures;
  /** The rows of the tables. */
  readonly rows: readonly LeadershipFigures[];
  readonly exportPrefix: string;
}

export function LeadershipSections({ focus, rows, exportPrefix }: LeadershipSectionsProps) {
  const stageRows = rows.flatMap((row) => row.pathways.flatMap((pathway) => pathway.stages.map((stage) => ({ row, pathway, stage }))));
  return (
    <>
      <Section nested title={`Pathway progress, ${councilName(focus)}`}>
        <FigureChart
          kind="bar"
          stacked
          summary={`People on each leadership pathway in ${councilName(focus)} on ${focus.asOf}, stacked by whether their stage is on track, overdue or paused.`}
          labels={focus.pathways.map((pathway) => pathway.pathway.name)}
          series={STATUSES.map((status) => ({
            label: status.label,
            values: focus.pathways.map((pathway) => pathwayStatus(pathway, status.field)),
          }))}
        />
        <DataTable
          caption={`Pathway stages on ${focus.asOf}`}
          exportName={`${exportPrefix}-pathway-stages`}
          rows={stageRows}
          columns={[
            { header: 'Council', value: ({ row }) => councilName(row) },
            { header: 'Pathway', value: ({ pathway }) => pathway.pathway.name },
            { header: 'Stage', value: ({ stage }) => stage.stage.name },
            { header: 'Enrolled', value: ({ stage }) => count(stage, 'enrolled'), numeric: true },
            ...STATUSES.map((status) => ({
              header: status.label,
              value: ({ stage }: { stage: StageFigures }) => count(stage, status.field),
              numeric: true,
            })),
          ]}
        />
        <DataTable
          caption={`Pathway completions and withdrawals, ${focus.asye.period.name}`}
          exportName={`${exportPrefix}-pathway-completions`}
          rows={rows.flatMap((row) => row.pathways.map((pathway) => ({ row, pathway })))}
          columns={[
            { header: 'Council', value: ({ row }) => councilName(row) },
            { header: 'Pathway', value: ({ pathway }) => pathway.pathway.name },
            { header: 'Enrolled', value: ({ pathway }) => count(pathway, 'enrolled'), numeric: true },
            { header: 'Completed', value: ({ pathway }) => count(pathway, 'completedInAcademicYear'), numeric: true },
            { header: 'Withdrawn', value: ({ pathway }) => count(pathway, 'withdrawnInAcademicYear'), numeric: true },
          ]}
        />
      </Section>
      <Section nested title={`ASYE reviews, ${focus.asye.period.name}`}>
        <DataTable
          caption="ASYE reviews due within 30 days, and overdue"
          exportName={`${exportPrefix}-asye-reviews`}
          rows={rows}
          columns={[
            { header: 'Council', value: councilName },
            { header: 'In the ASYE', value: (row) => count(row.asye, 'inProgress'), numeric: true },
            { header: 'Reviews due soon', value: (row) => count(row.asye, 'reviewsDueSoon'), numeric: true },
            { header: 'Reviews overdue', value: (row) => count(row.asye, 'reviewsOverdue'), numeric: true },
          ]}
        />
      </Section>
      <Section nested title={`CPD compliance, registration year ${focus.cpd.registrationYear}`}>
        <DataTable
          caption="Practitioners whose CPD meets Social Work England's standard"
          exportName={`${exportPrefix}-cpd-${focus.cpd.registrationYear}`}
          rows={rows}
          columns={[
            { header: 'Council', value: councilName },
            { header: 'Practitioners', value: (row) => count(row.cpd, 'practitioners'), numeric: true },
            { header: 'Compliant', value: (row) => count(row.cpd, 'compliant'), numeric: true },
            { header: 'Compliance rate', value: (row) => percent(row.cpd, 'complianceRate'), numeric: true },
          ]}
        />
      </Section>
      <Section nested title={`Mentoring, ${focus.mentoring.period.name}`}>
        <DataTable
          caption="Mentoring relationships and hours"
          exportName={`${exportPrefix}-mentoring`}
          rows={rows}
          columns={[
            { header: 'Council', value: councilName },
            { header: 'Active relationships', value: (row) => count(row.mentoring, 'activeRelationships'), numeric: true },
            { header: 'Hours this academic year', value: (row) => count(row.mentoring, 'hoursInAcademicYear'), numeric: true },
          ]}
        />
      </Section>
    </>
  );
}
