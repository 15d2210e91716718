/** The input of studentSkillsDaysSet: the skills days this subgraph adds to a student. */
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'The skills days a student has done so far; replaces the number recorded before.' })
export class StudentSkillsDaysInput {
  @Field(() => ID, { description: 'A student of your university on the universities subgraph’s register.' })
  studentId: string;

  @Field(() => ID, { description: 'The student’s university; you must administer it.' })
  universityId: string;

  @Field(() => Int, { description: 'Skills days run so far, 0 to 30.' })
  days: number;
}
