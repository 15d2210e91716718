/**
 * Whether a practitioner may be recorded here with the council a mutation names. The councils
 * subgraph's register decides wherever it shows the practitioner to the caller: the council named
 * must be the one on it. Where it does not (the practitioner is unknown, or another council's),
 * only the session's university may name them, on its own word: checking that word would tell the
 * university where a person works, which the register keeps from it. Anyone else gets one refusal
 * for an unknown practitioner and another council's, naming only the id they gave.
 */
import type { UserErrors } from '#hub/shared/errors';
import type { PractitionerPlace } from './people-lists';

export function checkRegisteredCouncil(
  place: PractitionerPlace,
  /** The practitioner's council on the register as the caller sees it; null when it shows them no such practitioner. */
  registeredCouncilId: string | null,
  universityVouches: boolean,
  field: string,
  errors: UserErrors,
): void {
  if (registeredCouncilId === null) {
    if (universityVouches) return;
    errors.add(
      field,
      'PRACTITIONER_NOT_FOUND',
      `No practitioner ${place.practitionerId} is on the register of a council whose records you may see.`,
    );
  } else if (registeredCouncilId.toLowerCase() !== place.councilId.toLowerCase()) {
    errors.add(
      field,
      'PRACTITIONER_COUNCIL_MISMATCH',
      `Practitioner ${place.practitionerId} is on the register of council ${registeredCouncilId}, not ${place.councilId}.`,
    );
  }
}
