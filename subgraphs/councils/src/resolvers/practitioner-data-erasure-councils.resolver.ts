/**
 * The councils subgraph's part of erasing a practitioner: their council record is deleted, once
 * they have left, after the other subgraphs have erased what they hold. This subgraph is the
 * register the others ask, so once the record is gone every erasure answers PRACTITIONER_NOT_FOUND.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { mayErasePractitionerRow } from '#hub/shared/data-subject-access';
import {
  auditedRecords,
  DataErasurePayload,
  erasePractitionerRecords,
  NOTHING_TO_ERASE,
  PractitionerDataErasureInput,
} from '#hub/shared/data-subject-erasure';
import type { CouncilsContext } from '../context';
import { Practitioner } from '../entities/practitioner.entity';
import { practitionerErasureRefusals } from '../rules/data-subject-erasure';

@Resolver()
export class PractitionerDataErasureCouncilsResolver {
  @Mutation(() => DataErasurePayload, {
    description:
      'Delete a practitioner’s council record once they have left (admins of their council). Call it last, after the other subgraphs’ practitionerDataErase mutations: once the record is gone, no erasure finds the practitioner any more. Any id but one of your council’s practitioners is refused with PRACTITIONER_NOT_FOUND.',
  })
  async practitionerDataEraseCouncils(
    @Arg('input', { description: 'The practitioner whose council record to erase, and whether this is a dry run.' })
    input: PractitionerDataErasureInput,
    @Ctx() context: CouncilsContext,
  ): Promise<DataErasurePayload> {
    const { loaders, principal, today } = context;
    const held = async () => {
      const practitioner = await loaders.practitionerById.load(input.practitionerId);
      return practitioner !== null && mayErasePractitionerRow(principal, practitioner.councilId);
    };
    return erasePractitionerRecords(
      context,
      'councils',
      input,
      async (manager) => {
        const practitioner = await manager.findOne(Practitioner, {
          where: { id: input.practitionerId },
          lock: { mode: 'pessimistic_write' },
        });
        // Deleted by a concurrent erasure since the check.
        if (!practitioner) return NOTHING_TO_ERASE;
        return {
          refusals: practitionerErasureRefusals(practitioner, today),
          counts: { rowsAnonymised: 0, rowsDeleted: 1 },
          records: auditedRecords('practitioner', [practitioner]),
          apply: async () => {
            await manager.delete(Practitioner, practitioner.id);
          },
        };
      },
      held,
    );
  }
}
