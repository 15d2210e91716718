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
});
registerEnumType(PlacementLevel, { name: 'PlacementLevel', description: 'FIRST placement (70 days) or FINAL placement (100 days).' });
registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: 'PROPOSED → CONFIRMED → ACTIVE → COMPLETED; or ENDED_EARLY from ACTIVE; or CANCELLED before it starts.',
});
registerEnumType(MidpointOutcome, { name: 'MidpointOutcome' });
registerEnumType(FinalOutcome, { name: 'FinalOutcome' });
registerEnumType(PepsStage, {
  name: 'PepsStage',
  description: 'Practice Educator Professional Standards stage: stage 1 may not assess a final placement; stage 2 may.',
});
registerEnumType(QaplRating, { name: 'QaplRating', description: 'How a placement measured up in Quality Assurance in Practice Learning.' });
