/**
 * Custom scalars shared by every subgraph. A scalar refuses a malformed value before any
 * resolver runs, with a message naming what was expected.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ACADEMIC_YEAR_EXPECTED, isAcademicYear } from './academic-year';
import { isIsoDate } from './iso-date';

/** A scalar for strings that must match a rule; `describe` says what a valid value looks like. */
export function patternScalar(name: string, description: string, isValid: (value: string) => boolean, expected: string) {
  const check = (value: unknown): string => {
    if (typeof value === 'string' && isValid(value)) return value;
    throw new GraphQLError(`${name} must be ${expected}; got ${JSON.stringify(value)}.`);
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: check,
    parseValue: check,
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string, ${expected}.`);
      return check(ast.value);
    },
  });
}

export const DateScalar = patternScalar(
  'Date',
  'A calendar date in ISO 8601 form, YYYY-MM-DD.',
  isIsoDate,
  'a real calendar date written YYYY-MM-DD',
);

export const AcademicYearScalar = patternScalar(
  'AcademicYear',
  'A university academic year, 1 August to 31 July, written like 2025/26.',
  isAcademicYear,
  ACADEMIC_YEAR_EXPECTED,
);
