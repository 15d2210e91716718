/** The input of leadershipAgreementSet. */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AcademicYearScalar } from '#hub/shared/scalars';

@InputType({
  description:
    'The practice leadership a partnership promises in an academic year; each figure is a minimum, and the set replaces the year’s last. Minimum learning days are set with leadershipSettingsUpdate.',
})
export class LeadershipAgreementSetInput {
  @Field(() => ID, { description: 'The partnership; you must administer it.' })
  partnershipId: string;

  @Field(() => AcademicYearScalar, { description: 'The academic year the promises are for, e.g. 2026/27.' })
  academicYear: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of practitioners meeting the CPD rules, 0 to 1, to four decimal places. Left out or null: no promise.',
  })
  cpdComplianceRate?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pathway completions in the year, 0 to 10000. Left out or null: no promise.' })
  pathwayCompletions?: number | null;
}
