import { StudentStatus } from '../types/enums';
import { erasedStudentNumber, practitionerErasureRefusals, studentErasureRefusals } from './data-subject-erasure';

describe('erasing teaching records', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const held = { id: 'held', startsAt: new Date('2026-03-01T10:00:00Z'), cancelledAt: null };
  const upcoming = { id: 'upcoming', startsAt: new Date('2026-03-12T10:00:00Z'), cancelledAt: null };
  const cancelled = { id: 'cancelled', startsAt: new Date('2026-03-12T10:00:00Z'), cancelledAt: new Date('2026-03-02T09:00:00Z') };

  it('is refused for a practitioner named on a session still to come, naming it', () => {
    const refusals = practitionerErasureRefusals([held, upcoming, cancelled], now);
    expect(refusals.map((error) => error.code)).toEqual(['PRACTITIONER_HAS_UPCOMING_SESSIONS']);
    expect(refusals[0].message).toContain('upcoming');
    expect(refusals[0].message).not.toContain('cancelled');
    expect(practitionerErasureRefusals([held, cancelled], now)).toEqual([]);
  });

  it('is refused for a student still on the programme, and allowed once qualified or withdrawn', () => {
    expect(studentErasureRefusals({ status: StudentStatus.STUDYING }, [], now).map((error) => error.code)).toEqual([
      'STUDENT_STILL_ENROLLED',
    ]);
    expect(studentErasureRefusals({ status: StudentStatus.INTERRUPTED }, [upcoming], now).map((error) => error.code)).toEqual([
      'STUDENT_STILL_ENROLLED',
      'STUDENT_HAS_UPCOMING_SESSIONS',
    ]);
    expect(studentErasureRefusals({ status: StudentStatus.QUALIFIED }, [held], now)).toEqual([]);
    expect(studentErasureRefusals({ status: StudentStatus.WITHDRAWN }, [], now)).toEqual([]);
  });

  it('gives an erased student a number that fits the 20 characters and says it is erased', () => {
    const number = erasedStudentNumber('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(number).toBe('ERASED-0F8FAD5BD9CB4');
    expect(number).toHaveLength(20);
  });
});
