/**
 * Leadership: per council, pathway progress by status, ASYE reviews due and overdue, CPD compliance
 * for a registration year and mentoring hours. A council admin sees their own council in detail and
 * the partnership only in aggregate (its leadership agreement); partnership admins and dashboards
 * see every council.
 */
import { useState } from 'preact/hooks';
import { AgreementTable, type AgreementRow } from '../components/agreement-table';
import { LeadershipSections, type LeadershipFigures } from '../components/leadership-figures';
import { Section } from '../components/section';
import { academicYearsAround, registrationYearsAround, YearSelect } from '../components/year-select';
import { errorAt, useQuery } from '../graphql';
import { has } from '../session';
import { ownCouncils, type ViewProps } from '../view';
import { LEADERSHIP_QUERY } from '../queries/leadership';

interface LeadershipAnswer {
  partnership: {
    leadershipProgress?: { total: LeadershipFigures; byCouncil: LeadershipFigures[] } | null;
    leadershipAgreement: { academicYear: string; registrationYear: number; progress: AgreementRow[] } | null;
  } | null;
  council?: { leadershipProgress: LeadershipFigures | null } | null;
}

export default function Leadership(props: ViewProps) {
  const { session, partnership } = props;
  const [academicYear, setAcademicYear] = useState<string | null>(null);
  const [registrationYear, setRegistrationYear] = useState<number | null>(null);
  const ownCouncil = ownCouncils(props)[0] ?? null;
  const everyCouncil = has(session, 'partnership_admin') || has(session, 'dashboard_viewer') || !ownCouncil;
  const loading = useQuery<LeadershipAnswer>(LEADERSHIP_QUERY, {
    partnershipId: partnership.id,
    academicYear,
    registrationYear,
    everyCouncil,
    ownCouncil: !everyCouncil,
    ownCouncilId: ownCouncil?.id ?? null,
  });
  if (loading.state === 'loading') return <p role="status">Loading…</p>;
  if (loading.state === 'failed') return <p class="error">{loading.message}</p>;
  const { answer } = loading;
  const agreement = answer.data?.partnership?.leadershipAgreement;
  const roll = answer.data?.partnership?.leadershipProgress;
  const own = answer.data?.council?.leadershipProgress;
  const shownAcademicYear = agreement?.academicYear ?? academicYear;
  const shownRegistrationYear = agreement?.registrationYear ?? registrationYear;

  return (
    <>
      <div class="controls no-print">
        {shownAcademicYear && (
          <YearSelect
            label="Academic year"
            shown={shownAcademicYear}
            years={academicYearsAround(shownAcademicYear)}
            onChange={setAcademicYear}
          />
        )}
        {shownRegistrationYear !== null && (
          <YearSelect
            label="Registration year"
            shown={shownRegistrationYear}
            years={registrationYearsAround(shownRegistrationYear)}
            onChange={setRegistrationYear}
          />
        )}
      </div>
      {everyCouncil ? (
        <Section title="Every council" withheld={errorAt(answer, 'partnership', 'leadershipProgress')}>
          {roll && <LeadershipSections focus={roll.total} rows={[...roll.byCouncil, roll.total]} exportPrefix="leadership" />}
        </Section>
      ) : (
        <Section title={ownCouncil!.name} withheld={errorAt(answer, 'council')}>
          {own && <LeadershipSections focus={own} rows={[own]} exportPrefix="leadership-own-council" />}
        </Section>
      )}
      <Section title="The partnership's leadership agreement" withheld={errorAt(answer, 'partnership', 'leadershipAgreement')}>
        {agreement && (
          <AgreementTable
            caption={`Leadership promises, ${agreement.academicYear} (CPD: registration year ${agreement.registrationYear})`}
            rows={agreement.progress}
            exportName="leadership-agreement"
          />
        )}
      </Section>
    </>
  );
}
