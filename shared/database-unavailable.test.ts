import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('a database that did not answer', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a dropped connection', withCode('ECONNRESET')],
    ['the pool giving up connecting', new Error('timeout exceeded when trying to connect')],
    ['a connection that went away', new Error('Connection terminated unexpectedly')],
    ['the driver giving up on a statement', new Error('Query read timeout')],
    [
      'the statement timeout, wrapped by TypeORM',
      new QueryFailedError('SELECT 1', [], withCode('57014', 'canceling statement due to statement timeout')),
    ],
    ['a server shutting down', withCode('57P01')],
    ['a connection exception', withCode('08006')],
    ['too many connections', withCode('53300')],
    ['any of these inside a GraphQL error', new GraphQLError('x', { originalError: withCode('ECONNREFUSED') })],
  ])('is told apart: %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], withCode('23505'))],
    ['a syntax error', withCode('42601')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a refusal', new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })],
    ['not an error at all', 'Connection terminated'],
  ])('is not confused with another fault: %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
