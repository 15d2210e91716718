/**
 * How teaching and shadowing rows add up to the figures dashboards show. Loaders fetch the rows
 * of one academic year; these functions are the only place the sums are defined.
 */
import { ShadowingStatus, type TeachingSessionKind } from '../types/enums';
import { coDeliveredShare, isCoDelivered, type FacilitatorMix } from './co-delivery';

export interface SessionRow extends FacilitatorMix {
  readonly kind: TeachingSessionKind;
  /** The calendar month the session started in, in England: 2026-09. */
  readonly month: string;
  readonly durationMinutes: number;
  readonly studentAttendances: number;
  readonly practitionerAttendances: number;
}

export interface SessionTotals {
  readonly sessions: number;
  readonly coDeliveredSessions: number;
  readonly coDeliveredShare: number | null;
  readonly studentAttendances: number;
  readonly practitionerAttendances: number;
  /** The sessions' durations added up, once per session however many facilitate it. */
  readonly hours: number;
}

export function summariseSessions(rows: readonly SessionRow[]): SessionTotals {
  const coDeliveredSessions = rows.filter(isCoDelivered).length;
  return {
    sessions: rows.length,
    coDeliveredSessions,
    coDeliveredShare: coDeliveredShare(coDeliveredSessions, rows.length),
    studentAttendances: sum(rows, (row) => row.studentAttendances),
    practitionerAttendances: sum(rows, (row) => row.practitionerAttendances),
    hours: round2(sum(rows, (row) => row.durationMinutes) / 60),
  };
}

/** One practitioner facilitating one session. */
export interface FacilitationRow {
  readonly sessionId: string;
  readonly practitionerId: string;
  readonly durationMinutes: number;
  /** Lecturers facilitating the same session. */
  readonly lecturers: number;
}

export interface PractitionerTeachingTotals {
  readonly practitioners: number;
  readonly sessions: number;
  readonly coDeliveredSessions: number;
  readonly hours: number;
}

export function summariseFacilitations(rows: readonly FacilitationRow[]): PractitionerTeachingTotals {
  const sessions = new Map<string, FacilitationRow>();
  for (const row of rows) sessions.set(row.sessionId, row);
  const coDelivered = [...sessions.values()].filter((row) => isCoDelivered({ lecturers: row.lecturers, practitioners: 1 }));
  return {
    practitioners: new Set(rows.map((row) => row.practitionerId)).size,
    sessions: sessions.size,
    coDeliveredSessions: coDelivered.length,
    hours: round2(sum(rows, (row) => row.durationMinutes) / 60),
  };
}

export interface VisitRow {
  readonly lecturerId: string;
  readonly visitOn: string;
  readonly status: ShadowingStatus;
  readonly hours: number | null;
}

export interface ShadowingTotals {
  readonly requested: number;
  readonly approved: number;
  readonly declined: number;
  readonly completed: number;
  readonly cancelled: number;
  readonly hours: number;
  readonly lecturerDaysInPractice: number;
}

export function summariseVisits(rows: readonly VisitRow[]): ShadowingTotals {
  const count = (status: ShadowingStatus) => rows.filter((row) => row.status === status).length;
  const completed = rows.filter((row) => row.status === ShadowingStatus.COMPLETED);
  return {
    requested: count(ShadowingStatus.REQUESTED),
    approved: count(ShadowingStatus.APPROVED),
    declined: count(ShadowingStatus.DECLINED),
    completed: completed.length,
    cancelled: count(ShadowingStatus.CANCELLED),
    hours: round2(sum(completed, (row) => row.hours ?? 0)),
    lecturerDaysInPractice: new Set(completed.map((row) => `${row.lecturerId}/${row.visitOn}`)).size,
  };
}

function sum<T>(rows: readonly T[], value: (row: T) => number): number {
  return rows.reduce((total, row) => total + value(row), 0);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
