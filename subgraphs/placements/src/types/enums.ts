/** The closed sets of the placements subgraph. Values are their own names, as stored. */
import { registerEnumType } from 'type-graphql';

export enum PlacementSetting {
  STATUTORY_CHILDREN = 'STATUTORY_CHILDREN',
  STATUTORY_ADULTS = 'STATUTORY_ADULTS',
  OTHER_STATUTORY = 'OTHER_STATUTORY',
  VOLUNTARY_OR_PRIVATE = 'VOLUNTARY_OR_PRIVATE',
}

export enum PlacementLevel {
  FIRST = 'FIRST',
  FINAL = 'FINAL',
}

export enum PlacementStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  ENDED_EARLY = 'ENDED_EARLY',
  CANCELLED = 'CANCELLED',
}

export enum MidpointOutcome {
  SATISFACTORY = 'SATISFACTORY',
  CONCERNS = 'CONCERNS',
}

export enum FinalOutcome {
  PASS = 'PASS',
  FAIL = 'FAIL',
  REFER = 'REFER',
}

export enum PepsStage {
  STAGE_1 = 'STAGE_1',
  STAGE_2 = 'STAGE_2',
}

export enum QaplRating {
  MEETS_STANDARDS = 'MEETS_STANDARDS',
  PARTLY_MEETS_STANDARDS = 'PARTLY_MEETS_STANDARDS',
  DOES_NOT_MEET_STANDARDS = 'DOES_NOT_MEET_STANDARDS',
}

registerEnumType(PlacementSetting, {
  name: 'PlacementSetting',
  description: 'Where a placement happens. All but VOLUNTARY_OR_PRIVATE are statutory: they involve legal interventions.',
  valuesConfig: {
    STATUTORY_CHILDREN: { description: 'Statutory social work with children and families.' },
    STATUTORY_ADULTS: { description: 'Statutory social work with adults.' },
    OTHER_STATUTORY: { description: 'Another statutory setting, with legal interventions, outside children’s and adults’ services.' },
    VOLUNTARY_OR_PRIVATE: { description: 'A voluntary, charitable or private organisation: not statutory.' },
  },
});
registerEnumType(PlacementLevel, {
  name: 'PlacementLevel',
  description: 'FIRST placement (70 days) or FINAL placement (100 days).',
  valuesConfig: {
    FIRST: { description: 'The first placement: 70 days of practice.' },
    FINAL: { description: 'The final placement: 100 days of practice, assessed by a stage 2 practice educator.' },
  },
});
registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: 'PROPOSED → CONFIRMED → ACTIVE → COMPLETED; or ENDED_EARLY from ACTIVE; or CANCELLED before it starts.',
  valuesConfig: {
    PROPOSED: { description: 'The university has allocated the student; the host council has not yet accepted.' },
    CONFIRMED: { description: 'The host council has accepted; not yet started.' },
    ACTIVE: { description: 'Running: started once the learning agreement was signed and a practice educator assigned.' },
    COMPLETED: { description: 'Finished, with the final outcome recorded.' },
    ENDED_EARLY: { description: 'Ended while running, with a reason; the days done still count.' },
    CANCELLED: { description: 'Called off before it started; its place on the offer is free again.' },
  },
});
registerEnumType(MidpointOutcome, {
  name: 'MidpointOutcome',
  description: 'What the midpoint review of a running placement found.',
  valuesConfig: {
    SATISFACTORY: { description: 'The student is making the progress expected.' },
    CONCERNS: { description: 'There are concerns about the student’s progress; an action plan is agreed.' },
  },
});
registerEnumType(FinalOutcome, {
  name: 'FinalOutcome',
  description: 'The final report’s recommendation when a placement completes.',
  valuesConfig: {
    PASS: { description: 'Passed; needs the placement’s required days done. Only a pass counts toward the student’s requirements.' },
    FAIL: { description: 'Failed.' },
    REFER: { description: 'Referred: neither passed nor failed yet; it does not count as a pass.' },
  },
});
registerEnumType(PepsStage, {
  name: 'PepsStage',
  description: 'Practice Educator Professional Standards stage: stage 1 may not assess a final placement; stage 2 may.',
  valuesConfig: {
    STAGE_1: { description: 'PEPS stage 1: may assess a first placement only; needs 2 years since qualifying.' },
    STAGE_2: {
      description: 'PEPS stage 2: may assess first and final placements; needs the partnership’s years since qualifying, at least 2.',
    },
  },
});
registerEnumType(QaplRating, {
  name: 'QaplRating',
  description: 'How a placement measured up in Quality Assurance in Practice Learning.',
  valuesConfig: {
    MEETS_STANDARDS: { description: 'The placement met the quality standards for practice learning.' },
    PARTLY_MEETS_STANDARDS: { description: 'The placement met the standards in part.' },
    DOES_NOT_MEET_STANDARDS: { description: 'The placement did not meet the standards.' },
  },
});

/** The rules over a student's whole course that PracticeDays.breaches can name. */
export enum PracticeRule {
  STATUTORY_REQUIREMENT_NOT_MET = 'STATUTORY_REQUIREMENT_NOT_MET',
  SETTINGS_NOT_CONTRASTING = 'SETTINGS_NOT_CONTRASTING',
  PRACTICE_DAYS_SHORT = 'PRACTICE_DAYS_SHORT',
}

registerEnumType(PracticeRule, {
  name: 'PracticeRule',
  description: 'A rule over a student’s practice learning as a whole, which their placements can break.',
  valuesConfig: {
    STATUTORY_REQUIREMENT_NOT_MET: { description: 'Fewer statutory placements, done and planned, than the partnership requires.' },
    SETTINGS_NOT_CONTRASTING: { description: 'Both placements in the same kind of setting.' },
    PRACTICE_DAYS_SHORT: { description: 'Both placements finished with fewer than 200 practice days.' },
  },
});
