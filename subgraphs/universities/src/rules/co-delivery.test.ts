import { coDeliveredShare, isCoDelivered } from './co-delivery';

describe('co-delivery', () => {
  it('needs at least one lecturer and one practitioner', () => {
    expect(isCoDelivered({ lecturers: 1, practitioners: 1 })).toBe(true);
    expect(isCoDelivered({ lecturers: 0, practitioners: 2 })).toBe(false);
    expect(isCoDelivered({ lecturers: 3, practitioners: 0 })).toBe(false);
  });

  it('gives no share at all when there were no sessions, rather than a misleading zero', () => {
    expect(coDeliveredShare(0, 0)).toBeNull();
    expect(coDeliveredShare(2, 3)).toBe(0.6667);
    expect(coDeliveredShare(0, 4)).toBe(0);
  });
});
