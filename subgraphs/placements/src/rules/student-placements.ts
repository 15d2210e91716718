/**
 * What a student's placements add up to, and whether a new one may join them: statutory
 * experience, contrasting settings, no overlap, and days toward the 200.
 */
import { FinalOutcome, PlacementLevel, PlacementSetting, PlacementStatus, PepsStage } from '../types/enums';
import { MAX_SKILLS_DAYS, TOTAL_PRACTICE_DAYS, isStatutorySetting } from './placement-days';
import type { UserErrorCode } from '#hub/shared/user-error-codes';

export interface StudentPlacementFacts {
  readonly level: PlacementLevel;
  readonly setting: PlacementSetting;
  readonly status: PlacementStatus;
  readonly startsOn: string;
  /** The planned end with any missed days added on. */
  readonly endsOn: string;
  readonly daysCompleted: number;
  readonly finalOutcome: FinalOutcome | null;
}

export interface RuleBreach {
  readonly code: UserErrorCode;
  readonly message: string;
}

/** Placements planned or running: proposed, confirmed or active. */
export const LIVE = [PlacementStatus.PROPOSED, PlacementStatus.CONFIRMED, PlacementStatus.ACTIVE];

/** A placement that gives, or will give, the student its experience: live, or completed with a pass. A referral is not yet a pass. */
export function countsTowardRequirements(placement: StudentPlacementFacts): boolean {
  return LIVE.includes(placement.status) || passed(placement);
}

function passed(placement: StudentPlacementFacts): boolean {
  return placement.status === PlacementStatus.COMPLETED && placement.finalOutcome === FinalOutcome.PASS;
}

/** Days that count toward the 200: those of a running or passed placement, and those done before one ended early. */
function countsTowardDays(placement: StudentPlacementFacts): boolean {
  return placement.status === PlacementStatus.ACTIVE || placement.status === PlacementStatus.ENDED_EARLY || passed(placement);
}

/** The statutory placements a student needs: the strictest of the rules of the partnerships placing them, and 1 with none. */
export function strictestStatutoryRequirement(required: readonly number[]): number {
  return Math.max(1, ...required);
}

/** Why a student may not take this offer on top of their other placements; empty when they may. */
export function checkNewPlacement(
  offer: { level: PlacementLevel; setting: PlacementSetting; startsOn: string; endsOn: string },
  others: readonly StudentPlacementFacts[],
  statutoryRequired: number,
): (RuleBreach & { field: string })[] {
  const problems: (RuleBreach & { field: string })[] = [];
  const counted = others.filter(countsTowardRequirements);
  if (others.some((other) => LIVE.includes(other.status) && other.startsOn <= offer.endsOn && offer.startsOn <= other.endsOn)) {
    problems.push({
      field: 'studentId',
      code: 'PLACEMENT_OVERLAP',
      message: 'The student has another placement planned or running over these dates.',
    });
  }
  if (counted.some((other) => other.level === offer.level)) {
    problems.push({
      field: 'studentId',
      code: 'PLACEMENT_LEVEL_TAKEN',
      message: `The student already has a ${offer.level} placement planned, running or passed.`,
    });
  }
  const otherLevel = counted.find((other) => other.level !== offer.level);
  if (otherLevel && otherLevel.setting === offer.setting) {
    problems.push({
      field: 'offerId',
      code: 'SETTINGS_NOT_CONTRASTING',
      message: `The student's other placement is in the same setting (${offer.setting}); the two must contrast.`,
    });
  }
  const statutoryAfter = counted.filter((other) => isStatutorySetting(other.setting)).length + (isStatutorySetting(offer.setting) ? 1 : 0);
  const levelsLeftAfter = 2 - new Set([...counted.map((other) => other.level), offer.level]).size;
  if (statutoryAfter + levelsLeftAfter < statutoryRequired) {
    problems.push({
      field: 'offerId',
      code: 'STATUTORY_REQUIREMENT_NOT_MET',
      message: `The partnership requires ${statutoryRequired} statutory placement(s); with this offer the student could have at most ${statutoryAfter + levelsLeftAfter}.`,
    });
  }
  return problems;
}

/** A FINAL placement must be assessed by a stage 2 practice educator. */
export function checkEducatorForLevel(level: PlacementLevel, stage: PepsStage | null): RuleBreach | null {
  if (level === PlacementLevel.FINAL && stage === PepsStage.STAGE_1) {
    return { code: 'PE_STAGE_TOO_LOW', message: 'A final placement needs a stage 2 practice educator; this educator is stage 1.' };
  }
  return null;
}

export interface PracticeDaysSummary {
  readonly skillsDays: number;
  readonly firstPlacementDays: number;
  readonly finalPlacementDays: number;
  readonly totalDays: number;
  readonly requiredDays: number;
  readonly daysToGo: number;
  readonly statutoryPlacements: number;
  readonly statutoryPlacementsRequired: number;
  readonly contrastingSettings: boolean | null;
  readonly breaches: RuleBreach[];
}

/** Days toward the 200, and which requirements the student's placements so far break. */
export function summarisePracticeDays(
  skillsDays: number,
  placements: readonly StudentPlacementFacts[],
  statutoryRequired: number,
): PracticeDaysSummary {
  // Not capped at 70 or 100: a student with fewer than 30 skills days makes up the 200 on placement.
  const daysAt = (level: PlacementLevel) =>
    placements
      .filter((placement) => placement.level === level && countsTowardDays(placement))
      .reduce((sum, placement) => sum + placement.daysCompleted, 0);
  const firstPlacementDays = daysAt(PlacementLevel.FIRST);
  const finalPlacementDays = daysAt(PlacementLevel.FINAL);
  const skills = Math.min(MAX_SKILLS_DAYS, skillsDays);
  const totalDays = skills + firstPlacementDays + finalPlacementDays;
  const counted = placements.filter(countsTowardRequirements);
  const statutoryPlacements = counted.filter((placement) => isStatutorySetting(placement.setting)).length;
  const first = counted.find((placement) => placement.level === PlacementLevel.FIRST);
  const final = counted.find((placement) => placement.level === PlacementLevel.FINAL);
  const contrastingSettings = first && final ? first.setting !== final.setting : null;
  const levelsLeft = 2 - new Set(counted.map((placement) => placement.level)).size;

  const breaches: RuleBreach[] = [];
  if (statutoryPlacements + levelsLeft < statutoryRequired) {
    breaches.push({
      code: 'STATUTORY_REQUIREMENT_NOT_MET',
      message: `${statutoryPlacements} statutory placement(s) planned or done, and ${levelsLeft} left to place; the partnership requires ${statutoryRequired}.`,
    });
  }
  if (contrastingSettings === false) {
    breaches.push({ code: 'SETTINGS_NOT_CONTRASTING', message: `Both placements are in the same setting (${first!.setting}).` });
  }
  const bothCompleted = first?.status === PlacementStatus.COMPLETED && final?.status === PlacementStatus.COMPLETED;
  if (bothCompleted && totalDays < TOTAL_PRACTICE_DAYS) {
    breaches.push({
      code: 'PRACTICE_DAYS_SHORT',
      message: `Both placements are complete with ${totalDays} of ${TOTAL_PRACTICE_DAYS} days.`,
    });
  }
  return {
    skillsDays: skills,
    firstPlacementDays,
    finalPlacementDays,
    totalDays,
    requiredDays: TOTAL_PRACTICE_DAYS,
    daysToGo: Math.max(0, TOTAL_PRACTICE_DAYS - totalDays),
    statutoryPlacements,
    statutoryPlacementsRequired: statutoryRequired,
    contrastingSettings,
    breaches,
  };
}
