/**
 * The councils subgraph's part of erasing a practitioner: their council record is deleted, once
 * they have left, after the other subgraphs have erased what they hold.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { assertMayErasePractitionerData, mayErasePractitionerRow } from '#hub/shared/data-subject-access';
import {
  DataErasurePayload,
  eraseInTransaction,
  invalidSubjectId,
  NOTHING_TO_ERASE,
  PractitionerDataErasureInput,
} from '#hub/shared/data-subject-erasure';
import { forbidden } from '#hub/shared/errors';
import { isUuid } from '#hub/shared/input-checks';
import type { CouncilsContext } from '../context';
import { Practitioner } from '../entities/practitioner.entity';
import { practitionerErasureRefusals } from '../rules/data-subject-erasure';

@Resolver()
export class PractitionerDataErasureCouncilsResolver {
  @Mutation(() => DataErasurePayload, {
    description:
      'Delete a practitioner’s council record once they have left (admins of their council). Call it last, after the other subgraphs’ practitionerDataErase mutations. Erasing again changes nothing.',
  })
  async practitionerDataEraseCouncils(
    @Arg('input', { description: 'The practitioner whose council record to erase, and whether this is a dry run.' })
    input: PractitionerDataErasureInput,
    @Ctx() { loaders, principal, dataSource, today }: CouncilsContext,
  ): Promise<DataErasurePayload> {
    assertMayErasePractitionerData(principal);
    if (!isUuid(input.practitionerId)) return invalidSubjectId('practitionerId');
    const existing = await loaders.practitionerById.load(input.practitionerId);
    if (existing && !mayErasePractitionerRow(principal, existing.councilId)) {
      throw forbidden('Only an admin of the practitioner’s council may erase their record.');
    }
    return eraseInTransaction(dataSource, 'councils', { id: input.practitionerId, dryRun: input.dryRun }, async (manager) => {
      const practitioner = await manager.findOne(Practitioner, {
        where: { id: input.practitionerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!practitioner) return NOTHING_TO_ERASE;
      return {
        refusals: practitionerErasureRefusals(practitioner, today),
        counts: { rowsAnonymised: 0, rowsDeleted: 1 },
        apply: async () => {
          await manager.delete(Practitioner, practitioner.id);
        },
      };
    });
  }
}
