/**
 * A cap on the size of an answer while it is being built: the cost estimate (query-cost.ts) is
 * made from assumed list sizes, and real data can outgrow them. Each field a subgraph resolves
 * counts one value; past the cap no further resolver runs (so no further SQL), and the whole
 * answer is replaced by one error, since a cut-off answer would look complete.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

export const ANSWER_TOO_LARGE = 'ANSWER_TOO_LARGE';

export function answerSizeLimitPlugin<Context extends BaseContext>(maxValues: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let values = 0;
      const refusal = new GraphQLError(
        `The answer would hold more than ${maxValues} values, the limit. Ask for smaller pages or fewer nested lists.`,
        { extensions: { code: ANSWER_TOO_LARGE, limit: maxValues } },
      );
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              values += 1;
              if (values > maxValues) throw refusal;
            },
          };
        },
        async willSendResponse({ response }) {
          if (values <= maxValues || response.body.kind !== 'single') return;
          response.body.singleResult = { errors: [{ message: refusal.message, extensions: refusal.extensions }] };
          response.http.status = 400;
        },
      };
    },
  };
}
