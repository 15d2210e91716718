/**
 * Seeds the demo partnership's university on first run: its programmes, two cohorts of invented
 * students, its lecturers, last year's and this year's teaching programme (monthly seminars,
 * four masterclasses, lectures and an annual conference) co-delivered with the demo councils'
 * practitioners, and shadowing visits in every state. It writes nothing if any university exists.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, isWeekday, type IsoDate } from '#hub/shared/iso-date';
import type { Logger } from '#hub/shared/logger';
import { SeededRandom } from '#hub/shared/seeded-random';
import {
  DEMO_COUNCILS,
  DEMO_LECTURER_COUNT,
  DEMO_PARTNERSHIP_ID,
  DEMO_PROGRAMMES,
  DEMO_TEAMS,
  DEMO_UNIVERSITY_ID,
  DEMO_UNIVERSITY_NAME,
  DEMO_UNIVERSITY_UKPRN,
  demoCouncilId,
  demoLecturerId,
  demoPractitionerPlaces,
  demoStudentId,
  demoTeamId,
  type DemoPractitionerPlace,
} from '../../../demo-partnership';
import { Lecturer } from '../entities/lecturer.entity';
import { Programme } from '../entities/programme.entity';
import { SessionAttendance } from '../entities/session-attendance.entity';
import { SessionFacilitator } from '../entities/session-facilitator.entity';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';
import { Student } from '../entities/student.entity';
import { TeachingAgreement } from '../entities/teaching-agreement.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { UniversityPartnership } from '../entities/university-partnership.entity';
import { University } from '../entities/university.entity';
import { academicYearOf } from '#hub/shared/academic-year';
import type { ClockReading } from '#hub/shared/clock';
import {
  ProgrammeRoute,
  ShadowingKind,
  ShadowingSide,
  ShadowingStatus,
  StudentStage,
  StudentStatus,
  TeachingSessionKind,
} from '../types/enums';

const GIVEN_NAMES = [
  'Aisha',
  'Bilal',
  'Ciara',
  'Dev',
  'Ella',
  'Femi',
  'Georgia',
  'Hamza',
  'Isla',
  'Jordan',
  'Kiran',
  'Lucy',
  'Musa',
  'Niamh',
];
const FAMILY_NAMES = [
  'Akhtar',
  'Barker',
  'Chowdhury',
  'Doyle',
  'Ellis',
  'Foster',
  'Grant',
  'Haque',
  'Iqbal',
  'Jones',
  'Kelly',
  'Lloyd',
  'Malik',
  'Nolan',
];
const LECTURER_TITLES = [
  'Professor of Social Work',
  'Associate Professor',
  'Senior Lecturer in Social Work',
  'Lecturer in Social Work',
  'Teaching Fellow',
];

const SEMINAR_TOPICS = [
  'Contextual safeguarding',
  'Working with neglect',
  'Mental Capacity Act in practice',
  'Anti-racist practice',
  'Court skills',
  'Domestic abuse',
  'Care leavers and transitions',
  'Relationship-based practice',
  'Exploitation and county lines',
  'Reflective supervision',
  'Direct work with children',
  'Best interests decisions',
];
const MASTERCLASSES = ['Analysis in assessments', 'Professional curiosity', 'Leading in a crisis', 'Writing for the family court'];
const LECTURES = ['Legal frameworks for practice', 'Human growth and development', 'Social policy and poverty', 'Research-minded practice'];
const CONFERENCE_SESSIONS = [
  'Keynote: the state of practice',
  'Students and practice educators together',
  'What our partnership learnt this year',
];

const LEARNING_SUMMARIES = [
  'Saw how the front door applies thresholds and how decisions are recorded and reviewed; will use the process in the assessment module.',
  'Joined the leadership team’s performance meeting; learnt how caseload data drives allocation and where students fit in.',
  'Observed a strategy discussion and a supervision; brought back questions on analysis and recording for the final-year seminar.',
];

export async function seedDemoUniversity(dataSource: DataSource, log: Logger, { now, today }: ClockReading): Promise<void> {
  if ((await dataSource.getRepository(University).count()) > 0) return;
  const random = new SeededRandom(20_261_124);
  const thisYearStart = Number(academicYearOf(today).slice(0, 4));
  const facilitators = DEMO_COUNCILS.flatMap((council) => demoPractitionerPlaces(council).filter((place) => !place.agency));
  const counts = await dataSource.transaction(async (manager) => {
    await manager.insert(University, { id: DEMO_UNIVERSITY_ID, ukprn: DEMO_UNIVERSITY_UKPRN, name: DEMO_UNIVERSITY_NAME });
    await manager.insert(UniversityPartnership, { universityId: DEMO_UNIVERSITY_ID, partnershipId: DEMO_PARTNERSHIP_ID });
    const students = await seedStudents(manager, thisYearStart, today, random);
    const lecturers = await seedLecturers(manager, random);
    let sessions = 0;
    for (const yearStart of [thisYearStart - 1, thisYearStart]) {
      sessions += await seedSessions(manager, yearStart, { lecturers, facilitators, students }, now, random);
    }
    const visits =
      (await seedVisits(manager, thisYearStart - 1, 20, { now, today }, lecturers, random)) +
      (await seedVisits(manager, thisYearStart, 30, { now, today }, lecturers, random));
    await manager.insert(TeachingAgreement, demoTeachingAgreements(thisYearStart));
    return { students: students.length, lecturers: lecturers.length, sessions, visits };
  });
  log.info(counts, 'seeded the demo university');
}

/**
 * Last year's and this year's teaching promises. Last year the masterclasses and seminars were
 * held as promised but the co-delivered share fell short; this year one more masterclass is
 * promised than the programme plans.
 */
function demoTeachingAgreements(thisYearStart: number): Partial<TeachingAgreement>[] {
  const year = (start: number) => academicYearOf(`${start}-08-01`);
  return [
    {
      partnershipId: DEMO_PARTNERSHIP_ID,
      academicYear: year(thisYearStart - 1),
      seminars: 12,
      masterclasses: 4,
      conferenceSessions: 3,
      coDeliveredShare: 0.75,
      practitionerTeachingHours: 40,
      lecturerDaysInPractice: 10,
    },
    {
      partnershipId: DEMO_PARTNERSHIP_ID,
      academicYear: year(thisYearStart),
      seminars: 12,
      masterclasses: 5,
      lectures: 4,
      coDeliveredShare: 0.6,
      practitionerTeachingHours: 45,
      lecturerDaysInPractice: 15,
    },
  ];
}

async function seedStudents(manager: EntityManager, thisYearStart: number, today: IsoDate, random: SeededRandom): Promise<Student[]> {
  const students: Student[] = [];
  for (const programme of DEMO_PROGRAMMES) {
    const saved = await manager.save(
      manager.create(Programme, { universityId: DEMO_UNIVERSITY_ID, name: programme.name, route: programme.route as ProgrammeRoute }),
    );
    for (const cohort of ['previous', 'current'] as const) {
      const firstYear = cohort === 'current';
      const cohortYear = firstYear ? thisYearStart : thisYearStart - 1;
      for (let index = 0; index < programme.studentsPerCohort; index += 1) {
        const confirmedOn = `${cohortYear}-09-${String(random.integer(1, 28)).padStart(2, '0')}`;
        students.push(
          manager.create(Student, {
            id: demoStudentId(programme, cohort, index),
            universityId: DEMO_UNIVERSITY_ID,
            programmeId: saved.id,
            studentNumber: `UB${cohortYear}${String(students.length + 1).padStart(4, '0')}`,
            givenName: random.pick(GIVEN_NAMES),
            familyName: random.pick(FAMILY_NAMES),
            cohortYear,
            stage: firstYear ? StudentStage.READINESS_FOR_DIRECT_PRACTICE : StudentStage.END_OF_FIRST_PLACEMENT,
            status: random.next() < 0.04 ? StudentStatus.INTERRUPTED : StudentStatus.STUDYING,
            // A few of the newest students are still waiting for their checks.
            suitabilityConfirmedOn: (firstYear && index % 12 === 0) || confirmedOn > today ? null : confirmedOn,
          }),
        );
      }
    }
  }
  await manager.insert(Student, students);
  return students;
}

async function seedLecturers(manager: EntityManager, random: SeededRandom): Promise<Lecturer[]> {
  const lecturers = Array.from({ length: DEMO_LECTURER_COUNT }, (_, index) =>
    manager.create(Lecturer, {
      id: demoLecturerId(index),
      universityId: DEMO_UNIVERSITY_ID,
      givenName: random.pick(GIVEN_NAMES),
      familyName: random.pick(FAMILY_NAMES),
      jobTitle: LECTURER_TITLES[Math.min(LECTURER_TITLES.length - 1, Math.floor(index / 5))],
    }),
  );
  await manager.insert(Lecturer, lecturers);
  return lecturers;
}

interface SessionPeople {
  readonly lecturers: readonly Lecturer[];
  readonly facilitators: readonly DemoPractitionerPlace[];
  readonly students: readonly Student[];
}

interface PlannedSession {
  readonly title: string;
  readonly kind: TeachingSessionKind;
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly place: string;
  readonly capacity: number;
  readonly lecturers: number;
  readonly practitioners: number;
}

/** One academic year's programme: a seminar a month, four masterclasses, four lectures and a conference day. */
function plannedSessions(yearStart: number): PlannedSession[] {
  const at = (year: number, month: number, day: number, hour: number) => {
    const date = workingDayOnOrAfter(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  };
  const monthOf = (offset: number) => ({ year: yearStart + Math.floor((7 + offset) / 12), month: ((7 + offset) % 12) + 1 });
  const seminars = SEMINAR_TOPICS.map((topic, offset) => {
    const { year, month } = monthOf(offset);
    return {
      title: `Practice seminar: ${topic}`,
      kind: TeachingSessionKind.SEMINAR,
      startsAt: at(year, month, 12, 13),
      durationMinutes: 90,
      place: 'Muirhead Tower, Room 112',
      capacity: 40,
      lecturers: 1,
      // Most seminars are co-delivered; the summer ones are run by the university alone.
      practitioners: month >= 7 && month <= 9 ? 0 : 1 + (offset % 2),
    };
  });
  const masterclasses = MASTERCLASSES.map((topic, index) => {
    const { year, month } = monthOf(2 + index * 2);
    return {
      title: `Masterclass: ${topic}`,
      kind: TeachingSessionKind.MASTERCLASS,
      startsAt: at(year, month, 20, 9),
      durationMinutes: 180,
      place: 'Council House, Birmingham',
      capacity: 60,
      lecturers: index % 2,
      practitioners: 1,
    };
  });
  const lectures = LECTURES.map((topic, index) => {
    const { year, month } = monthOf(1 + index * 2);
    return {
      title: topic,
      kind: TeachingSessionKind.LECTURE,
      startsAt: at(year, month, 5, 10),
      durationMinutes: 60,
      place: 'Arts Building, Lecture Theatre 1',
      capacity: 120,
      lecturers: 1,
      practitioners: index === 0 ? 1 : 0,
    };
  });
  const conference = CONFERENCE_SESSIONS.map((title, index) => ({
    title: `Annual partnership conference: ${title}`,
    kind: TeachingSessionKind.CONFERENCE_SESSION,
    startsAt: at(yearStart + 1, 6, 24, 9 + index * 2),
    durationMinutes: 90,
    place: 'Edgbaston Park Hotel',
    capacity: 200,
    lecturers: 1,
    practitioners: 2,
  }));
  return [...seminars, ...masterclasses, ...lectures, ...conference];
}

async function seedSessions(
  manager: EntityManager,
  yearStart: number,
  people: SessionPeople,
  now: Date,
  random: SeededRandom,
): Promise<number> {
  const planned = plannedSessions(yearStart);
  for (const plan of planned) {
    const { lecturers, practitioners, ...fields } = plan;
    const session = await manager.save(
      manager.create(TeachingSession, {
        ...fields,
        universityId: DEMO_UNIVERSITY_ID,
        topic: plan.title.replace(/^.*: /, ''),
        cancelledAt: null,
      }),
    );
    const facilitating = pickDistinct(people.facilitators, practitioners, random);
    await manager.insert(SessionFacilitator, [
      ...pickDistinct(people.lecturers, lecturers, random).map((lecturer) => ({ sessionId: session.id, lecturerId: lecturer.id })),
      ...facilitating.map((place) => ({ sessionId: session.id, practitionerId: place.id, councilId: place.councilId })),
    ]);
    // Attendance is drawn for every session, so the same people facilitate whichever day the demo is seeded.
    const attendingStudents = pickDistinct(people.students, Math.floor(plan.capacity * (0.45 + random.next() * 0.4)), random);
    const attendingPractitioners = pickDistinct(
      people.facilitators.filter((place) => !facilitating.includes(place)),
      Math.min(plan.capacity - attendingStudents.length, random.integer(2, 12)),
      random,
    );
    if (plan.startsAt > now) continue;
    await manager.insert(SessionAttendance, [
      ...attendingStudents.map((student) => ({ sessionId: session.id, studentId: student.id })),
      ...attendingPractitioners.map((place) => ({ sessionId: session.id, practitionerId: place.id, councilId: place.councilId })),
    ]);
  }
  return planned.length;
}

/** Visits spread over an academic year across every council: done, declined and cancelled ones behind, requested and approved ones ahead. */
async function seedVisits(
  manager: EntityManager,
  yearStart: number,
  count: number,
  { now, today }: ClockReading,
  lecturers: readonly Lecturer[],
  random: SeededRandom,
): Promise<number> {
  const kinds = [ShadowingKind.CASE_SHADOWING, ShadowingKind.LEADERSHIP_TEAM, ShadowingKind.PRACTICE_OBSERVATION];
  const visits: ShadowingVisit[] = [];
  for (let index = 0; index < count; index += 1) {
    const council = DEMO_COUNCILS[index % DEMO_COUNCILS.length];
    const host = random.pick(demoPractitionerPlaces(council).filter((place) => !place.agency));
    const kind = kinds[index % kinds.length];
    const visitOn = workingDayOnOrAfter(addDays(`${yearStart}-09-01`, Math.floor((index * 330) / count)));
    const past = visitOn < today;
    const status = past
      ? [
          ShadowingStatus.COMPLETED,
          ShadowingStatus.COMPLETED,
          ShadowingStatus.COMPLETED,
          ShadowingStatus.DECLINED,
          ShadowingStatus.CANCELLED,
        ][index % 5]
      : [ShadowingStatus.REQUESTED, ShadowingStatus.APPROVED][index % 2];
    const plannedHours = kind === ShadowingKind.LEADERSHIP_TEAM ? 3 : 7;
    const decided = status !== ShadowingStatus.REQUESTED;
    visits.push(
      manager.create(ShadowingVisit, {
        universityId: DEMO_UNIVERSITY_ID,
        lecturerId: lecturers[(index + yearStart) % lecturers.length].id,
        councilId: demoCouncilId(council),
        hostTeamId: kind === ShadowingKind.LEADERSHIP_TEAM ? null : demoTeamId(council, DEMO_TEAMS[index % DEMO_TEAMS.length]),
        hostPractitionerId: kind === ShadowingKind.CASE_SHADOWING ? host.id : null,
        kind,
        visitOn,
        plannedHours,
        purpose: 'To see current practice first hand and bring it into the teaching of the qualifying programmes.',
        status,
        decisionReason: status === ShadowingStatus.DECLINED ? 'The team is in an inspection week; please ask for another date.' : null,
        // Decided two weeks ahead, or now for a visit sooner than that.
        decidedAt: decided ? new Date(Math.min(Date.parse(`${addDays(visitOn, -14)}T10:00:00Z`), now.getTime())) : null,
        hours: status === ShadowingStatus.COMPLETED ? plannedHours - (index % 3 === 0 ? 0.5 : 0) : null,
        learningSummary: status === ShadowingStatus.COMPLETED ? LEARNING_SUMMARIES[index % LEARNING_SUMMARIES.length] : null,
        completedAt: status === ShadowingStatus.COMPLETED ? new Date(`${visitOn}T17:00:00Z`) : null,
        cancelledBy: status === ShadowingStatus.CANCELLED ? ShadowingSide.UNIVERSITY : null,
        cancelledAt: status === ShadowingStatus.CANCELLED ? new Date(`${addDays(visitOn, -3)}T09:00:00Z`) : null,
      }),
    );
  }
  await manager.insert(ShadowingVisit, visits);
  return visits.length;
}

function pickDistinct<T>(items: readonly T[], count: number, random: SeededRandom): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.integer(0, pool.length - 1), 1)[0]);
  return picked;
}

/** Teaching and visits happen on working days: not at weekends, nor over Christmas (23 December to 3 January). */
function workingDayOnOrAfter(date: IsoDate): IsoDate {
  const monthDay = date.slice(5);
  if (monthDay >= '12-23') return workingDayOnOrAfter(`${Number(date.slice(0, 4)) + 1}-01-04`);
  if (monthDay <= '01-03') return workingDayOnOrAfter(`${date.slice(0, 4)}-01-04`);
  return isWeekday(date) ? date : workingDayOnOrAfter(addDays(date, 1));
}
