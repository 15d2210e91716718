/**
 * Seeds the demo partnership on first run: the seven West Midlands metropolitan councils, their
 * teams, about 320 invented practitioners with each council's own agency share, and three
 * years of workforce returns. It writes nothing if any council exists, and all in one transaction.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '#hub/shared/logger';
import type { ClockReading } from '#hub/shared/clock';
import type { IsoDate } from '#hub/shared/iso-date';
import { SeededRandom } from '#hub/shared/seeded-random';
import { Council } from '../entities/council.entity';
import { PartnershipCouncil } from '../entities/partnership-council.entity';
import { Partnership } from '../entities/partnership.entity';
import { Practitioner } from '../entities/practitioner.entity';
import { Team } from '../entities/team.entity';
import { WorkforceSnapshot } from '../entities/workforce-snapshot.entity';
import {
  DEMO_COUNCILS,
  DEMO_PARTNERSHIP_ID,
  DEMO_PARTNERSHIP_NAME,
  DEMO_TEAMS,
  demoCouncilId,
  demoPractitionerPlaces,
  demoTeamId,
  type DemoCouncil,
  type DemoPractitionerPlace,
} from '../../../demo-partnership';
import { Employment, OfstedRating, PcfLevel, PractitionerRole, Region, ServiceArea } from '../types/enums';

const GIVEN_NAMES = [
  'Amira',
  'Ben',
  'Chloe',
  'Daniel',
  'Eleanor',
  'Farhan',
  'Grace',
  'Harpreet',
  'Imogen',
  'Jamal',
  'Katie',
  'Liam',
  'Maryam',
  'Nathan',
  'Olivia',
  'Priya',
  'Quentin',
  'Rachel',
  'Samir',
  'Tara',
  'Usman',
  'Victoria',
  'Wesley',
  'Yasmin',
  'Zoe',
  'Aaron',
  'Bethany',
  'Callum',
  'Deepa',
  'Esther',
  'Gareth',
  'Hannah',
  'Isaac',
  'Joanne',
  'Kieran',
  'Leah',
  'Mohammed',
  'Naomi',
];
const FAMILY_NAMES = [
  'Ahmed',
  'Bailey',
  'Begum',
  'Bennett',
  'Campbell',
  'Chauhan',
  'Clarke',
  'Davies',
  'Edwards',
  'Evans',
  'Fletcher',
  'Francis',
  'Gill',
  'Green',
  'Hall',
  'Hughes',
  'Hussain',
  'Jackson',
  'James',
  'Johal',
  'Kaur',
  'Khan',
  'Lewis',
  'Mahmood',
  'Mason',
  'Morris',
  'Nawaz',
  'Okafor',
  'Owen',
  'Patel',
  'Phillips',
  'Price',
  'Rahman',
  'Roberts',
  'Sandhu',
  'Shah',
  'Singh',
  'Taylor',
  'Thomas',
  'Turner',
  'Walker',
  'Ward',
  'Williams',
  'Wright',
  'Young',
];

/** Posts and the PCF level each holds, weighted roughly as a council's workforce is. */
const POSTS: readonly { role: PractitionerRole; pcfLevel: PcfLevel; weight: number; minYearsQualified: number }[] = [
  { role: PractitionerRole.NEWLY_QUALIFIED_SOCIAL_WORKER, pcfLevel: PcfLevel.ASYE, weight: 14, minYearsQualified: 0 },
  { role: PractitionerRole.SOCIAL_WORKER, pcfLevel: PcfLevel.SOCIAL_WORKER, weight: 40, minYearsQualified: 1 },
  { role: PractitionerRole.SENIOR_SOCIAL_WORKER, pcfLevel: PcfLevel.EXPERIENCED_SOCIAL_WORKER, weight: 20, minYearsQualified: 3 },
  { role: PractitionerRole.ADVANCED_PRACTITIONER, pcfLevel: PcfLevel.ADVANCED, weight: 6, minYearsQualified: 6 },
  { role: PractitionerRole.PRACTICE_SUPERVISOR, pcfLevel: PcfLevel.ADVANCED, weight: 8, minYearsQualified: 5 },
  { role: PractitionerRole.TEAM_MANAGER, pcfLevel: PcfLevel.ADVANCED, weight: 8, minYearsQualified: 6 },
  { role: PractitionerRole.SERVICE_MANAGER, pcfLevel: PcfLevel.STRATEGIC, weight: 3, minYearsQualified: 10 },
];

export async function seedDemoCouncils(dataSource: DataSource, log: Logger, { today }: ClockReading): Promise<void> {
  if ((await dataSource.getRepository(Council).count()) > 0) return;
  const random = new SeededRandom(20_261_123);
  let practitionerCount = 0;
  await dataSource.transaction(async (manager) => {
    await manager.insert(Partnership, { id: DEMO_PARTNERSHIP_ID, name: DEMO_PARTNERSHIP_NAME });
    for (const demo of DEMO_COUNCILS) practitionerCount += await seedCouncil(manager, demo, random, today);
  });
  log.info({ councils: DEMO_COUNCILS.length, practitioners: practitionerCount }, 'seeded the demo partnership');
}

async function seedCouncil(manager: EntityManager, demo: DemoCouncil, random: SeededRandom, today: IsoDate): Promise<number> {
  const councilId = demoCouncilId(demo);
  await manager.insert(Council, {
    id: councilId,
    gssCode: demo.gssCode,
    name: demo.name,
    region: Region.WEST_MIDLANDS,
    ofstedRating: demo.ofstedRating as OfstedRating,
    ofstedRatedOn: demo.ofstedRatedOn,
  });
  await manager.insert(PartnershipCouncil, { partnershipId: DEMO_PARTNERSHIP_ID, councilId });
  await manager.insert(
    Team,
    DEMO_TEAMS.map((team) => ({ ...team, id: demoTeamId(demo, team), serviceArea: team.serviceArea as ServiceArea, councilId })),
  );
  const places = demoPractitionerPlaces(demo);
  await manager.insert(
    Practitioner,
    places.map((place) => demoPractitioner(place, random, today)),
  );
  const agencyCount = places.filter((place) => place.agency).length;

  const snapshots = recentCensusDates(3, today).map((censusDate, year) => {
    const growth = 0.92 + year * 0.04;
    const permanentFte = round1((demo.practitioners - agencyCount) * growth * 0.94);
    return manager.create(WorkforceSnapshot, {
      councilId,
      censusDate,
      permanentFte,
      agencyFte: round1(agencyCount * (1.15 - year * 0.08)),
      vacancyFte: round1(demo.practitioners * (0.2 - year * 0.02) * (0.8 + random.next() * 0.4)),
      leaverFte: round1(permanentFte * (0.13 + random.next() * 0.06)),
      averageCaseload: round1(15 + random.next() * 6),
    });
  });
  await manager.insert(WorkforceSnapshot, snapshots);
  return places.length;
}

function demoPractitioner(place: DemoPractitionerPlace, random: SeededRandom, today: IsoDate): Practitioner {
  const post = weightedPost(random);
  const yearsQualified = post.minYearsQualified + random.integer(0, post.role === PractitionerRole.NEWLY_QUALIFIED_SOCIAL_WORKER ? 0 : 8);
  // Everyone has started by the latest census date, so the demo headcount is the same every day.
  const latestYear = latestCensusYear(today);
  const qualifiedYear = latestYear - yearsQualified - 1;
  const startedYear = Math.min(latestYear, qualifiedYear + random.integer(0, Math.max(1, yearsQualified)));
  return Object.assign(new Practitioner(), {
    id: place.id,
    sweNumber: place.sweNumber,
    givenName: random.pick(GIVEN_NAMES),
    familyName: random.pick(FAMILY_NAMES),
    councilId: place.councilId,
    teamId: place.teamId,
    role: post.role,
    pcfLevel: post.pcfLevel,
    employment: place.agency ? Employment.AGENCY : Employment.PERMANENT,
    qualifiedOn: `${qualifiedYear}-07-${String(random.integer(1, 28)).padStart(2, '0')}`,
    startedOn: `${startedYear}-09-${String(random.integer(1, 28)).padStart(2, '0')}`,
    leftOn: null,
  });
}

function weightedPost(random: SeededRandom) {
  const total = POSTS.reduce((sum, post) => sum + post.weight, 0);
  let roll = random.next() * total;
  for (const post of POSTS) {
    roll -= post.weight;
    if (roll < 0) return post;
  }
  return POSTS[POSTS.length - 1];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The last `count` census dates (30 September) on or before today, oldest first. */
function recentCensusDates(count: number, today: IsoDate): string[] {
  const latest = latestCensusYear(today);
  return Array.from({ length: count }, (_, index) => `${latest - count + 1 + index}-09-30`);
}

/** The year of the latest census date (30 September) on or before today. */
function latestCensusYear(today: IsoDate): number {
  const thisYear = Number(today.slice(0, 4));
  return `${thisYear}-09-30` <= today ? thisYear : thisYear - 1;
}
