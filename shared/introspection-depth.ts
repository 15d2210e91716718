/**
 * How deep an introspection query may nest. The depth limit skips `__schema` and `__type`, whose
 * standard query nests 15 levels, 9 of them the `ofType` chain that unwraps types such as
 * `[[ID!]!]!`; and graphql-js's own rule bounds only nested lists of fields and types. Here
 * introspection gets the query depth limit with its `ofType` chains counted apart, each allowed as
 * long as graphql-js's own introspection query (what GraphiQL and code generators send) needs.
 */
import {
  getIntrospectionQuery,
  Kind,
  parse,
  type ASTVisitor,
  type GraphQLError,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

interface Nesting {
  /** Levels of fields, not counting `ofType`. */
  readonly depth: number;
  /** The longest run of `ofType` inside another. */
  readonly ofTypeChain: number;
}

type FragmentLookup = (name: string) => SelectionSetNode | undefined;

function nestingOf(selectionSet: SelectionSetNode | undefined, fragment: FragmentLookup, seen: ReadonlySet<string> = new Set()): Nesting {
  let depth = 0;
  let ofTypeChain = 0;
  for (const selection of selectionSet?.selections ?? []) {
    let inner: Nesting;
    if (selection.kind === Kind.FIELD) {
      const below = nestingOf(selection.selectionSet, fragment, seen);
      inner =
        selection.name.value === 'ofType'
          ? { depth: below.depth, ofTypeChain: below.ofTypeChain + 1 }
          : { depth: below.depth + 1, ofTypeChain: below.ofTypeChain };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = nestingOf(selection.selectionSet, fragment, seen);
    } else {
      // A fragment cycle is refused by graphql-js's own rules; it must not loop here meanwhile.
      if (seen.has(selection.name.value)) continue;
      inner = nestingOf(fragment(selection.name.value), fragment, new Set([...seen, selection.name.value]));
    }
    depth = Math.max(depth, inner.depth);
    ofTypeChain = Math.max(ofTypeChain, inner.ofTypeChain);
  }
  return { depth, ofTypeChain };
}

function operationNesting(document: ReturnType<typeof parse>): Nesting {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet]] : [],
    ),
  );
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return nestingOf(operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet : undefined, (name) => fragments.get(name));
}

/** The `ofType` chain graphql-js's fullest introspection query asks for. */
export const OF_TYPE_CHAIN_LIMIT = operationNesting(
  parse(
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  ),
).ofTypeChain;

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Refuses an introspection field nested deeper than `maxDepth`, or with a longer `ofType` chain than the standard query's. */
export function introspectionDepthRule(maxDepth: number, refusal: (message: string, limit: number) => GraphQLError) {
  return (context: ValidationContext): ASTVisitor => ({
    Field(field) {
      if (!INTROSPECTION_ROOTS.has(field.name.value)) return;
      const nesting = nestingOf(field.selectionSet, (name) => context.getFragment(name)?.selectionSet);
      // The introspection field is a level of its own, as any root field is.
      const depth = nesting.depth + 1;
      if (depth > maxDepth) {
        context.reportError(
          refusal(`The introspection query nests ${depth} levels deep, not counting ofType; the limit is ${maxDepth}.`, maxDepth),
        );
      }
      if (nesting.ofTypeChain > OF_TYPE_CHAIN_LIMIT) {
        context.reportError(
          refusal(
            `The introspection query nests ofType ${nesting.ofTypeChain} times; the limit is ${OF_TYPE_CHAIN_LIMIT}.`,
            OF_TYPE_CHAIN_LIMIT,
          ),
        );
      }
    },
  });
}
