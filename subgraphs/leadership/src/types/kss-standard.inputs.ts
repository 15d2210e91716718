/** The inputs of the KSS heading mutations. */
import { Field, ID, InputType } from 'type-graphql';
import { KssFramework } from './enums';

@InputType({ description: 'A new KSS or post-qualifying standard heading.' })
export class KssStandardCreateInput {
  @Field(() => KssFramework, { description: 'The framework the heading belongs to.' })
  framework: KssFramework;

  @Field({ description: 'A short code, e.g. "CF1": at most 12 characters, stored in capitals, unique within the framework.' })
  code: string;

  @Field({ description: 'The heading’s wording, at most 200 characters.' })
  heading: string;
}

@InputType({ description: 'A new wording for a KSS heading.' })
export class KssStandardUpdateInput {
  @Field(() => ID, { description: 'The heading to reword.' })
  id: string;

  @Field({ description: 'Its new wording, at most 200 characters; the framework and code stay as they are.' })
  heading: string;
}
