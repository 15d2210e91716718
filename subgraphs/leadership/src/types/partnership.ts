import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Council } from './council';

/** A partnership, owned by the councils subgraph. This subgraph adds its leadership settings and roll-up, for which it asks for the member councils. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A teaching partnership of councils and universities.' })
export class Partnership {
  @Field(() => ID, { description: 'The partnership’s id, given when it was started.' })
  id: string;

  @Directive('@external')
  @Field(() => [Council], { description: 'Member councils, in name order.' })
  councils?: Council[];
}
