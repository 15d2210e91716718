/**
 * Teaching by kind and month, and the partnership agreement's teaching promises, through the
 * gateway against the demo partnership: every figure is checked against a count made here straight
 * from the universities subgraph's rows.
 */
import { academicYearBounds } from '#hub/shared/academic-year';
import { BIRMINGHAM_ID, DEMO_PARTNERSHIP_ID, DEMO_UNIVERSITY_ID } from './support/demo';
import { TEST_ACADEMIC_YEAR, TEST_NOW, TEST_TODAY } from './support/test-clock';
import { errorCode, startTestHub, type TestHub } from './support/test-hub';

const lastYearStart = Number(TEST_ACADEMIC_YEAR.slice(0, 4)) - 1;
const LAST_YEAR = `${lastYearStart}/${String((lastYearStart + 1) % 100).padStart(2, '0')}`;

const TEACHING_BY_KIND = `query ($id: ID!, $year: AcademicYear) {
  partnership(id: $id) {
    teaching(academicYear: $year) {
      sessions hours suppressed
      byKind { kind sessions coDeliveredSessions hours studentAttendances suppressed }
      byMonth { month sessions byKind { kind sessions } }
      byUniversity { university { id name } sessions byKind { kind sessions } }
    }
  }
}`;

const AGREEMENT = `query ($id: ID!, $year: AcademicYear) {
  partnership(id: $id) {
    teachingAgreement(academicYear: $year) {
      academicYear from to
      targets { masterclasses seminars lectures coDeliveredShare practitionerTeachingHours lecturerDaysInPractice }
      progress { measure target actual expectedByNow gap met onTrack suppressed }
      byUniversity { university { id } progress { measure target actual met } }
      byCouncil { council { id } progress { measure target actual } }
    }
  }
}`;

const SET = `mutation ($input: TeachingAgreementSetInput!) {
  teachingAgreementSet(input: $input) {
    teachingAgreement { academicYear masterclasses coDeliveredShare seminars }
    userErrors { field code message }
  }
}`;

interface KindCount {
  kind: string;
  month: string;
  sessions: number;
  co_delivered: number;
  minutes: number;
}

describe('teaching by kind and the agreement’s teaching promises', () => {
  let hub: TestHub;
  let partnershipAdmin: string;
  let dashboardViewer: string;
  let councilAdmin: string;

  /** The year's sessions of the demo university per kind and month in England, counted from the rows. */
  const sessionsInYear = async (academicYear: string, heldBefore = new Date('2100-01-01')): Promise<KindCount[]> => {
    const { from, to } = academicYearBounds(academicYear);
    return hub.subgraphs.universities.database.dataSource.query(
      `SELECT s.kind, to_char(s.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, COUNT(*)::int AS sessions,
              COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM universities.session_facilitator f WHERE f.session_id = s.id AND f.lecturer_id IS NOT NULL)
                               AND EXISTS (SELECT 1 FROM universities.session_facilitator f WHERE f.session_id = s.id AND f.practitioner_id IS NOT NULL))::int AS co_delivered,
              SUM(s.duration_minutes)::int AS minutes
         FROM universities.teaching_session s
        WHERE s.cancelled_at IS NULL AND (s.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2 AND s.starts_at < $3
        GROUP BY 1, 2`,
      [from, to, heldBefore],
    );
  };
  const total = (rows: KindCount[], where: (row: KindCount) => boolean, field: 'sessions' | 'co_delivered' | 'minutes' = 'sessions') =>
    rows.filter(where).reduce((sum, row) => sum + row[field], 0);

  beforeAll(async () => {
    hub = await startTestHub({ seedDemoData: true });
    partnershipAdmin = await hub.token({ roles: ['partnership_admin'], partnerships: [DEMO_PARTNERSHIP_ID] });
    dashboardViewer = await hub.token({ roles: ['dashboard_viewer'], partnerships: [DEMO_PARTNERSHIP_ID] });
    councilAdmin = await hub.token({ roles: ['council_admin'], councils: [BIRMINGHAM_ID] });
  });
  afterAll(() => hub.stop());

  it('gives the partnership’s admins sessions and hours per kind, per month and per university, equal to the rows', async () => {
    const rows = await sessionsInYear(LAST_YEAR);
    const response = await hub.query(partnershipAdmin, TEACHING_BY_KIND, { id: DEMO_PARTNERSHIP_ID, year: LAST_YEAR });
    expect(response.errors).toBeUndefined();
    const teaching = response.data!.partnership.teaching;
    expect(teaching.sessions).toBe(total(rows, () => true));
    expect(teaching.hours).toBe(total(rows, () => true, 'minutes') / 60);
    for (const kind of teaching.byKind) {
      expect([kind.kind, kind.sessions, kind.coDeliveredSessions, kind.hours]).toEqual([
        kind.kind,
        total(rows, (row) => row.kind === kind.kind),
        total(rows, (row) => row.kind === kind.kind, 'co_delivered'),
        total(rows, (row) => row.kind === kind.kind, 'minutes') / 60,
      ]);
    }
    expect(teaching.byMonth).toHaveLength(12);
    for (const month of teaching.byMonth) {
      expect(month.sessions).toBe(total(rows, (row) => row.month === month.month));
      for (const kind of month.byKind) {
        expect(kind.sessions).toBe(total(rows, (row) => row.month === month.month && row.kind === kind.kind));
      }
    }
    expect(teaching.byUniversity).toEqual([
      expect.objectContaining({ university: { id: DEMO_UNIVERSITY_ID, name: 'University of Birmingham' }, sessions: teaching.sessions }),
    ]);
  });

  it('gives a dashboard_viewer the same breakdown with each count from 1 to 4 withheld and named, and zeros shown', async () => {
    const rows = await sessionsInYear(LAST_YEAR);
    const response = await hub.query(dashboardViewer, TEACHING_BY_KIND, { id: DEMO_PARTNERSHIP_ID, year: LAST_YEAR });
    expect(response.errors).toBeUndefined();
    const { byKind } = response.data!.partnership.teaching;
    const masterclasses = byKind.find((kind: { kind: string }) => kind.kind === 'MASTERCLASS');
    expect(total(rows, (row) => row.kind === 'MASTERCLASS')).toBe(4);
    expect(masterclasses).toMatchObject({ sessions: null, hours: null });
    expect(masterclasses.suppressed).toEqual(expect.arrayContaining(['sessions', 'hours']));
    const seminars = byKind.find((kind: { kind: string }) => kind.kind === 'SEMINAR');
    expect(seminars.sessions).toBe(total(rows, (row) => row.kind === 'SEMINAR'));
    expect(byKind.find((kind: { kind: string }) => kind.kind === 'WORKSHOP')).toMatchObject({ sessions: 0, suppressed: [] });
  });

  it('answers last year’s promises with the actual figures, what was met and what was missed', async () => {
    const rows = await sessionsInYear(LAST_YEAR);
    const response = await hub.query(partnershipAdmin, AGREEMENT, { id: DEMO_PARTNERSHIP_ID, year: LAST_YEAR });
    expect(response.errors).toBeUndefined();
    const agreement = response.data!.partnership.teachingAgreement;
    expect(agreement.targets).toEqual({
      masterclasses: 4,
      seminars: 12,
      lectures: null,
      coDeliveredShare: 0.75,
      practitionerTeachingHours: 40,
      lecturerDaysInPractice: 10,
    });
    const line = (measure: string) => agreement.progress.find((entry: { measure: string }) => entry.measure === measure);
    const masterclasses = total(rows, (row) => row.kind === 'MASTERCLASS');
    expect(line('MASTERCLASSES')).toEqual({
      measure: 'MASTERCLASSES',
      target: 4,
      actual: masterclasses,
      expectedByNow: 4,
      gap: Math.max(0, 4 - masterclasses),
      met: masterclasses >= 4,
      onTrack: masterclasses >= 4,
      suppressed: [],
    });
    const share = Math.round((total(rows, () => true, 'co_delivered') / total(rows, () => true)) * 10_000) / 10_000;
    expect(line('CO_DELIVERED_SHARE')).toMatchObject({ target: 0.75, actual: share, met: share >= 0.75 });
    expect(line('CO_DELIVERED_SHARE').met).toBe(false);
    expect(line('SEMINARS').met).toBe(true);
    expect(agreement.progress.map((entry: { measure: string }) => entry.measure)).toEqual([
      'SEMINARS',
      'MASTERCLASSES',
      'CONFERENCE_SESSIONS',
      'CO_DELIVERED_SHARE',
      'PRACTITIONER_TEACHING_HOURS',
      'LECTURER_DAYS_IN_PRACTICE',
    ]);
    const [university] = agreement.byUniversity;
    expect(university.progress.find((entry: { measure: string }) => entry.measure === 'MASTERCLASSES')).toEqual({
      measure: 'MASTERCLASSES',
      target: null,
      actual: masterclasses,
      met: null,
    });
    const councilHours = agreement.byCouncil.map(
      (row: { progress: { measure: string; actual: number }[] }) =>
        row.progress.find((entry) => entry.measure === 'PRACTITIONER_TEACHING_HOURS')!.actual,
    );
    expect(councilHours.reduce((sum: number, hours: number) => sum + hours, 0)).toBeCloseTo(line('PRACTITIONER_TEACHING_HOURS').actual, 2);
  });

  it('counts this year’s promises as on track for the share of the year gone, and withholds a small actual from a dashboard_viewer', async () => {
    const { from, to } = academicYearBounds(TEST_ACADEMIC_YEAR);
    const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    const elapsed = (day(TEST_TODAY) - day(from) + 1) / (day(to) - day(from) + 1);
    const response = await hub.query(dashboardViewer, AGREEMENT, { id: DEMO_PARTNERSHIP_ID });
    expect(response.errors).toBeUndefined();
    const agreement = response.data!.partnership.teachingAgreement;
    expect(agreement.academicYear).toBe(TEST_ACADEMIC_YEAR);
    const masterclasses = agreement.progress.find((entry: { measure: string }) => entry.measure === 'MASTERCLASSES');
    expect(masterclasses.target).toBe(5);
    expect(masterclasses.expectedByNow).toBeCloseTo(5 * elapsed, 4);
    // Only masterclasses held so far count toward the promise, not those planned for later in the year.
    const held = total(await sessionsInYear(TEST_ACADEMIC_YEAR, TEST_NOW), (row) => row.kind === 'MASTERCLASS');
    if (held > 0 && held < 5) {
      expect(masterclasses).toMatchObject({ actual: null, gap: null, onTrack: null, suppressed: ['actual', 'gap', 'met', 'onTrack'] });
    } else {
      expect(masterclasses).toMatchObject({ actual: held, onTrack: held >= masterclasses.expectedByNow, suppressed: [] });
    }
    const exact = await hub.query(partnershipAdmin, AGREEMENT, { id: DEMO_PARTNERSHIP_ID });
    const exactMasterclasses = exact.data!.partnership.teachingAgreement.progress.find(
      (entry: { measure: string }) => entry.measure === 'MASTERCLASSES',
    );
    expect(exactMasterclasses).toMatchObject({
      actual: held,
      gap: 5 - held,
      met: false,
      onTrack: held >= exactMasterclasses.expectedByNow,
    });
  });

  it('answers null for a year the agreement promises nothing for', async () => {
    const response = await hub.query(partnershipAdmin, AGREEMENT, { id: DEMO_PARTNERSHIP_ID, year: '2019/20' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.partnership.teachingAgreement).toBeNull();
  });

  it('lets only the partnership’s admins set the promises, refuses bad figures by field and writes nothing, and replaces the year’s set', async () => {
    const input = { partnershipId: DEMO_PARTNERSHIP_ID, academicYear: '2030/31', masterclasses: 4 };
    expect(errorCode(await hub.query(councilAdmin, SET, { input }))).toBe('FORBIDDEN');

    const refused = await hub.query(partnershipAdmin, SET, { input: { ...input, masterclasses: -1, coDeliveredShare: 1.5 } });
    expect(refused.data!.teachingAgreementSet).toEqual({
      teachingAgreement: null,
      userErrors: [
        expect.objectContaining({ field: ['input', 'masterclasses'], code: 'OUT_OF_RANGE' }),
        expect.objectContaining({ field: ['input', 'coDeliveredShare'], code: 'OUT_OF_RANGE' }),
      ],
    });
    const none = await hub.query(partnershipAdmin, AGREEMENT, { id: DEMO_PARTNERSHIP_ID, year: '2030/31' });
    expect(none.data!.partnership.teachingAgreement).toBeNull();

    const set = await hub.query(partnershipAdmin, SET, { input: { ...input, coDeliveredShare: 0.5 } });
    expect(set.data!.teachingAgreementSet).toEqual({
      teachingAgreement: { academicYear: '2030/31', masterclasses: 4, coDeliveredShare: 0.5, seminars: null },
      userErrors: [],
    });
    const replaced = await hub.query(partnershipAdmin, SET, { input: { ...input, seminars: 10 } });
    expect(replaced.data!.teachingAgreementSet.teachingAgreement).toEqual({
      academicYear: '2030/31',
      masterclasses: 4,
      coDeliveredShare: null,
      seminars: 10,
    });
  });

  it('refuses promises for a partnership the councils register does not hold', async () => {
    const unknownPartnership = '9d2c4b1a-0e6f-4a7b-8c5d-3e2f1a0b9c8d';
    const admin = await hub.token({ roles: ['partnership_admin'], partnerships: [unknownPartnership] });
    const refused = await hub.query(admin, SET, {
      input: { partnershipId: unknownPartnership, academicYear: '2030/31', masterclasses: 4 },
    });
    expect(refused.data!.teachingAgreementSet.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'partnershipId'], code: 'NOT_FOUND' }),
    ]);
  });
});
