import { academicYearBounds, academicYearOf, isAcademicYear } from './academic-year';

describe('academic years', () => {
  it('run from 1 August to 31 July', () => {
    expect(academicYearOf('2025-07-31')).toBe('2024/25');
    expect(academicYearOf('2025-08-01')).toBe('2025/26');
    expect(academicYearBounds('2025/26')).toEqual({ from: '2025-08-01', to: '2026-07-31' });
  });

  it('are written as a year and the next year’s last two digits', () => {
    expect(isAcademicYear('2025/26')).toBe(true);
    expect(isAcademicYear('2099/00')).toBe(true);
    expect(isAcademicYear('2025/27')).toBe(false);
    expect(isAcademicYear('2025-26')).toBe(false);
    expect(isAcademicYear('0000/01')).toBe(false);
    expect(isAcademicYear('2100/01')).toBe(false);
    expect(academicYearOf('2099-09-01')).toBe('2099/00');
  });
});
