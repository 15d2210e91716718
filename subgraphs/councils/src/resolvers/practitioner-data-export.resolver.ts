import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertMayExportPractitionerData, mayExportPractitionerRow } from '#hub/shared/data-subject-access';
import { DataSubjectRecordsScalar, exportColumns, exportRow, type DataSubjectRecords } from '#hub/shared/data-subject-export';
import { badUserInput, forbidden } from '#hub/shared/errors';
import { assertUuidArgument } from '#hub/shared/input-checks';
import { naturalKeyId } from '#hub/shared/natural-key-id';
import type { CouncilsContext } from '../context';
import { mayRequestPractitionerExport } from '../rules/data-subject-export';
import { PractitionerDataExport } from '../types/practitioner-data-export';
import { SweNumberScalar } from '../types/scalars';

@Resolver(() => PractitionerDataExport)
export class PractitionerDataExportResolver {
  @Query(() => PractitionerDataExport, {
    description:
      'Everything the hub holds about a practitioner, by id or SWE number, in one document: for their council’s admins and for themselves. An id no council holds any more still finds what other subgraphs hold for your council.',
  })
  practitionerDataExport(
    @Ctx() { principal, now }: CouncilsContext,
    @Arg('id', () => ID, { nullable: true, description: 'The practitioner’s id; give this or sweNumber, not both.' }) id?: string,
    @Arg('sweNumber', () => SweNumberScalar, {
      nullable: true,
      description: 'The practitioner’s Social Work England number; give this or id, not both. It finds them even after erasure.',
    })
    sweNumber?: string,
  ): PractitionerDataExport {
    if (Boolean(id) === Boolean(sweNumber)) throw badUserInput('Give exactly one of "id" and "sweNumber".', 'id');
    assertUuidArgument(id, 'id');
    assertMayExportPractitionerData(principal);
    // An erased practitioner's id still follows from their SWE number, so both ways work after erasure.
    const practitionerId = id ?? naturalKeyId('practitioner', sweNumber!);
    if (!mayRequestPractitionerExport(principal, practitionerId)) {
      throw forbidden('Only an admin of the practitioner’s council, or the practitioner themselves, may export their records.');
    }
    return { id: practitionerId, exportedAt: now };
  }

  @FieldResolver(() => DataSubjectRecordsScalar, {
    nullable: true,
    description: 'The council record: `practitioner` (null once erased), with the `council` and `team` it names.',
  })
  async councils(@Root() subject: PractitionerDataExport, @Ctx() { loaders, principal }: CouncilsContext): Promise<DataSubjectRecords> {
    assertMayExportPractitionerData(principal);
    const practitioner = await loaders.practitionerById.load(subject.id);
    if (!practitioner || !mayExportPractitionerRow(principal, practitioner.id, practitioner.councilId)) {
      return { practitioner: null, council: null, team: null };
    }
    const [council, team] = await Promise.all([
      loaders.councilById.load(practitioner.councilId),
      practitioner.teamId ? loaders.teamById.load(practitioner.teamId) : null,
    ]);
    return {
      practitioner: exportRow(practitioner),
      council: council && exportColumns(council, ['id', 'gssCode', 'name']),
      team: team && exportColumns(team, ['id', 'name']),
    };
  }
}
