/**
 * Mutation payloads: `{ <object>, userErrors }`. The object is null whenever userErrors is not
 * empty, and then nothing was written.
 */
import { Field, ObjectType, type ClassType } from 'type-graphql';
import { UserError, UserErrors } from './errors';

export function PayloadType<T extends object>(objectType: ClassType<T>, objectField: string, name: string) {
  @ObjectType(name, { description: `What the mutation wrote: the ${objectField}, or why it was refused.` })
  class Payload {
    @Field(() => [UserError], { description: 'Why the input was refused, every problem at once; empty when it was written.' })
    userErrors: UserError[];
  }
  Field(() => objectType, { nullable: true, description: `The ${objectField} as written; null when userErrors is not empty.` })(
    Payload.prototype,
    objectField,
  );
  return Payload;
}

export function refused(objectField: string, userErrors: UserError[]) {
  return { [objectField]: null, userErrors };
}

export function succeeded<T>(objectField: string, value: T) {
  return { [objectField]: value, userErrors: [] as UserError[] };
}

/** The refusal a mutation gives when the record an input id names does not exist. */
export function refusedNotFound(objectField: string, field: string, noun: string, id: string) {
  return refused(objectField, new UserErrors().add(field, 'NOT_FOUND', `No ${noun} has id ${id}.`).list);
}
