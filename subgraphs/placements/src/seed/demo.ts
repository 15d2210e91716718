/**
 * Seeds the demo partnership's placements on first run: practice educators of both stages in
 * every council, each council's statutory commitment and offers for last year and this (some
 * councils offer fewer statutory places than they promised), last year's first placements for
 * the older cohort, their final placements this year, and this year's first placements for the
 * newer cohort. Each placement's state follows from today's date, so the demo is right whenever
 * it is seeded. It writes nothing if any offer exists.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { academicYearOf } from '#hub/shared/academic-year';
import type { ClockReading } from '#hub/shared/clock';
import { addDays, earlierDate, isWeekday, type IsoDate } from '#hub/shared/iso-date';
import type { Logger } from '#hub/shared/logger';
import {
  DEMO_COUNCILS,
  DEMO_PARTNERSHIP_ID,
  DEMO_PROGRAMMES,
  DEMO_TEAMS,
  DEMO_UNIVERSITY_ID,
  demoCouncilId,
  demoPractitionerPlaces,
  demoStudentId,
  demoTeamId,
  type DemoCohort,
  type DemoCouncil,
} from '../../../demo-partnership';
import { PlacementCommitment } from '../entities/placement-commitment.entity';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { Placement } from '../entities/placement.entity';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { QaplReview } from '../entities/qapl-review.entity';
import { StudentSkillsDays } from '../entities/student-skills-days.entity';
import { PLACEMENT_DAYS } from '../rules/placement-days';
import { FinalOutcome, MidpointOutcome, PepsStage, PlacementLevel, PlacementSetting, PlacementStatus, QaplRating } from '../types/enums';

/** Statutory places each council promises a year, and how many it actually offers. */
const SUPPLY: Record<string, { committed: number; offered: number }> = {
  E08000025: { committed: 16, offered: 16 },
  E08000026: { committed: 8, offered: 8 },
  E08000027: { committed: 6, offered: 4 },
  E08000028: { committed: 8, offered: 5 },
  E08000029: { committed: 4, offered: 4 },
  E08000030: { committed: 6, offered: 6 },
  E08000031: { committed: 6, offered: 7 },
};

const STATUTORY_SETTINGS = [PlacementSetting.STATUTORY_CHILDREN, PlacementSetting.STATUTORY_ADULTS, PlacementSetting.OTHER_STATUTORY];

interface SeedOffer {
  readonly offer: PlacementOffer;
  readonly educator: PracticeEducator;
}

export async function seedDemoPlacements(dataSource: DataSource, log: Logger, { today }: ClockReading): Promise<void> {
  if ((await dataSource.getRepository(PlacementOffer).count()) > 0) return;
  const thisYearStart = Number(academicYearOf(today).slice(0, 4));
  const counts = await dataSource.transaction(async (manager) => {
    const educators = await seedEducators(manager, thisYearStart);
    const offers: Record<string, SeedOffer[]> = {};
    for (const yearStart of [thisYearStart - 1, thisYearStart]) {
      for (const council of DEMO_COUNCILS) {
        offers[`${yearStart}:${council.gssCode}`] = await seedCouncilYear(manager, council, yearStart, educators.get(council.gssCode)!);
      }
    }
    const placements = await seedPlacements(manager, thisYearStart, today, offers);
    await manager.insert(
      StudentSkillsDays,
      DEMO_PROGRAMMES.flatMap((programme) =>
        Array.from({ length: programme.studentsPerCohort }, (_, index) => ({
          studentId: demoStudentId(programme, 'previous', index),
          universityId: DEMO_UNIVERSITY_ID,
          days: 30,
        })),
      ),
    );
    return { educators: [...educators.values()].flat().length, offers: Object.values(offers).flat().length, placements };
  });
  log.info(counts, 'seeded the demo placements');
}

/** Four educators per council: two at stage 1, two at stage 2. */
async function seedEducators(manager: EntityManager, thisYearStart: number): Promise<Map<string, PracticeEducator[]>> {
  const byCouncil = new Map<string, PracticeEducator[]>();
  for (const council of DEMO_COUNCILS) {
    const places = demoPractitionerPlaces(council).filter((place) => !place.agency);
    const educators = [0, 1, 2, 3].map((index) =>
      manager.create(PracticeEducator, {
        partnershipId: DEMO_PARTNERSHIP_ID,
        practitionerId: places[places.length - 1 - index].id,
        councilId: demoCouncilId(council),
        stage: index < 2 ? PepsStage.STAGE_2 : PepsStage.STAGE_1,
        qualifiedOn: `${thisYearStart - 8 + index}-07-15`,
        approvedOn: `${thisYearStart - 3 + (index % 2)}-05-20`,
      }),
    );
    await manager.insert(PracticeEducator, educators);
    byCouncil.set(council.gssCode, educators);
  }
  return byCouncil;
}

/**
 * A council's year: its commitment, final placements from late September (100 days) and first
 * placements from January (70 days), mostly statutory, and one voluntary-sector first placement.
 */
async function seedCouncilYear(
  manager: EntityManager,
  council: DemoCouncil,
  yearStart: number,
  educators: PracticeEducator[],
): Promise<SeedOffer[]> {
  const academicYear = `${yearStart}/${String((yearStart + 1) % 100).padStart(2, '0')}`;
  const supply = SUPPLY[council.gssCode];
  await manager.insert(PlacementCommitment, {
    partnershipId: DEMO_PARTNERSHIP_ID,
    councilId: demoCouncilId(council),
    academicYear,
    statutoryPlaces: supply.committed,
  });
  const finalPlaces = Math.ceil(supply.offered / 2);
  const plans = [
    {
      level: PlacementLevel.FINAL,
      setting: STATUTORY_SETTINGS[0],
      capacity: finalPlaces,
      startsOn: `${yearStart}-09-28`,
      endsOn: `${yearStart + 1}-03-05`,
    },
    {
      level: PlacementLevel.FIRST,
      setting: STATUTORY_SETTINGS[1],
      capacity: supply.offered - finalPlaces,
      startsOn: `${yearStart + 1}-01-11`,
      endsOn: `${yearStart + 1}-04-23`,
    },
    {
      level: PlacementLevel.FIRST,
      setting: PlacementSetting.VOLUNTARY_OR_PRIVATE,
      capacity: 2,
      startsOn: `${yearStart + 1}-01-11`,
      endsOn: `${yearStart + 1}-04-23`,
    },
  ].filter((plan) => plan.capacity > 0);
  const seeded: SeedOffer[] = [];
  for (const [index, plan] of plans.entries()) {
    const educator = educators[plan.level === PlacementLevel.FINAL ? 0 : 2 + (index % 2)];
    const offer = await manager.save(
      manager.create(PlacementOffer, {
        ...plan,
        partnershipId: DEMO_PARTNERSHIP_ID,
        councilId: demoCouncilId(council),
        teamId: demoTeamId(council, DEMO_TEAMS[plan.setting === PlacementSetting.STATUTORY_ADULTS ? 5 : index]),
        academicYear,
        practiceEducatorId: educator.id,
      }),
    );
    seeded.push({ offer, educator });
  }
  return seeded;
}

/**
 * The older cohort had a first placement last year and has its final placement this year; the
 * newer cohort has its first placement this year. A few are cancelled or end early.
 */
async function seedPlacements(
  manager: EntityManager,
  thisYearStart: number,
  today: IsoDate,
  offers: Record<string, SeedOffer[]>,
): Promise<number> {
  const rows: Placement[] = [];
  const fill = (yearStart: number, level: PlacementLevel, cohort: DemoCohort) => {
    const students = DEMO_PROGRAMMES.flatMap((programme) =>
      Array.from({ length: programme.studentsPerCohort }, (_, index) => demoStudentId(programme, cohort, index)),
    );
    const slots = DEMO_COUNCILS.flatMap((council) =>
      offers[`${yearStart}:${council.gssCode}`]
        .filter((seed) => seed.offer.level === level)
        .flatMap((seed) => Array.from({ length: seed.offer.capacity }, () => seed)),
    );
    slots.slice(0, students.length).forEach((seed, index) => rows.push(placementFor(seed, students[index], index, today)));
  };
  fill(thisYearStart - 1, PlacementLevel.FIRST, 'previous');
  fill(thisYearStart, PlacementLevel.FINAL, 'previous');
  fill(thisYearStart, PlacementLevel.FIRST, 'current');
  await manager.insert(Placement, rows);
  // Half the finished placements have their QAPL review; half of those are scrutinised.
  const finished = rows.filter((row) => row.status === PlacementStatus.COMPLETED);
  const reviews = finished
    .filter((_, index) => index % 2 === 0)
    .map((row, index) =>
      manager.create(QaplReview, {
        placementId: row.id,
        councilId: row.councilId,
        universityId: row.universityId,
        rating: index % 5 === 0 ? QaplRating.PARTLY_MEETS_STANDARDS : QaplRating.MEETS_STANDARDS,
        actions: 'Book supervision a month ahead; share the induction pack before day one.',
        completedOn: earlierDate(addDays(row.endsOn, 21), today),
        scrutinisedOn: index % 2 === 0 ? earlierDate(addDays(row.endsOn, 40), today) : null,
        scrutinyNotes: null,
      }),
    );
  if (reviews.length > 0) await manager.insert(QaplReview, reviews);
  return rows.length;
}

function placementFor(seed: SeedOffer, studentId: string, index: number, today: IsoDate): Placement {
  const { offer, educator } = seed;
  const required = PLACEMENT_DAYS[offer.level];
  const started = offer.startsOn <= today;
  const ended = offer.endsOn < today;
  let status = ended
    ? PlacementStatus.COMPLETED
    : started
      ? PlacementStatus.ACTIVE
      : index % 3 === 0
        ? PlacementStatus.PROPOSED
        : PlacementStatus.CONFIRMED;
  if (index === 5) status = started ? PlacementStatus.ENDED_EARLY : PlacementStatus.CANCELLED;
  const worked =
    status === PlacementStatus.COMPLETED ? required : started ? Math.min(required - 1, workingDaysBetween(offer.startsOn, today)) : 0;
  const daysCompleted = status === PlacementStatus.ENDED_EARLY ? Math.min(worked, 18) : worked;
  const pastMidpoint = status !== PlacementStatus.ENDED_EARLY && daysCompleted >= required / 2;
  const concerns = pastMidpoint && index % 7 === 3;
  return Placement.onOffer(offer, {
    studentId,
    universityId: DEMO_UNIVERSITY_ID,
    practiceEducatorId: educator.id,
    status,
    learningAgreementSignedOn:
      status === PlacementStatus.PROPOSED || status === PlacementStatus.CANCELLED ? null : earlierDate(addDays(offer.startsOn, -10), today),
    daysCompleted,
    missedDays: started ? index % 4 : 0,
    midpointOutcome: pastMidpoint ? (concerns ? MidpointOutcome.CONCERNS : MidpointOutcome.SATISFACTORY) : null,
    midpointActionPlan: concerns ? 'Weekly supervision with the practice educator; a second direct observation before week 10.' : null,
    midpointReviewedOn: pastMidpoint ? earlierDate(addDays(offer.startsOn, Math.round(required * 0.7)), today) : null,
    finalOutcome: status === PlacementStatus.COMPLETED ? FinalOutcome.PASS : null,
    endReason:
      status === PlacementStatus.ENDED_EARLY
        ? 'The student took a leave of absence for health reasons; the university will arrange the rest.'
        : status === PlacementStatus.CANCELLED
          ? 'The team lost its practice educator before the start.'
          : null,
    endedOn:
      status === PlacementStatus.COMPLETED
        ? offer.endsOn
        : status === PlacementStatus.ENDED_EARLY
          ? earlierDate(addDays(offer.startsOn, 28), today)
          : null,
  });
}

function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let days = 0;
  for (let date = from; date < to; date = addDays(date, 1)) {
    if (isWeekday(date)) days += 1;
  }
  return days;
}
