import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LeadershipContext } from '../context';
import { KssStandard } from '../entities/kss-standard.entity';
import { PathwayStage } from '../entities/pathway-stage.entity';

@Resolver(() => PathwayStage)
export class PathwayStageResolver {
  @FieldResolver(() => [KssStandard], { description: 'The KSS or post-qualifying standard headings this stage works toward.' })
  kssStandards(@Root() stage: PathwayStage, @Ctx() { loaders }: LeadershipContext) {
    return loaders.kssByStage.load(stage.id);
  }
}
