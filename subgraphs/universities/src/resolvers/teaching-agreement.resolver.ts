/** A partnership's teaching promises per academic year: set by its admins, read by every signed-in user against the year's teaching. */
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { academicYearBounds, academicYearOf } from '#hub/shared/academic-year';
import { forbidden, UserErrors } from '#hub/shared/errors';
import { refused, succeeded } from '#hub/shared/payload';
import { upsertRow } from '#hub/shared/write';
import { AcademicYearScalar } from '#hub/shared/scalars';
import type { UniversitiesContext } from '../context';
import { TeachingAgreement } from '../entities/teaching-agreement.entity';
import { checkTeachingTargets, shownFigure, teachingProgress } from '../rules/teaching-agreement';
import { partnershipExists } from '../services/partnership-membership';
import { partnershipTeaching } from '../services/partnership-teaching';
import { Partnership } from '../types/partnership';
import { TeachingAgreementPayload } from '../types/payloads';
import { TeachingAgreementSetInput } from '../types/teaching-agreement.inputs';
import { TeachingAgreementProgress } from '../types/teaching-agreement';

@Resolver(() => Partnership)
export class TeachingAgreementResolver {
  @Directive('@requires(fields: "councils { id }")')
  @FieldResolver(() => TeachingAgreementProgress, {
    nullable: true,
    description:
      'What the partnership’s agreement promises of its universities’ teaching in an academic year (this one if not given), against the sessions held so far; null when it promises nothing for that year. Figures as in Partnership.teaching, counting only sessions that have started, with small counts withheld alike.',
  })
  async teachingAgreement(
    @Root() partnership: Partnership,
    @Ctx() context: UniversitiesContext,
    @Arg('academicYear', () => AcademicYearScalar, {
      nullable: true,
      description: 'The academic year, e.g. 2025/26; the current one when left out.',
    })
    academicYear?: string,
  ): Promise<TeachingAgreementProgress | null> {
    const year = academicYear ?? academicYearOf(context.today);
    const targets = await context.loaders.teachingAgreementByPartnershipYear.load({ id: partnership.id, academicYear: year });
    if (!targets) return null;
    const teaching = await partnershipTeaching(partnership, year, context, { heldBefore: context.now });
    const asOf = { today: context.today };
    return {
      academicYear: year,
      ...academicYearBounds(year),
      targets,
      progress: teachingProgress(
        targets,
        {
          byKind: teaching.byKind,
          coDeliveredShare: shownFigure(teaching, 'coDeliveredShare'),
          practitionerTeachingHours: shownFigure(teaching.practitionerTeaching, 'hours'),
          lecturerDaysInPractice: shownFigure(teaching.shadowing, 'lecturerDaysInPractice'),
        },
        { ...asOf, wholeTargets: true },
      ),
      byUniversity: teaching.byUniversity.map((row) => ({
        university: row.university,
        progress: teachingProgress(
          targets,
          { byKind: row.byKind, coDeliveredShare: shownFigure(row, 'coDeliveredShare') },
          { ...asOf, wholeTargets: false },
        ),
      })),
      byCouncil: teaching.byCouncil.map((row) => ({
        council: row.council,
        progress: teachingProgress(
          targets,
          {
            practitionerTeachingHours: shownFigure(row.practitionerTeaching, 'hours'),
            lecturerDaysInPractice: shownFigure(row.shadowing, 'lecturerDaysInPractice'),
          },
          { ...asOf, wholeTargets: false },
        ),
      })),
    };
  }

  @Mutation(() => TeachingAgreementPayload, {
    description:
      'Set what a partnership’s agreement promises of its universities’ teaching in an academic year (its admins). The set replaces the year’s last; a figure left out promises nothing.',
  })
  async teachingAgreementSet(
    @Arg('input', { description: 'The partnership, the year and its teaching targets.' }) input: TeachingAgreementSetInput,
    @Ctx() context: UniversitiesContext,
  ) {
    const { principal, dataSource } = context;
    if (!principal.usesPartnershipAdminRightsOf(input.partnershipId)) {
      throw forbidden('Only an admin of this partnership may set its agreement.');
    }
    const { partnershipId, academicYear, ...given } = input;
    const targets = {
      seminars: given.seminars ?? null,
      lectures: given.lectures ?? null,
      masterclasses: given.masterclasses ?? null,
      workshops: given.workshops ?? null,
      conferenceSessions: given.conferenceSessions ?? null,
      coDeliveredShare: given.coDeliveredShare ?? null,
      practitionerTeachingHours: given.practitionerTeachingHours ?? null,
      lecturerDaysInPractice: given.lecturerDaysInPractice ?? null,
    };
    const errors = new UserErrors();
    checkTeachingTargets(errors, targets);
    if (!errors.any && !(await partnershipExists(context, partnershipId))) {
      errors.add('partnershipId', 'NOT_FOUND', `No partnership has id ${partnershipId}.`);
    }
    if (errors.any) return refused('teachingAgreement', errors.list);
    return succeeded(
      'teachingAgreement',
      await upsertRow(dataSource, TeachingAgreement, { partnershipId, academicYear, ...targets }, ['partnershipId', 'academicYear']),
    );
  }
}
