/**
 * Councils and partnerships, owned by the councils subgraph, which refer to each other: one file,
 * so their types need no import cycle. This subgraph adds its leadership fields to both, and asks
 * the gateway for a partnership's member councils and a council's partnerships where it needs them.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: "A local authority with children's or adults' social work services." })
export class Council {
  @Field(() => ID, { description: 'Derived from the GSS code, so it is the same in every environment.' })
  id: string;

  @Directive('@external')
  @Field(() => [Partnership], { description: 'The partnerships it is a member of.' })
  partnerships?: Pick<Partnership, 'id'>[];
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A teaching partnership of councils and universities.' })
export class Partnership {
  @Field(() => ID, { description: 'The partnership’s id, given when it was started.' })
  id: string;

  @Directive('@external')
  @Field(() => [Council], { description: 'Member councils, in name order.' })
  councils?: Council[];
}
