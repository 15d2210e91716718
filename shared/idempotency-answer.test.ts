import { decodeAnswer, encodeAnswer, type ClassRegistry } from './idempotency-answer';

class Placement {
  id!: string;
  startedOn!: string;
  createdAt!: Date;
  get label(): string {
    return `placement ${this.id}`;
  }
}
class UserError {
  field!: string[];
  code!: string;
}

const classes: ClassRegistry = new Map<string, abstract new () => object>([
  ['Placement', Placement],
  ['UserError', UserError],
]);

describe('a mutation answer kept for a replay', () => {
  it('comes back with its entities as instances of their classes and its dates as dates', () => {
    const placement = Object.assign(new Placement(), {
      id: 'p-1',
      startedOn: '2026-01-11',
      createdAt: new Date('2026-03-02T10:00:00.123Z'),
    });
    const answer = decodeAnswer(encodeAnswer({ placement, userErrors: [] }, classes), classes) as { placement: Placement; userErrors: [] };
    expect(answer.placement).toBeInstanceOf(Placement);
    expect(answer.placement.label).toBe('placement p-1');
    expect(answer.placement.createdAt).toEqual(new Date('2026-03-02T10:00:00.123Z'));
    expect(answer).toEqual({ placement, userErrors: [] });
  });

  it('keeps refusals, nulls and nested plain objects as they were, and drops undefined fields', () => {
    const refusal = Object.assign(new UserError(), { field: ['input', 'offerId'], code: 'PLACEMENT_CAPACITY_FULL' });
    const value = { placement: null, userErrors: [refusal], figures: { days: 70, statutory: true, note: undefined } };
    const answer = decodeAnswer(encodeAnswer(value, classes), classes) as typeof value;
    expect(answer.userErrors[0]).toBeInstanceOf(UserError);
    expect(answer).toEqual({ placement: null, userErrors: [refusal], figures: { days: 70, statutory: true } });
    expect('note' in answer.figures).toBe(false);
  });

  it('reads no caller text as a tag: a string or an array that looks like one stays what it was', () => {
    const value = { title: 'd', tags: ['d', '2026-01-01'], nested: [['o', null, {}]] };
    expect(decodeAnswer(encodeAnswer(value, classes), classes)).toEqual(value);
  });

  it('comes back as a plain object for a class it is not told of', () => {
    class Unlisted {
      id = 'u-1';
    }
    const answer = decodeAnswer(encodeAnswer({ thing: new Unlisted() }, classes), classes) as { thing: object };
    expect(answer.thing.constructor).toBe(Object);
    expect(answer.thing).toEqual({ id: 'u-1' });
  });

  it('refuses an answer that refers to itself, rather than recursing for ever', () => {
    const looped: Record<string, unknown> = { id: 'x' };
    looped.self = looped;
    expect(() => encodeAnswer(looped, classes)).toThrow('An answer cannot refer to itself.');
  });
});
