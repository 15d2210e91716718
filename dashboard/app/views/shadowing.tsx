/**
 * Lecturer shadowing. A university admin sees its lecturers' visits by state, requests new ones
 * and records each approved visit as done once its day has come (the hub lets only the lecturer's
 * side do that); a council admin sees the visits asked of the council and approves or declines
 * them. Every write is one mutation; its `userErrors` appear beside the field they name, and the
 * list is read again after a write.
 */
import { useState } from 'preact/hooks';
import { DataTable } from '../components/data-table';
import { errorFor, FormField, otherErrors, USER_ERROR_FIELDS, type UserError } from '../components/form-field';
import { Section } from '../components/section';
import { NOT_RECORDED, words } from '../figures';
import { allNodes, errorAt, graphql, requestError, useQuery, type Connection } from '../graphql';
import { has } from '../session';
import { ownCouncils, type Organisation, type ViewProps } from '../view';
import { ALL_VISITS_QUERY, SHADOWING_QUERY } from '../queries/shadowing';

const STATUSES = ['REQUESTED', 'APPROVED', 'DECLINED', 'COMPLETED', 'CANCELLED'] as const;
const KINDS = ['CASE_SHADOWING', 'LEADERSHIP_TEAM', 'PRACTICE_OBSERVATION'] as const;

const REQUEST_MUTATION = /* GraphQL */ `
  mutation RequestShadowingVisit($input: ShadowingVisitRequestInput!) {
    shadowingVisitRequest(input: $input) { ${USER_ERROR_FIELDS} shadowingVisit { id status } }
  }
`;
const APPROVE_MUTATION = /* GraphQL */ `
  mutation ApproveShadowingVisit($input: ShadowingVisitApproveInput!) {
    shadowingVisitApprove(input: $input) { ${USER_ERROR_FIELDS} shadowingVisit { id status } }
  }
`;
const DECLINE_MUTATION = /* GraphQL */ `
  mutation DeclineShadowingVisit($input: ShadowingVisitDeclineInput!) {
    shadowingVisitDecline(input: $input) { ${USER_ERROR_FIELDS} shadowingVisit { id status } }
  }
`;
const COMPLETE_MUTATION = /* GraphQL */ `
  mutation CompleteShadowingVisit($input: ShadowingVisitCompleteInput!) {
    shadowingVisitComplete(input: $input) { ${USER_ERROR_FIELDS} shadowingVisit { id status } }
  }
`;

interface Visit {
  id: string;
  status: (typeof STATUSES)[number];
  kind: string;
  visitOn: string;
  plannedHours: number;
  hours: number | null;
  purpose: string;
  decisionReason: string | null;
  learningSummary: string | null;
  lecturer: { givenName: string; familyName: string } | null;
  council: { name: string } | null;
  university: { name: string };
}

type ShadowingAnswer = {
  visits: (Connection<Visit> & { totalCount: number }) | null;
  lecturers?: { nodes: (Organisation & { givenName: string; familyName: string })[] } | null;
} & Partial<Record<Lowercase<(typeof STATUSES)[number]>, { totalCount: number } | null>>;

/** Runs one shadowing mutation; gives its userErrors (a refusal of the whole request as one error naming no field). */
async function write(mutation: string, input: Record<string, unknown>): Promise<UserError[]> {
  const answer = await graphql<Record<string, { userErrors: UserError[] } | null>>(mutation, { input });
  const payload = answer.data ? Object.values(answer.data)[0] : null;
  if (payload) return payload.userErrors;
  return [
    {
      field: [],
      code: answer.errors[0]?.extensions?.code ?? 'ERROR',
      message: requestError(answer) ?? answer.errors[0]?.message ?? 'The hub did not answer.',
    },
  ];
}

function FormProblems({ errors, fields }: { errors: readonly UserError[]; fields: readonly string[] }) {
  const others = otherErrors(errors, fields);
  return others.length > 0 ? (
    <div class="error" role="alert">
      {others.map((error) => (
        <p>{error.message}</p>
      ))}
    </div>
  ) : null;
}

const REQUEST_FIELDS = ['lecturerId', 'councilId', 'kind', 'visitOn', 'plannedHours', 'purpose'];

function RequestVisit({
  lecturers,
  councils,
  onWritten,
}: {
  lecturers: readonly (Organisation & { givenName: string; familyName: string })[];
  councils: readonly Organisation[];
  onWritten: () => void;
}) {
  const [input, setInput] = useState({
    lecturerId: lecturers[0]?.id ?? '',
    councilId: councils[0]?.id ?? '',
    kind: KINDS[0] as string,
    visitOn: '',
    plannedHours: '',
    purpose: '',
  });
  const [errors, setErrors] = useState<UserError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const change = (field: keyof typeof input) => (event: Event) => setInput({ ...input, [field]: (event.target as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(null);
    const found = await write(REQUEST_MUTATION, { ...input, plannedHours: input.plannedHours === '' ? 0 : Number(input.plannedHours) });
    setErrors(found);
    if (found.length === 0) {
      setDone('Requested: the council is asked to approve the visit.');
      setInput({ ...input, visitOn: '', plannedHours: '', purpose: '' });
      onWritten();
    }
  };
  return (
    <form class="card wide" onSubmit={submit} aria-labelledby="request-visit" noValidate>
      <h3 id="request-visit">Request a visit</h3>
      <FormProblems errors={errors} fields={REQUEST_FIELDS} />
      <FormField id="visit-lecturer" label="Lecturer" error={errorFor(errors, 'lecturerId')}>
        {(control) => (
          <select {...control} value={input.lecturerId} onChange={change('lecturerId')}>
            {lecturers.map((lecturer) => (
              <option value={lecturer.id}>{`${lecturer.givenName} ${lecturer.familyName}`}</option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="visit-council" label="Council" error={errorFor(errors, 'councilId')}>
        {(control) => (
          <select {...control} value={input.councilId} onChange={change('councilId')}>
            {councils.map((council) => (
              <option value={council.id}>{council.name}</option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="visit-kind" label="Kind of visit" error={errorFor(errors, 'kind')}>
        {(control) => (
          <select {...control} value={input.kind} onChange={change('kind')}>
            {KINDS.map((kind) => (
              <option value={kind}>{words(kind)}</option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="visit-on" label="Date of the visit" error={errorFor(errors, 'visitOn')}>
        {(control) => <input {...control} type="date" value={input.visitOn} onInput={change('visitOn')} />}
      </FormField>
      <FormField id="visit-hours" label="Planned hours" error={errorFor(errors, 'plannedHours')}>
        {(control) => (
          <input {...control} type="number" step="0.5" min="0.5" max="12" value={input.plannedHours} onInput={change('plannedHours')} />
        )}
      </FormField>
      <FormField id="visit-purpose" label="Purpose" error={errorFor(errors, 'purpose')}>
        {(control) => <textarea {...control} rows={2} value={input.purpose} onInput={change('purpose')} />}
      </FormField>
      <button type="submit">Request the visit</button>
      {done && (
        <p class="status" role="status">
          {done}
        </p>
      )}
    </form>
  );
}

function visitLabel(visit: Visit): string {
  const who = visit.lecturer ? `${visit.lecturer.givenName} ${visit.lecturer.familyName}` : 'a lecturer';
  return `${words(visit.kind)} by ${who} on ${visit.visitOn}`;
}

/** A council admin's decision on a requested visit: approve it, or decline it with a reason. */
function DecideVisit({ visit, onWritten }: { visit: Visit; onWritten: () => void }) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<UserError[]>([]);
  const decide = async (mutation: string, input: Record<string, unknown>) => {
    const found = await write(mutation, { id: visit.id, ...input });
    setErrors(found);
    if (found.length === 0) onWritten();
  };
  return (
    <form class="decision" aria-label={`Decide: ${visitLabel(visit)}`} onSubmit={(event) => event.preventDefault()} noValidate>
      <p>
        <strong>{visitLabel(visit)}</strong> ({visit.plannedHours} hours): {visit.purpose}
      </p>
      <FormProblems errors={errors} fields={['reason']} />
      <button type="button" onClick={() => decide(APPROVE_MUTATION, {})}>
        Approve
      </button>
      <FormField id={`decline-reason-${visit.id}`} label="Reason to decline" error={errorFor(errors, 'reason')}>
        {(control) => (
          <input {...control} type="text" value={reason} onInput={(event) => setReason((event.target as HTMLInputElement).value)} />
        )}
      </FormField>
      <button type="button" class="secondary" onClick={() => decide(DECLINE_MUTATION, { reason })}>
        Decline
      </button>
    </form>
  );
}

/** A university admin's record of an approved visit as done: the hours spent and what the lecturer learned. */
function RecordCompletion({ visit, onWritten }: { visit: Visit; onWritten: () => void }) {
  const [hours, setHours] = useState(String(visit.plannedHours));
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<UserError[]>([]);
  const record = async (event: Event) => {
    event.preventDefault();
    const found = await write(COMPLETE_MUTATION, { id: visit.id, hours: Number(hours), learningSummary: summary });
    setErrors(found);
    if (found.length === 0) onWritten();
  };
  return (
    <form class="decision" aria-label={`Record completion: ${visitLabel(visit)}`} onSubmit={record} noValidate>
      <p>
        <strong>{visitLabel(visit)}</strong> at {visit.council?.name ?? 'the council'}, approved
      </p>
      <FormProblems errors={errors} fields={['hours', 'learningSummary']} />
      <FormField id={`complete-hours-${visit.id}`} label="Hours spent" error={errorFor(errors, 'hours')}>
        {(control) => (
          <input
            {...control}
            type="number"
            step="0.5"
            value={hours}
            onInput={(event) => setHours((event.target as HTMLInputElement).value)}
          />
        )}
      </FormField>
      <FormField id={`complete-summary-${visit.id}`} label="What the lecturer learned" error={errorFor(errors, 'learningSummary')}>
        {(control) => (
          <textarea {...control} rows={2} value={summary} onInput={(event) => setSummary((event.target as HTMLTextAreaElement).value)} />
        )}
      </FormField>
      <button type="submit">Record completion</button>
    </form>
  );
}

export default function Shadowing(props: ViewProps) {
  const { session, partnership } = props;
  const universityId = has(session, 'university_admin') ? (session.universityIds[0] ?? null) : null;
  const councilId = universityId ? null : (ownCouncils(props)[0]?.id ?? null);
  const [status, setStatus] = useState<string>('');
  const [reload, setReload] = useState(0);
  const filter = { universityId, councilId, status: status || null };
  const loading = useQuery<ShadowingAnswer>(SHADOWING_QUERY, { ...filter, asUniversity: Boolean(universityId) }, reload);
  if (!universityId && !councilId) {
    return <p class="withheld">Shadowing visits are managed by a university's admins and the host council's admins.</p>;
  }
  if (loading.state === 'loading') return <p role="status">Loading…</p>;
  if (loading.state === 'failed') return <p class="error">{loading.message}</p>;
  const { answer } = loading;
  const visits = answer.data?.visits;
  const written = () => setReload(reload + 1);
  const waiting = (state: Visit['status']) => (visits?.nodes ?? []).filter((visit) => visit.status === state);
  const byState = STATUSES.map((state) => ({ state, visits: answer.data?.[state.toLowerCase() as Lowercase<typeof state>] ?? null }));

  return (
    <>
      <Section title="Visits by state" withheld={errorAt(answer, 'visits')}>
        <DataTable
          caption={universityId ? "Your lecturers' visits by state" : 'Visits to your council by state'}
          exportName="shadowing-visits-by-state"
          rows={byState}
          columns={[
            { header: 'State', value: (row) => words(row.state) },
            { header: 'Visits', value: (row) => row.visits?.totalCount ?? NOT_RECORDED, numeric: true },
          ]}
        />
      </Section>
      {universityId && (
        <>
          <Section title="Request a visit" withheld={errorAt(answer, 'lecturers')}>
            <RequestVisit lecturers={answer.data?.lecturers?.nodes ?? []} councils={partnership.councils} onWritten={written} />
          </Section>
          <Section title="Approved visits to record">
            {waiting('APPROVED').length === 0 ? (
              <p>No approved visit is waiting for its record of completion.</p>
            ) : (
              waiting('APPROVED').map((visit) => <RecordCompletion key={visit.id} visit={visit} onWritten={written} />)
            )}
          </Section>
        </>
      )}
      {councilId && (
        <Section title="Requests to decide">
          {waiting('REQUESTED').length === 0 ? (
            <p>No visit is waiting for a decision.</p>
          ) : (
            waiting('REQUESTED').map((visit) => <DecideVisit key={visit.id} visit={visit} onWritten={written} />)
          )}
        </Section>
      )}
      <Section title="Visits" withheld={errorAt(answer, 'visits')}>
        <div class="controls no-print">
          <span class="year-select">
            <label for="visit-status">State</label>
            <select id="visit-status" value={status} onChange={(event) => setStatus((event.target as HTMLSelectElement).value)}>
              <option value="">Every state</option>
              {STATUSES.map((state) => (
                <option value={state}>{words(state)}</option>
              ))}
            </select>
          </span>
        </div>
        {visits && (
          <DataTable
            caption="Shadowing visits"
            exportName="shadowing-visits"
            rows={visits.nodes}
            totalCount={visits.totalCount}
            allRows={() => allNodes<ShadowingAnswer, Visit>(ALL_VISITS_QUERY, filter, (data) => data.visits)}
            empty="No visit in this state."
            columns={[
              { header: 'Date', value: (row) => row.visitOn },
              { header: 'Lecturer', value: (row) => (row.lecturer ? `${row.lecturer.givenName} ${row.lecturer.familyName}` : '') },
              {
                header: universityId ? 'Council' : 'University',
                value: (row) => (universityId ? (row.council?.name ?? '') : row.university.name),
              },
              { header: 'Kind', value: (row) => words(row.kind) },
              { header: 'State', value: (row) => words(row.status) },
              { header: 'Planned hours', value: (row) => row.plannedHours, numeric: true },
              { header: 'Hours', value: (row) => row.hours ?? NOT_RECORDED, numeric: true },
              { header: 'Decision', value: (row) => row.decisionReason ?? '' },
            ]}
          />
        )}
      </Section>
    </>
  );
}
