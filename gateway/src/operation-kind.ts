/**
 * Whether a fetch to a subgraph only reads. The gateway marks each fetch with it, so that what
 * stands between the gateway and a subgraph may send a read again but never a mutation: the
 * gateway's own retry (read-retry.ts) and a load balancer in front of replicas (deploy/haproxy.cfg).
 */
import { Kind, OperationTypeNode, parse } from 'graphql';

export const OPERATION_KIND_HEADER = 'x-hub-operation';

export type OperationKind = 'query' | 'mutation';

/** `mutation` unless every operation in the document is a query: an unreadable one is never resent. */
export function operationKind(document: string): OperationKind {
  try {
    const operations = parse(document).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    return operations.length > 0 && operations.every((operation) => operation.operation === OperationTypeNode.QUERY) ? 'query' : 'mutation';
  } catch {
    return 'mutation';
  }
}
