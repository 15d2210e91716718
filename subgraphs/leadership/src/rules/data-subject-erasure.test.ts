import { AsyeStatus, EnrolmentStatus } from '../types/enums';
import { leadershipErasureRefusals } from './data-subject-erasure';

describe('erasing leadership records', () => {
  const none = { asye: [], assessed: [], enrolments: [], mentoring: [] };

  it('is refused, naming each, while an ASYE they are on or assess, a pathway or mentoring is running', () => {
    const refusals = leadershipErasureRefusals({
      asye: [{ id: 'own', status: AsyeStatus.PAUSED }],
      assessed: [
        { id: 'assessed', status: AsyeStatus.IN_PROGRESS },
        { id: 'done', status: AsyeStatus.COMPLETED },
      ],
      enrolments: [{ id: 'enrolment', status: EnrolmentStatus.ACTIVE }],
      mentoring: [{ id: 'mentoring', endedOn: null }],
    });
    expect(refusals.map((error) => error.code)).toEqual([
      'ASYE_RUNNING',
      'ASSESSOR_OF_RUNNING_ASYE',
      'PATHWAY_ENROLMENT_RUNNING',
      'MENTORING_RUNNING',
    ]);
    expect(refusals[1].message).toContain('assessed');
    expect(refusals[1].message).not.toContain('done');
  });

  it('is allowed once everything has ended', () => {
    expect(leadershipErasureRefusals(none)).toEqual([]);
    expect(
      leadershipErasureRefusals({
        asye: [{ id: 'withdrawn', status: AsyeStatus.WITHDRAWN }],
        assessed: [{ id: 'completed', status: AsyeStatus.COMPLETED }],
        enrolments: [{ id: 'completed', status: EnrolmentStatus.COMPLETED }],
        mentoring: [{ id: 'ended', endedOn: '2026-01-31' }],
      }),
    ).toEqual([]);
  });
});
