/** The leadership subgraph's part of erasing a practitioner: its records are kept for the report, unlinked from them. */
import { In } from 'typeorm';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { mayErasePractitionerRow } from '#hub/shared/data-subject-access';
import {
  anonymousId,
  auditedRecords,
  DataErasurePayload,
  ERASED_TEXT,
  erasePractitionerRecords,
  lockRowsNaming,
  NOTHING_TO_ERASE,
  PractitionerDataErasureInput,
} from '#hub/shared/data-subject-erasure';
import type { LeadershipContext } from '../context';
import { AsyeRecord } from '../entities/asye-record.entity';
import { CpdRecord } from '../entities/cpd-record.entity';
import { MentoringSession } from '../entities/mentoring-session.entity';
import { MentoringRelationship } from '../entities/mentoring-relationship.entity';
import { PathwayEnrolment } from '../entities/pathway-enrolment.entity';
import { leadershipErasureRefusals } from '../rules/data-subject-erasure';

@Resolver()
export class PractitionerDataErasureLeadershipResolver {
  @Mutation(() => DataErasurePayload, {
    description:
      'Unlink a practitioner from their leadership records with your council: enrolments, ASYE records (theirs and those they assessed), CPD and mentoring are kept for the progress report under an id that leads back to nobody, and what they or others wrote about them (CPD titles and notes, stage evidence notes, the topics of mentoring they received) is replaced. Refused while any of it is still running. Only for a practitioner on the councils register at your council; any other id is refused with PRACTITIONER_NOT_FOUND, as is every id once their council record is erased.',
  })
  async practitionerDataEraseLeadership(
    @Arg('input', { description: 'The practitioner, and whether only to check and count.' }) input: PractitionerDataErasureInput,
    @Ctx() context: LeadershipContext,
  ): Promise<DataErasurePayload> {
    const { principal } = context;
    const practitionerId = input.practitionerId;
    return erasePractitionerRecords(context, 'leadership', input, async (manager) => {
      const naming = <T extends object>(entity: new () => T, property: keyof T & string) =>
        lockRowsNaming(manager, entity, property, practitionerId);
      const enrolments = await naming(PathwayEnrolment, 'practitionerId');
      const asye = await naming(AsyeRecord, 'practitionerId');
      const assessed = await naming(AsyeRecord, 'assessorPractitionerId');
      const cpd = await naming(CpdRecord, 'practitionerId');
      const received = await naming(MentoringRelationship, 'menteePractitionerId');
      const given = await naming(MentoringRelationship, 'mentorPractitionerId');

      const may = (row: { councilId: string }) => mayErasePractitionerRow(principal, row.councilId);
      // A relationship names the mentee's council, not the mentor's; the council the mentor is recorded with here stands for theirs.
      const recordedCouncil = [...enrolments, ...asye, ...cpd].map((row) => row.councilId).at(0) ?? received.at(0)?.menteeCouncilId ?? null;
      const own = {
        enrolments: enrolments.filter(may),
        asye: asye.filter(may),
        assessed: assessed.filter(may),
        cpd: cpd.filter(may),
        received: received.filter((row) => may({ councilId: row.menteeCouncilId })),
        given: given.filter(
          (row) => may({ councilId: row.menteeCouncilId }) || (recordedCouncil !== null && may({ councilId: recordedCouncil })),
        ),
      };
      const found = Object.values(own).reduce((total, rows) => total + rows.length, 0);
      if (found === 0) return NOTHING_TO_ERASE;
      const sessionsReceived =
        own.received.length > 0 ? await manager.findBy(MentoringSession, { relationshipId: In(own.received.map((row) => row.id)) }) : [];

      return {
        refusals: leadershipErasureRefusals({
          asye: own.asye,
          assessed: own.assessed,
          enrolments: own.enrolments,
          mentoring: [...own.received, ...own.given],
        }),
        counts: { rowsAnonymised: found + sessionsReceived.length, rowsDeleted: 0 },
        records: [
          ...auditedRecords('pathway_enrolment', own.enrolments),
          ...auditedRecords('asye_record', [...own.asye, ...own.assessed]),
          ...auditedRecords('cpd_record', own.cpd),
          ...auditedRecords('mentoring_relationship', [...own.received, ...own.given]),
          ...auditedRecords('mentoring_session', sessionsReceived),
        ],
        apply: async () => {
          const replacement = anonymousId();
          const ids = (rows: { id: string }[]) => ({ id: In(rows.map((row) => row.id)) });
          // Sign-offs are a short list on each enrolment's row; only their evidence notes change.
          for (const enrolment of own.enrolments) {
            await manager.update(PathwayEnrolment, enrolment.id, {
              practitionerId: replacement,
              signOffs: enrolment.signOffs.map((signOff) => ({ ...signOff, evidenceNote: ERASED_TEXT })),
            });
          }
          if (own.asye.length > 0) await manager.update(AsyeRecord, ids(own.asye), { practitionerId: replacement });
          if (own.assessed.length > 0) await manager.update(AsyeRecord, ids(own.assessed), { assessorPractitionerId: replacement });
          if (own.cpd.length > 0) {
            await manager.update(CpdRecord, ids(own.cpd), {
              practitionerId: replacement,
              title: ERASED_TEXT,
              learning: ERASED_TEXT,
              impact: ERASED_TEXT,
              teachingSessionId: null,
            });
          }
          if (own.received.length > 0) {
            await manager.update(MentoringRelationship, ids(own.received), { menteePractitionerId: replacement });
          }
          if (sessionsReceived.length > 0) await manager.update(MentoringSession, ids(sessionsReceived), { topics: ERASED_TEXT });
          if (own.given.length > 0) await manager.update(MentoringRelationship, ids(own.given), { mentorPractitionerId: replacement });
        },
      };
    });
  }
}
