/**
 * The nine levels of the Professional Capabilities Framework, as one GraphQL enum: the councils and
 * leadership subgraphs both serve it, and federation needs it the same in each.
 */
import { registerEnumType } from 'type-graphql';

export enum PcfLevel {
  ENTRY = 'ENTRY',
  READINESS_FOR_DIRECT_PRACTICE = 'READINESS_FOR_DIRECT_PRACTICE',
  END_OF_FIRST_PLACEMENT = 'END_OF_FIRST_PLACEMENT',
  END_OF_LAST_PLACEMENT = 'END_OF_LAST_PLACEMENT',
  ASYE = 'ASYE',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  EXPERIENCED_SOCIAL_WORKER = 'EXPERIENCED_SOCIAL_WORKER',
  ADVANCED = 'ADVANCED',
  STRATEGIC = 'STRATEGIC',
}

registerEnumType(PcfLevel, {
  name: 'PcfLevel',
  description: 'A level of the Professional Capabilities Framework.',
  valuesConfig: {
    ENTRY: { description: 'Entry to a social work qualifying course (student level).' },
    READINESS_FOR_DIRECT_PRACTICE: { description: 'Readiness for direct practice, before the first placement (student level).' },
    END_OF_FIRST_PLACEMENT: { description: 'End of the first placement (student level).' },
    END_OF_LAST_PLACEMENT: { description: 'End of the last placement, at qualification (student level).' },
    ASYE: { description: 'The assessed and supported year in employment, the first year after qualifying.' },
    SOCIAL_WORKER: { description: 'Social worker, after the ASYE.' },
    EXPERIENCED_SOCIAL_WORKER: { description: 'Experienced social worker.' },
    ADVANCED: { description: 'Advanced: an advanced practitioner, social work manager or social work educator.' },
    STRATEGIC: { description: 'Strategic: a principal social worker, strategic manager or strategic educator.' },
  },
});
