/** Erases a practitioner's placement records: this subgraph's part of a practitioner's data-subject erasure. */
import { In } from 'typeorm';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { mayErasePractitionerRow } from '#hub/shared/data-subject-access';
import {
  anonymousId,
  auditedRecords,
  DataErasurePayload,
  erasePractitionerRecords,
  lockRowsNaming,
  NOTHING_TO_ERASE,
  PractitionerDataErasureInput,
} from '#hub/shared/data-subject-erasure';
import type { PlacementsContext } from '../context';
import { PlacementOffer } from '../entities/placement-offer.entity';
import { Placement } from '../entities/placement.entity';
import { PracticeEducator } from '../entities/practice-educator.entity';
import { practiceEducatorErasureRefusals } from '../rules/data-subject-erasure';

@Resolver()
export class PractitionerDataErasurePlacementsResolver {
  @Mutation(() => DataErasurePayload, {
    description:
      'Unlink a practitioner from their practice educator registrations with your council: each stays on the register, with its stage and dates, for the placements it supervised, under an id that leads back to nobody. Refused while a placement they supervise is planned or running, or an offer not yet ended names them. Only for a practitioner on the councils register at your council; any other id is refused with PRACTITIONER_NOT_FOUND, as is every id once their council record is erased.',
  })
  async practitionerDataErasePlacements(
    @Arg('input', { description: 'The practitioner whose placement records to erase; with dryRun, only report what erasing would do.' })
    input: PractitionerDataErasureInput,
    @Ctx() context: PlacementsContext,
  ): Promise<DataErasurePayload> {
    const { principal, today } = context;
    return erasePractitionerRecords(context, 'placements', input, async (manager) => {
      const registrations = (await lockRowsNaming(manager, PracticeEducator, 'practitionerId', input.practitionerId)).filter((educator) =>
        mayErasePractitionerRow(principal, educator.councilId),
      );
      if (registrations.length === 0) return NOTHING_TO_ERASE;
      const educatorIds = In(registrations.map((educator) => educator.id));
      const supervised = await manager.findBy(Placement, { practiceEducatorId: educatorIds });
      const offers = await manager.findBy(PlacementOffer, { practiceEducatorId: educatorIds });
      return {
        refusals: practiceEducatorErasureRefusals(supervised, offers, today),
        counts: { rowsAnonymised: registrations.length, rowsDeleted: 0 },
        records: auditedRecords('practice_educator', registrations),
        apply: async () => {
          await manager.update(PracticeEducator, { id: educatorIds }, { practitionerId: anonymousId() });
        },
      };
    });
  }
}
