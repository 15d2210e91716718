/**
 * Seeds the demo partnership's leadership data on first run: KSS headings, the partnership's
 * pathways, about 40 ASYEs across the councils in every state (some with reviews overdue, some
 * paused), enrolments on every pathway, mentoring by lecturers and senior practitioners, and a
 * year of CPD. Dates follow from today, so the demo is consistent whenever it is seeded. It
 * writes nothing if any pathway exists.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { academicYearOf } from '#hub/shared/academic-year';
import type { ClockReading } from '#hub/shared/clock';
import { addDays, earlierDate, laterDate, type IsoDate } from '#hub/shared/iso-date';
import type { Logger } from '#hub/shared/logger';
import { SeededRandom } from '#hub/shared/seeded-random';
import {
  DEMO_COUNCILS,
  DEMO_LECTURER_COUNT,
  DEMO_PARTNERSHIP_ID,
  demoLecturerId,
  demoPractitionerPlaces,
  type DemoPractitionerPlace,
} from '../../../demo-partnership';
import { AsyeRecord } from '../entities/asye-record.entity';
import { CpdRecord } from '../entities/cpd-record.entity';
import { KssStandard } from '../entities/kss-standard.entity';
import { LeadershipAgreement } from '../entities/leadership-agreement.entity';
import { MentoringSession } from '../entities/mentoring-session.entity';
import { MentoringRelationship } from '../entities/mentoring-relationship.entity';
import { PathwayEnrolment } from '../entities/pathway-enrolment.entity';
import { PathwayStage } from '../entities/pathway-stage.entity';
import { Pathway } from '../entities/pathway.entity';
import { AsyeReviewPoint, reviewSchedule } from '../rules/asye';
import { addMonths, daysBetween } from '../rules/calendar';
import {
  AsyeStatus,
  CpdType,
  EarlyCareerProgramme,
  EnrolmentStatus,
  KssFramework,
  MentoringPurpose,
  PathwayKind,
  PcfLevel,
  PeerReflectionSetting,
  ReviewOutcome,
} from '../types/enums';

const KSS: readonly [KssFramework, string, string][] = [
  [KssFramework.CHILD_AND_FAMILY_PRACTITIONER, 'CF1', 'Relationships and effective direct work'],
  [KssFramework.CHILD_AND_FAMILY_PRACTITIONER, 'CF2', 'Communication'],
  [KssFramework.CHILD_AND_FAMILY_PRACTITIONER, 'CF3', 'Child development'],
  [KssFramework.CHILD_AND_FAMILY_PRACTITIONER, 'CF5', 'Abuse and neglect of children'],
  [KssFramework.CHILD_AND_FAMILY_PRACTITIONER, 'CF6', 'Child and family assessment'],
  [KssFramework.CHILD_AND_FAMILY_PRACTITIONER, 'CF7', 'Analysis, decision-making, planning and review'],
  [KssFramework.CHILD_AND_FAMILY_PRACTITIONER, 'CF9', 'The role of supervision and research'],
  [KssFramework.PRACTICE_SUPERVISOR, 'PS1', 'Promote and govern excellent practice'],
  [KssFramework.PRACTICE_SUPERVISOR, 'PS2', 'Developing excellent practitioners'],
  [KssFramework.PRACTICE_SUPERVISOR, 'PS3', 'Shaping and influencing the practice system'],
  [KssFramework.PRACTICE_LEADER, 'PL1', 'Leading the vision'],
  [KssFramework.PRACTICE_LEADER, 'PL2', 'Creating a context for excellent practice'],
  [KssFramework.ADULT_SOCIAL_WORK, 'AS1', 'The role of social workers working with adults'],
  [KssFramework.ADULT_SOCIAL_WORK, 'AS2', 'Person-centred practice'],
  [KssFramework.ADULT_SOCIAL_WORK, 'AS3', 'Safeguarding'],
  [KssFramework.ADULT_SOCIAL_WORK, 'AS4', 'Mental capacity'],
];

interface PathwayPlan {
  readonly name: string;
  readonly kind: PathwayKind;
  readonly stages: readonly { name: string; level: PcfLevel; months: number; kss: readonly string[] }[];
}

const PATHWAYS: readonly PathwayPlan[] = [
  {
    name: 'ASYE: newly qualified academy',
    kind: PathwayKind.ASYE,
    stages: [
      { name: 'Foundation: protected caseload', level: PcfLevel.ASYE, months: 3, kss: ['CF1', 'CF2', 'AS1'] },
      { name: 'Growing complexity', level: PcfLevel.SOCIAL_WORKER, months: 9, kss: ['CF6', 'CF7', 'AS3'] },
    ],
  },
  {
    name: 'Aspiring manager programme',
    kind: PathwayKind.ASPIRING_MANAGER,
    stages: [
      { name: 'Leading in the team', level: PcfLevel.EXPERIENCED_SOCIAL_WORKER, months: 6, kss: ['PS2'] },
      { name: 'Acting up as practice supervisor', level: PcfLevel.ADVANCED, months: 6, kss: ['PS1', 'PS3'] },
    ],
  },
  {
    name: 'Practice leader programme',
    kind: PathwayKind.PRACTICE_LEADER,
    stages: [
      { name: 'Leadership foundations', level: PcfLevel.ADVANCED, months: 6, kss: ['PL2'] },
      { name: 'Leading the practice system', level: PcfLevel.STRATEGIC, months: 12, kss: ['PL1'] },
    ],
  },
  {
    name: 'Advanced practitioner pathway',
    kind: PathwayKind.ADVANCED_PRACTITIONER,
    stages: [
      { name: 'Specialist practice', level: PcfLevel.EXPERIENCED_SOCIAL_WORKER, months: 9, kss: ['CF7', 'CF9'] },
      { name: 'Advanced practice and consultation', level: PcfLevel.ADVANCED, months: 9, kss: ['PS3'] },
    ],
  },
  {
    name: 'Practice educator pathway',
    kind: PathwayKind.PRACTICE_EDUCATOR,
    stages: [
      { name: 'PEPS stage 1', level: PcfLevel.EXPERIENCED_SOCIAL_WORKER, months: 6, kss: ['PS2'] },
      { name: 'PEPS stage 2', level: PcfLevel.ADVANCED, months: 9, kss: ['PS2', 'PS1'] },
    ],
  },
];

const CPD_TITLES: readonly [CpdType, string][] = [
  [CpdType.MASTERCLASS, 'Masterclass: professional curiosity'],
  [CpdType.COURSE, 'Mental Capacity Act refresher'],
  [CpdType.READING, 'Research in Practice briefing on neglect'],
  [CpdType.SUPERVISION, 'Reflective group supervision on risk'],
  [CpdType.ACTION_LEARNING_SET, 'Action learning set: working with fathers'],
  [CpdType.TEACHING, 'Co-delivered seminar for MA students'],
  [CpdType.CONFERENCE, 'Partnership annual conference'],
];

export async function seedDemoLeadership(dataSource: DataSource, log: Logger, { today }: ClockReading): Promise<void> {
  if ((await dataSource.getRepository(Pathway).count()) > 0) return;
  const random = new SeededRandom(20_261_125);
  const counts = await dataSource.transaction(async (manager) => {
    const kss = await manager.save(KSS.map(([framework, code, heading]) => manager.create(KssStandard, { framework, code, heading })));
    const pathways = await seedPathways(manager, kss);
    let asye = 0;
    let enrolments = 0;
    let mentoring = 0;
    let cpd = 0;
    for (const [councilIndex, council] of DEMO_COUNCILS.entries()) {
      const staff = demoPractitionerPlaces(council).filter((place) => !place.agency);
      asye += await seedAsye(manager, staff, councilIndex, today);
      enrolments += await seedEnrolments(manager, pathways, staff, today);
      mentoring += await seedMentoring(manager, staff, councilIndex, today, random);
      cpd += await seedCpd(manager, staff, today, random);
    }
    await manager.insert(LeadershipAgreement, demoLeadershipAgreements(today));
    return { pathways: pathways.length, asye, enrolments, mentoring, cpd };
  });
  log.info(counts, 'seeded the demo leadership data');
}

/** Last year's and this year's leadership promises: a CPD compliance rate and a number of pathway completions. */
function demoLeadershipAgreements(today: IsoDate): Partial<LeadershipAgreement>[] {
  const thisYearStart = Number(academicYearOf(today).slice(0, 4));
  return [
    {
      partnershipId: DEMO_PARTNERSHIP_ID,
      academicYear: academicYearOf(`${thisYearStart - 1}-08-01`),
      cpdComplianceRate: 0.8,
      pathwayCompletions: 6,
    },
    {
      partnershipId: DEMO_PARTNERSHIP_ID,
      academicYear: academicYearOf(`${thisYearStart}-08-01`),
      cpdComplianceRate: 0.85,
      pathwayCompletions: 8,
    },
  ];
}

async function seedPathways(manager: EntityManager, kss: KssStandard[]): Promise<{ pathway: Pathway; stages: PathwayStage[] }[]> {
  const seeded = [];
  for (const plan of PATHWAYS) {
    const pathway = await manager.save(
      manager.create(Pathway, { name: plan.name, kind: plan.kind, ownerCouncilId: null, ownerPartnershipId: DEMO_PARTNERSHIP_ID }),
    );
    const stages = await manager.save(
      plan.stages.map((stage, index) =>
        manager.create(PathwayStage, {
          pathwayId: pathway.id,
          position: index + 1,
          name: stage.name,
          targetPcfLevel: stage.level,
          expectedMonths: stage.months,
          kssStandards: kss.filter((row) => stage.kss.includes(row.code)),
        }),
      ),
    );
    seeded.push({ pathway, stages });
  }
  return seeded;
}

/** Six ASYEs a council (Birmingham gets more), started over the last 14 months, in every state. */
async function seedAsye(manager: EntityManager, staff: DemoPractitionerPlace[], councilIndex: number, today: IsoDate): Promise<number> {
  const count = councilIndex === 0 ? 8 : 5;
  const assessor = staff[staff.length - 1];
  const records = Array.from({ length: count }, (_, index) => {
    const startedOn = addDays(addMonths(today, -(index * 3 + councilIndex) % 15), -7);
    const paused = index === 2;
    // A pause begins after the start; a finished one has ended by today.
    const pastPause = { startedOn: addMonths(startedOn, 2), endedOn: addDays(addMonths(startedOn, 2), 28) };
    const pauses = paused
      ? [{ startedOn: laterDate(addDays(today, -40), addDays(startedOn, 1)), endedOn: null }]
      : index === 3 && pastPause.endedOn < today
        ? [pastPause]
        : [];
    const schedule = reviewSchedule(startedOn, pauses, false, today);
    // Most records have every review held that has fallen due; one in four has missed its latest.
    const due = schedule.filter((review) => review.dueOn <= today);
    const held = index % 4 === 1 ? due.slice(0, -1) : due;
    const finalHeld = held.some((review) => review.point === AsyeReviewPoint.FINAL);
    const monthsIn = held.length;
    const status = finalHeld && index % 2 === 0 ? AsyeStatus.COMPLETED : paused ? AsyeStatus.PAUSED : AsyeStatus.IN_PROGRESS;
    return manager.create(AsyeRecord, {
      practitionerId: staff[index].id,
      councilId: staff[index].councilId,
      assessorPractitionerId: assessor.id,
      programme: EarlyCareerProgramme.ASYE,
      startedOn,
      withNineMonthReview: false,
      status,
      pauses,
      heldReviews: held.map((review) => ({
        point: review.point,
        heldOn: review.dueOn,
        outcome:
          review.point === AsyeReviewPoint.FINAL ? ReviewOutcome.PASSED : index % 5 === 4 ? ReviewOutcome.CONCERNS : ReviewOutcome.ON_TRACK,
      })),
      directObservations: Math.min(3, monthsIn),
      feedbackFromPeopleWhoUseServices: Math.min(3, monthsIn - (index % 3 === 0 ? 1 : 0)),
      professionalFeedback: Math.min(3, monthsIn),
      writtenReports: Math.min(3, Math.max(0, monthsIn - 1)),
      reflectionAtSixMonths: held.some((review) => review.point === AsyeReviewPoint.SIX_MONTH),
      reflectionAtTwelveMonths: finalHeld,
      protectedDevelopmentHours: monthsIn * 45,
      endedOn: status === AsyeStatus.COMPLETED ? held.at(-1)!.dueOn : null,
    });
  });
  // A record completed only with full evidence: top the evidence up where the final review passed.
  for (const record of records.filter((row) => row.status === AsyeStatus.COMPLETED)) {
    Object.assign(record, { directObservations: 3, feedbackFromPeopleWhoUseServices: 3, professionalFeedback: 3, writtenReports: 3 });
  }
  await manager.insert(AsyeRecord, records);
  return records.length;
}

/** Senior staff on every pathway except ASYE: some in the first stage, some further on, one paused, one completed. */
async function seedEnrolments(
  manager: EntityManager,
  pathways: { pathway: Pathway; stages: PathwayStage[] }[],
  staff: DemoPractitionerPlace[],
  today: IsoDate,
): Promise<number> {
  const enrolments: PathwayEnrolment[] = [];
  pathways.forEach(({ pathway, stages }, pathwayIndex) => {
    for (let index = 0; index < 3; index += 1) {
      const place = staff[(8 + pathwayIndex * 3 + index) % staff.length];
      const startedOn = addMonths(today, -(4 + index * 5));
      const secondStage = index === 1;
      const completed = index === 2 && pathwayIndex % 2 === 0;
      const endedOn = completed ? addDays(today, -14) : null;
      const signedOff = completed ? stages : secondStage ? stages.slice(0, 1) : [];
      // Sign-offs fall between the start and the end (or a month ago), spaced by the stages' expected months.
      const signOffDates = signOffDatesFor(signedOff, startedOn, endedOn ?? addDays(today, -30), completed);
      const paused = index === 0 && pathwayIndex === 1;
      enrolments.push(
        manager.create(PathwayEnrolment, {
          pathwayId: pathway.id,
          practitionerId: place.id,
          councilId: place.councilId,
          startedOn,
          currentPosition: signedOff.length + 1,
          stageStartedOn: signOffDates.at(-1) ?? startedOn,
          status: completed ? EnrolmentStatus.COMPLETED : paused ? EnrolmentStatus.PAUSED : EnrolmentStatus.ACTIVE,
          pauses: paused ? [{ startedOn: addDays(today, -20), endedOn: null }] : [],
          signOffs: signedOff.map((stage, stageIndex) => ({
            position: stage.position,
            signedOffOn: signOffDates[stageIndex],
            signedOffBy: 'demo-council-admin',
            evidenceNote: 'Portfolio, observed practice and supervision notes reviewed.',
          })),
          endedOn,
        }),
      );
    }
  });
  await manager.insert(PathwayEnrolment, enrolments);
  return enrolments.length;
}

/**
 * The day each stage was signed off: after its expected months, or, for a completed pathway, at
 * the same share of the time from start to end, so the last sign-off is the day it ended.
 */
function signOffDatesFor(stages: readonly PathwayStage[], startedOn: IsoDate, latestDay: IsoDate, fitToEnd: boolean): IsoDate[] {
  const total = stages.reduce((sum, stage) => sum + stage.expectedMonths, 0);
  const span = daysBetween(startedOn, latestDay);
  let months = 0;
  return stages.map((stage) => {
    months += stage.expectedMonths;
    const due = addMonths(startedOn, months);
    return fitToEnd ? addDays(startedOn, Math.round((span * months) / total)) : earlierDate(due, latestDay);
  });
}

/** Two lecturers and one senior practitioner mentor staff in each council, with monthly sessions. */
async function seedMentoring(
  manager: EntityManager,
  staff: DemoPractitionerPlace[],
  councilIndex: number,
  today: IsoDate,
  random: SeededRandom,
): Promise<number> {
  const senior = staff[staff.length - 2];
  const pairs = [
    {
      mentorLecturerId: demoLecturerId((councilIndex * 2) % DEMO_LECTURER_COUNT),
      mentorPractitionerId: null,
      purpose: MentoringPurpose.CO_DELIVERY_OF_TEACHING,
    },
    {
      mentorLecturerId: demoLecturerId((councilIndex * 2 + 1) % DEMO_LECTURER_COUNT),
      mentorPractitionerId: null,
      purpose: MentoringPurpose.LEADERSHIP,
    },
    { mentorLecturerId: null, mentorPractitionerId: senior.id, purpose: MentoringPurpose.ASPIRING_MANAGER },
  ];
  for (const [index, pair] of pairs.entries()) {
    const startedOn = addMonths(today, -(6 + index * 2));
    const mentee = staff[staff.length - 3 - index];
    const relationship = await manager.save(
      manager.create(MentoringRelationship, {
        ...pair,
        menteePractitionerId: mentee.id,
        menteeCouncilId: mentee.councilId,
        startedOn,
        endedOn: null,
      }),
    );
    const months = 5 + index * 2;
    await manager.insert(
      MentoringSession,
      Array.from({ length: months }, (_, month) => ({
        relationshipId: relationship.id,
        heldOn: addDays(addMonths(startedOn, month), 7),
        minutes: 45 + random.integer(0, 3) * 15,
        topics:
          pair.purpose === MentoringPurpose.CO_DELIVERY_OF_TEACHING
            ? 'Planning the next seminar; giving students feedback.'
            : 'Leading a team through change; reflective supervision.',
      })).filter((session) => session.heldOn <= today),
    );
  }
  return pairs.length;
}

/** A year of CPD for the first 24 permanent staff: most compliant, some with no peer reflection, some with one record. */
async function seedCpd(manager: EntityManager, staff: DemoPractitionerPlace[], today: IsoDate, random: SeededRandom): Promise<number> {
  const records: CpdRecord[] = [];
  for (const [index, place] of staff.slice(0, 24).entries()) {
    const count = index % 6 === 5 ? 1 : 2 + random.integer(0, 2);
    for (let item = 0; item < count; item += 1) {
      const [type, title] = CPD_TITLES[(index + item) % CPD_TITLES.length];
      const peer = item === 0 && index % 7 !== 3;
      records.push(
        manager.create(CpdRecord, {
          practitionerId: place.id,
          councilId: place.councilId,
          type,
          title,
          completedOn: addDays(today, -(20 + item * 70 + random.integer(0, 30))),
          hours: 3 + random.integer(0, 4) * 1.5,
          learning: 'How to apply the approach with families and colleagues.',
          impact: 'Changed how I plan visits and record my analysis.',
          peerReflection: peer,
          peerReflectionSetting: peer ? PeerReflectionSetting.GROUP_SUPERVISION : null,
          teachingSessionId: null,
        }),
      );
    }
  }
  await manager.insert(CpdRecord, records);
  return records.length;
}
