import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Council } from './council';

/**
 * A partnership, owned by the councils subgraph. This subgraph adds its placement settings,
 * supply and students' practice days; for supply it asks the gateway for the member councils.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A teaching partnership of councils and universities.' })
export class Partnership {
  @Field(() => ID, { description: 'The partnership’s id.' })
  id: string;

  @Directive('@external')
  @Field(() => [Council], { description: 'Member councils, in name order.' })
  councils?: Council[];
}
