/**
 * The estimated cost of an operation: roughly how many values its answer can hold. 1 per scalar
 * field, 2 per object field, times the page size of each list it sits in; a list without paging
 * counts as the size list-sizes.ts gives it, so nesting such lists multiplies the cost as it
 * multiplies the answer. The page size is the `first` (or `last`) the request asks for, written in
 * the query or passed in a variable (a query planner may turn one into the other); a variable left
 * out counts as its default, a `first` left out as the list's default page. A variable's page is
 * capped at the largest page, since pagination refuses more with an error naming the argument.
 * Fragments cost only their fields.
 */
import {
  getNamedType,
  getNullableType,
  isListType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { listSizeOf } from './list-sizes';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

const SCALAR_COST = 1;
const OBJECT_COST = 2;
const PAGE_ARGUMENTS = ['first', 'last'];

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((definition) => definition.defaultValue)
      .map((definition) => [definition.variable.name.value, valueFromASTUntyped(definition.defaultValue!)]),
  );
  const rootType =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const costing: Costing = { schema, fragments, variables: { ...defaults, ...variables }, fragmentCosts: new Map() };
  return selectionCost(costing, operation.selectionSet, rootType ?? undefined, new Set());
}

interface Costing {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  /**
   * A fragment costs the same wherever it is spread, so each is costed once: fragments that each
   * spread the next twice would otherwise take 2^n steps.
   */
  readonly fragmentCosts: Map<string, number>;
}

function selectionCost(
  costing: Costing,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType | undefined,
  fragmentsEntered: ReadonlySet<string>,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(costing, selection, parentType, fragmentsEntered);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? costing.schema.getType(selection.typeCondition.name.value) : parentType;
      cost += selectionCost(costing, selection.selectionSet, type ?? undefined, fragmentsEntered);
    } else {
      cost += fragmentCost(costing, selection.name.value, fragmentsEntered);
    }
  }
  return cost;
}

function fragmentCost(costing: Costing, name: string, fragmentsEntered: ReadonlySet<string>): number {
  const known = costing.fragmentCosts.get(name);
  if (known !== undefined) return known;
  const fragment = costing.fragments.get(name);
  // A fragment that spreads itself is refused by validation; here it just costs nothing more.
  if (!fragment || fragmentsEntered.has(name)) return 0;
  const type = costing.schema.getType(fragment.typeCondition.name.value);
  const cost = selectionCost(costing, fragment.selectionSet, type ?? undefined, new Set([...fragmentsEntered, name]));
  costing.fragmentCosts.set(name, cost);
  return cost;
}

function fieldCost(
  costing: Costing,
  field: FieldNode,
  parentType: GraphQLNamedType | undefined,
  fragmentsEntered: ReadonlySet<string>,
): number {
  if (!field.selectionSet) return SCALAR_COST;
  const definition = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[field.name.value] : undefined;
  const type = definition ? getNamedType(definition.type) : undefined;
  return (
    itemsOf(costing, field, parentType, definition) * (OBJECT_COST + selectionCost(costing, field.selectionSet, type, fragmentsEntered))
  );
}

/** How many objects the field can answer with: its page, a list's size (list-sizes.ts), or one. */
function itemsOf(
  costing: Costing,
  field: FieldNode,
  parentType: GraphQLNamedType | undefined,
  definition: GraphQLField<unknown, unknown> | undefined,
): number {
  const argument = field.arguments?.find((candidate) => PAGE_ARGUMENTS.includes(candidate.name.value));
  if (argument?.value.kind === Kind.INT) return Math.max(1, Number.parseInt(argument.value.value, 10));
  if (argument?.value.kind === Kind.VARIABLE) {
    const value = costing.variables[argument.value.name.value];
    if (value === undefined || value === null) return DEFAULT_PAGE_SIZE;
    return Number.isInteger(value) ? Math.min(MAX_PAGE_SIZE, Math.max(1, value as number)) : MAX_PAGE_SIZE;
  }
  if (definition?.args.some((candidate) => PAGE_ARGUMENTS.includes(candidate.name))) return DEFAULT_PAGE_SIZE;
  if (definition && parentType && isListType(getNullableType(definition.type))) return listSizeOf(parentType.name, field.name.value);
  return 1;
}
