/** This subgraph's part of erasing a practitioner: unlinking them from the teaching records their council holds here. */
import { In } from 'typeorm';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { mayErasePractitionerRow } from '#hub/shared/data-subject-access';
import {
  anonymousId,
  auditedRecords,
  DataErasurePayload,
  erasePractitionerRecords,
  lockRowsNaming,
  PractitionerDataErasureInput,
} from '#hub/shared/data-subject-erasure';
import type { UniversitiesContext } from '../context';
import { SessionAttendance } from '../entities/session-attendance.entity';
import { SessionFacilitator } from '../entities/session-facilitator.entity';
import { ShadowingVisit } from '../entities/shadowing-visit.entity';
import { TeachingSession } from '../entities/teaching-session.entity';
import { practitionerErasureRefusals } from '../rules/data-subject-erasure';

@Resolver()
export class PractitionerDataErasureUniversitiesResolver {
  @Mutation(() => DataErasurePayload, {
    description:
      'Unlink a practitioner from the teaching records recorded with your council: their facilitation and attendance rows are kept for the teaching figures under an id that leads back to nobody, and visits they hosted forget the host. Refused while a session still to come names them. Only for a practitioner on the councils register at your council; any other id is refused with PRACTITIONER_NOT_FOUND, as is every id once their council record is erased.',
  })
  async practitionerDataEraseUniversities(
    @Arg('input', { description: 'The practitioner whose teaching records to unlink, and whether this is a dry run.' })
    input: PractitionerDataErasureInput,
    @Ctx() context: UniversitiesContext,
  ): Promise<DataErasurePayload> {
    const { principal, now } = context;
    return erasePractitionerRecords(context, 'universities', input, async (manager) => {
      // Only the rows recorded with a council the caller administers.
      const own = <T extends { councilId: string | null }>(rows: T[]) =>
        rows.filter((row) => row.councilId !== null && mayErasePractitionerRow(principal, row.councilId));
      const facilitations = own(await lockRowsNaming(manager, SessionFacilitator, 'practitionerId', input.practitionerId));
      const attendances = own(await lockRowsNaming(manager, SessionAttendance, 'practitionerId', input.practitionerId));
      const visits = own(await lockRowsNaming(manager, ShadowingVisit, 'hostPractitionerId', input.practitionerId));
      const sessionIds = [...new Set([...facilitations, ...attendances].map((row) => row.sessionId))];
      const sessions = sessionIds.length > 0 ? await manager.findBy(TeachingSession, { id: In(sessionIds) }) : [];
      return {
        refusals: practitionerErasureRefusals(sessions, now),
        counts: { rowsAnonymised: facilitations.length + attendances.length + visits.length, rowsDeleted: 0 },
        records: [
          ...auditedRecords('session_facilitator', facilitations),
          ...auditedRecords('session_attendance', attendances),
          ...auditedRecords('shadowing_visit', visits),
        ],
        apply: async () => {
          const replacement = anonymousId();
          const ids = (rows: { id: string }[]) => ({ id: In(rows.map((row) => row.id)) });
          if (facilitations.length > 0) await manager.update(SessionFacilitator, ids(facilitations), { practitionerId: replacement });
          if (attendances.length > 0) await manager.update(SessionAttendance, ids(attendances), { practitionerId: replacement });
          if (visits.length > 0) await manager.update(ShadowingVisit, ids(visits), { hostPractitionerId: null });
        },
      };
    });
  }
}
