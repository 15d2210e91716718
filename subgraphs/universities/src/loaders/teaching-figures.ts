/**
 * The rows teaching and shadowing figures are summed from, for a year, grouped by partnership
 * (through its member universities) or by council. Sums live in rules/teaching-figures.
 */
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { SessionAttendance } from '../entities/session-attendance.entity';
import { SessionFacilitator } from '../entities/session-facilitator.entity';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { UniversityPartnership } from '../entities/university-partnership.entity';
import type { AcademicYearBounds } from '#hub/shared/academic-year';
import type { EntityClass } from '#hub/shared/database';
import type { FacilitationRow, SessionRow, VisitRow } from '../rules/teaching-figures';
import type { UniversityScope } from '../scope';
import { createYearRowsLoader } from '#hub/shared/year-rows-loader';

/**
 * Sessions (aliased `session`) on a day from :from to :to in England, the days academic years
 * are counted by. The bounds become instants once, so the index on starts_at serves the range.
 */
export const SESSION_IN_DATE_RANGE =
  `session.starts_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/London') ` +
  `AND session.starts_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/London')`;

export type FigureGrouping = 'partnership' | 'council';

/** When a session starts, so a year's figures can be cut at what has been held so far. */
export interface Dated {
  readonly startsAt: Date;
}

export interface GroupedSessionRow extends SessionRow, Dated {
  readonly groupId: string;
  readonly universityId: string;
}

export interface GroupedFacilitationRow extends FacilitationRow, Dated {
  readonly groupId: string;
  readonly councilId: string;
}

export interface GroupedVisitRow extends VisitRow {
  readonly groupId: string;
  readonly councilId: string;
}

export function createTeachingFigureLoaders(dataSource: DataSource, scope: UniversityScope) {
  const table = (entity: EntityClass) => dataSource.getMetadata(entity).tablePath;
  const countFacilitators = (column: string) =>
    `(SELECT COUNT(*) FROM ${table(SessionFacilitator)} f WHERE f.session_id = session.id AND f.${column} IS NOT NULL)::int`;
  const countAttendees = (column: string) =>
    `(SELECT COUNT(*) FROM ${table(SessionAttendance)} a WHERE a.session_id = session.id AND a.${column} IS NOT NULL)::int`;

  const sessionsInYear = (bounds: AcademicYearBounds): SelectQueryBuilder<TeachingSession> =>
    dataSource
      .getRepository(TeachingSession)
      .createQueryBuilder('session')
      .where('session.cancelledAt IS NULL')
      .andWhere(SESSION_IN_DATE_RANGE, bounds);

  const ofMemberUniversities = <T extends object>(query: SelectQueryBuilder<T>, universityColumn: string, ids: string[]) =>
    query
      .innerJoin(UniversityPartnership, 'membership', `membership.universityId = ${universityColumn}`)
      .andWhere('membership.partnershipId = ANY(:ids)', { ids })
      .addSelect('membership.partnershipId', 'groupId');

  const facilitations = (grouping: FigureGrouping) =>
    createYearRowsLoader<GroupedFacilitationRow>(async (ids, bounds) => {
      const query = sessionsInYear(bounds)
        .innerJoin(SessionFacilitator, 'facilitator', 'facilitator.sessionId = session.id AND facilitator.practitionerId IS NOT NULL')
        .select('session.id', 'sessionId')
        .addSelect('session.startsAt', 'startsAt')
        .addSelect('session.durationMinutes', 'durationMinutes')
        .addSelect('facilitator.practitionerId', 'practitionerId')
        .addSelect('facilitator.councilId', 'councilId')
        .addSelect(countFacilitators('lecturer_id'), 'lecturers');
      if (grouping === 'partnership') ofMemberUniversities(query, 'session.universityId', ids);
      else query.andWhere('facilitator.councilId = ANY(:ids)', { ids }).addSelect('facilitator.councilId', 'groupId');
      return query.getRawMany<GroupedFacilitationRow>();
    });

  const visits = (grouping: FigureGrouping) =>
    createYearRowsLoader<GroupedVisitRow>(async (ids, bounds) => {
      const query = dataSource
        .getRepository(ShadowingVisit)
        .createQueryBuilder('visit')
        .select('visit.councilId', 'councilId')
        .addSelect('visit.lecturerId', 'lecturerId')
        .addSelect(`to_char(visit.visitOn, 'YYYY-MM-DD')`, 'visitOn')
        .addSelect('visit.status', 'status')
        .addSelect('visit.hours::float8', 'hours')
        .where('visit.visitOn BETWEEN :from AND :to', bounds);
      if (grouping === 'partnership') ofMemberUniversities(query, 'visit.universityId', ids);
      else query.andWhere('visit.councilId = ANY(:ids)', { ids }).addSelect('visit.councilId', 'groupId');
      return query.getRawMany<GroupedVisitRow>();
    });

  return {
    /** Each practitioner's facilitations in a year, only those the principal may see. */
    visibleFacilitationsByPractitionerYear: createYearRowsLoader<FacilitationRow & { groupId: string }>(async (ids, bounds) => {
      const query = sessionsInYear(bounds)
        .innerJoin(SessionFacilitator, 'facilitator', 'facilitator.sessionId = session.id')
        .select('facilitator.practitionerId', 'groupId')
        .addSelect('facilitator.practitionerId', 'practitionerId')
        .addSelect('session.id', 'sessionId')
        .addSelect('session.durationMinutes', 'durationMinutes')
        .addSelect(countFacilitators('lecturer_id'), 'lecturers')
        .andWhere('facilitator.practitionerId = ANY(:ids)', { ids })
        .orderBy('session.startsAt');
      await scope.whereVisible(query, {
        universityId: 'session.university_id',
        councilId: 'facilitator.council_id',
        practitionerId: 'facilitator.practitioner_id',
      });
      return query.getRawMany();
    }),
    sessionRowsByPartnershipYear: createYearRowsLoader<GroupedSessionRow>((ids, bounds) =>
      ofMemberUniversities(
        sessionsInYear(bounds)
          .select('session.universityId', 'universityId')
          .addSelect('session.kind', 'kind')
          .addSelect('session.startsAt', 'startsAt')
          .addSelect(`to_char(session.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM')`, 'month')
          .addSelect('session.durationMinutes', 'durationMinutes')
          .addSelect(countFacilitators('lecturer_id'), 'lecturers')
          .addSelect(countFacilitators('practitioner_id'), 'practitioners')
          .addSelect(countAttendees('student_id'), 'studentAttendances')
          .addSelect(countAttendees('practitioner_id'), 'practitionerAttendances'),
        'session.universityId',
        ids,
      ).getRawMany<GroupedSessionRow>(),
    ),
    facilitationsByPartnershipYear: facilitations('partnership'),
    facilitationsByCouncilYear: facilitations('council'),
    visitsByPartnershipYear: visits('partnership'),
    visitsByCouncilYear: visits('council'),
  };
}
