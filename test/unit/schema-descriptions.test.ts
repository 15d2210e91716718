/**
 * The schema is the hub's reference: every type, field, argument and enum value a client can see
 * through the gateway has a description. The supergraph is composed here from the subgraphs'
 * sources, so the test answers without a build; `test/supergraph.test.ts` ties it to the
 * committed `supergraph.graphql`.
 */
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { composeSupergraph } from '../../scripts/compose-supergraph';

/** Federation's own machinery in the supergraph, which the gateway does not serve. */
const FEDERATION_INTERNAL = /^(join__|link__)/;

/** "Type", "Type.field", "Type.field(argument)" and "Enum.VALUE" for everything a client can see, with its description. */
function describedParts(schema: GraphQLSchema): { path: string; description: string | null | undefined }[] {
  const visible = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) => !type.name.startsWith('__') && !FEDERATION_INTERNAL.test(type.name) && !isSpecifiedScalarType(type),
  );
  return visible.flatMap((type) => {
    const parts = [{ path: type.name, description: type.description }];
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        parts.push({ path: `${type.name}.${field.name}`, description: field.description });
        for (const argument of 'args' in field ? field.args : []) {
          parts.push({ path: `${type.name}.${field.name}(${argument.name})`, description: argument.description });
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) parts.push({ path: `${type.name}.${value.name}`, description: value.description });
    }
    return parts;
  });
}

describe('the schema’s descriptions', () => {
  let parts: ReturnType<typeof describedParts>;

  beforeAll(async () => {
    parts = describedParts(buildSchema(await composeSupergraph(), { assumeValidSDL: true }));
  }, 60_000);

  it('cover every type, field, argument and enum value a client sees', () => {
    expect(parts.filter((part) => !part.description?.trim()).map((part) => part.path)).toEqual([]);
  });

  it('count the arguments and enum values too', () => {
    expect(parts.some((part) => part.path === 'Query.practitioners(first)')).toBe(true);
    expect(parts.some((part) => part.path === 'AsyeReviewPoint.FINAL')).toBe(true);
  });
});
