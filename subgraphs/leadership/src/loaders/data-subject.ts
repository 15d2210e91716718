/**
 * The rows a data-subject export reads beyond the everyday loaders, in one statement per kind of
 * row however many people a request names.
 */
import type { DataSource } from 'typeorm';
import { createGroupedLoader } from '#hub/shared/loaders';
import { AsyeRecord } from '../entities/asye-record.entity';

export function createDataSubjectLoaders(dataSource: DataSource) {
  return {
    asyeByAssessor: createGroupedLoader(dataSource.getRepository(AsyeRecord), 'assessorPractitionerId', 'startedOn'),
  };
}
