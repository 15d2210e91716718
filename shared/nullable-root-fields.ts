/**
 * Every root field is nullable. GraphQL nulls a failed non-null field's parent, and a root
 * field's parent is the whole answer: one refused query, or one mutation refused beside others
 * that committed, would otherwise answer `{"data": null}` and hide what did succeed. With nullable
 * root fields a refusal or a failure nulls only its own field, and `errors` says why, with its path.
 */
import { Kind, visit, type DocumentNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';

const ROOT_TYPES = new Set(['Query', 'Mutation']);

export function withNullableRootFields(typeDefs: DocumentNode): DocumentNode {
  return visit(typeDefs, {
    ObjectTypeDefinition(node: ObjectTypeDefinitionNode) {
      if (!ROOT_TYPES.has(node.name.value)) return undefined;
      return { ...node, fields: node.fields?.map(nullable) };
    },
  });
}

function nullable(field: FieldDefinitionNode): FieldDefinitionNode {
  return field.type.kind === Kind.NON_NULL_TYPE ? { ...field, type: field.type.type } : field;
}
