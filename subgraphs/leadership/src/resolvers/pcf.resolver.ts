/** The Professional Capabilities Framework's domains and levels, served from code to every signed-in user. */
import { Query, Resolver } from 'type-graphql';
import { PCF_DOMAINS, PCF_LEVELS, PcfDomainInfo, PcfLevelInfo } from '../types/pcf';

@Resolver()
export class PcfResolver {
  @Query(() => [PcfDomainInfo], { description: 'The nine domains of the Professional Capabilities Framework.' })
  pcfDomains(): PcfDomainInfo[] {
    return PCF_DOMAINS;
  }

  @Query(() => [PcfLevelInfo], { description: 'The nine levels of the Professional Capabilities Framework, in order.' })
  pcfLevels(): PcfLevelInfo[] {
    return PCF_LEVELS;
  }
}
