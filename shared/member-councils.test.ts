import { GraphQLError } from 'graphql';
import { memberCouncilsAsked } from './member-councils';

const partnership = { councils: [{ id: 'a' }, { id: 'b' }] };

describe('the member councils a partnership’s list covers', () => {
  it('are all the members, or the one member asked for', () => {
    expect(memberCouncilsAsked(partnership, null)).toEqual(['a', 'b']);
    expect(memberCouncilsAsked(partnership, 'b')).toEqual(['b']);
  });

  it('refuse a council that is not a member as bad input naming councilId', () => {
    expect(() => memberCouncilsAsked(partnership, 'c')).toThrow(GraphQLError);
    try {
      memberCouncilsAsked(partnership, 'c');
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'councilId' });
    }
  });
});
