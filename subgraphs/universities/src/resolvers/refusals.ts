/** The refusal every mutation of this subgraph gives when the record it names does not exist. */
import { UserErrors } from '../../../../shared/errors';
import { refused } from '../../../../shared/payload';

export function refuseNotFound(objectField: string, field: string, noun: string, id: string) {
  return refused(objectField, new UserErrors().add(field, 'NOT_FOUND', `No ${noun} has id ${id}.`).list);
}
