import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Council } from './council';

/** A partnership, owned by the councils subgraph. This subgraph adds its leadership settings and roll-up, for which it asks for the member councils. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Partnership {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => [Council])
  councils?: Council[];
}
