import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A student, owned by the universities subgraph. This subgraph adds their placements and practice days. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A social work student. Only their own university sees them. Suitability is a confirmed flag and date: DBS details are never held here.',
})
export class Student {
  @Field(() => ID, { description: 'The student’s id.' })
  id: string;
}
