import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Council } from './council';

/**
 * A partnership, owned by the councils subgraph. This subgraph adds its member universities and
 * its teaching figures, for which it asks the gateway for the member councils' ids.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Partnership {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => [Council])
  councils?: Council[];
}
