/**
 * Where the hub's answers may hold a null, the schema must say so. GraphQL nulls a failed non-null
 * field's parent, so a refused or failed part of a query would otherwise take its parents, and
 * the answer's other fields, with it. Read off the committed supergraph.
 */
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import { readCommittedSupergraph } from '../../gateway/src/supergraph-file';

const objectTypes = parse(readCommittedSupergraph()).definitions.filter(
  (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION,
);

function graphsOf(directives: readonly ConstDirectiveNode[] | undefined, name: string): string[] {
  return (directives ?? [])
    .filter((directive) => directive.name.value === name)
    .map((directive) => print(directive.arguments!.find((argument) => argument.name.value === 'graph')!.value));
}

const isEntity = (type: ObjectTypeDefinitionNode) =>
  (type.directives ?? []).some((d) => d.name.value === 'join__type' && d.arguments?.some((a) => a.name.value === 'key'));

/** The subgraphs that resolve a field: those its `@join__field`s name, or every one defining its type. */
const resolvingGraphs = (type: ObjectTypeDefinitionNode, field: FieldDefinitionNode) => {
  const named = graphsOf(field.directives, 'join__field');
  return named.length > 0 ? named : graphsOf(type.directives, 'join__type');
};

/** The subgraph that resolves a field others declare `@external`: only its owner can. */
const externalsOwner = (type: ObjectTypeDefinitionNode): string | undefined => {
  for (const field of type.fields ?? []) {
    const joins = (field.directives ?? []).filter((directive) => directive.name.value === 'join__field');
    const isExternal = (directive: ConstDirectiveNode) =>
      directive.arguments?.some((argument) => argument.name.value === 'external' && print(argument.value) === 'true');
    if (joins.some(isExternal)) {
      const resolving = joins.find((directive) => !isExternal(directive));
      if (resolving) return print(resolving.arguments!.find((argument) => argument.name.value === 'graph')!.value);
    }
  }
  return undefined;
};

/**
 * An entity belongs to the subgraph that resolves the fields others declare external, or else the
 * one that resolves most of its fields; every other subgraph only refers to it or adds to it.
 */
const owners = new Map(
  objectTypes.filter(isEntity).map((type) => {
    const counts = new Map<string, number>();
    for (const field of type.fields ?? []) {
      for (const graph of resolvingGraphs(type, field)) counts.set(graph, (counts.get(graph) ?? 0) + 1);
    }
    return [type.name.value, externalsOwner(type) ?? [...counts].sort((a, b) => b[1] - a[1])[0][0]] as const;
  }),
);

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
/** Whether the innermost position (the object itself, inside any lists) is non-null. */
const innermostNonNull = (type: TypeNode): boolean =>
  type.kind === Kind.LIST_TYPE || type.kind === Kind.NON_NULL_TYPE
    ? type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.NAMED_TYPE
      ? true
      : innermostNonNull(type.type)
    : false;

const fieldsWhere = (keep: (type: ObjectTypeDefinitionNode, field: FieldDefinitionNode) => boolean) =>
  objectTypes.flatMap((type) =>
    (type.fields ?? []).filter((field) => keep(type, field)).map((field) => `${type.name.value}.${field.name.value}: ${print(field.type)}`),
  );

describe('nullability in the supergraph', () => {
  it('gives each entity the subgraph that owns it', () => {
    expect(Object.fromEntries(owners)).toEqual({
      Council: 'COUNCILS',
      Lecturer: 'UNIVERSITIES',
      OrganisationAuditLog: 'COUNCILS',
      Partnership: 'COUNCILS',
      PracticeEducator: 'PLACEMENTS',
      Practitioner: 'COUNCILS',
      PractitionerDataExport: 'COUNCILS',
      Student: 'UNIVERSITIES',
      StudentDataExport: 'UNIVERSITIES',
      Team: 'COUNCILS',
      University: 'UNIVERSITIES',
    });
  });

  it('makes every root field nullable, so a refused or failed one nulls only itself', () => {
    const nonNullRoots = fieldsWhere(
      (type, field) => ['Query', 'Mutation'].includes(type.name.value) && field.type.kind === Kind.NON_NULL_TYPE,
    );
    expect(nonNullRoots).toEqual([]);
  });

  it('makes every field a subgraph adds to another subgraph’s entity nullable, as that subgraph may fail or refuse', () => {
    const nonNullAdditions = fieldsWhere((type, field) => {
      const owner = owners.get(type.name.value);
      return owner !== undefined && !resolvingGraphs(type, field).includes(owner) && field.type.kind === Kind.NON_NULL_TYPE;
    });
    expect(nonNullAdditions).toEqual([]);
  });

  it('makes every reference to another subgraph’s entity nullable, as its owner may hide the record or fail', () => {
    const nonNullReferences = fieldsWhere((type, field) => {
      const owner = owners.get(namedType(field.type));
      return owner !== undefined && !resolvingGraphs(type, field).includes(owner) && innermostNonNull(field.type);
    });
    expect(nonNullReferences).toEqual([]);
  });

  it('makes the fields a subgraph refuses to some callers nullable, within its own types too', () => {
    const refusable = [
      'Council.practitioners',
      'Team.practitioners',
      'TeachingSession.lecturers',
      'ShadowingVisit.lecturer',
      'University.students',
      'University.lecturers',
    ];
    const nonNull = fieldsWhere(
      (type, field) => refusable.includes(`${type.name.value}.${field.name.value}`) && field.type.kind === Kind.NON_NULL_TYPE,
    );
    expect(nonNull).toEqual([]);
  });
});
