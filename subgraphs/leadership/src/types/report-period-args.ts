/** The period arguments every leadership progress report takes, and the periods they give on a day. */
import { ArgsType, Field, Int } from 'type-graphql';
import { badUserInput } from '#hub/shared/errors';
import type { IsoDate } from '#hub/shared/iso-date';
import { AcademicYearScalar } from '#hub/shared/scalars';
import { reportPeriods, requestedPeriodProblems, type ReportPeriods } from '../rules/report-period';

@ArgsType()
export class ReportPeriodArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'The Social Work England registration year to count CPD in, named by the 30 November it ends on (2026: 1 December 2025 to 30 November 2026). Default: the one running today, with the one just ended in `cpdYearJustEnded` for its first 60 days.',
  })
  registrationYear?: number | null;

  @Field(() => AcademicYearScalar, {
    nullable: true,
    description: 'The academic year to count pathway and ASYE completions and mentoring sessions in. Default: the one running today.',
  })
  academicYear?: string | null;
}

/** The report's periods on `today`; a year not yet begun is refused as bad input naming its argument. */
export function periodsAsked(args: ReportPeriodArgs, today: IsoDate): ReportPeriods {
  const [problem] = requestedPeriodProblems(args, today);
  if (problem) throw badUserInput(problem.message, problem.argument);
  return reportPeriods(args, today);
}
