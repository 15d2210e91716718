/** A teaching session is co-delivered when university and practice both stand at the front. */
export interface FacilitatorMix {
  readonly lecturers: number;
  readonly practitioners: number;
}

export function isCoDelivered(mix: FacilitatorMix): boolean {
  return mix.lecturers > 0 && mix.practitioners > 0;
}

/** The share of sessions co-delivered, 0–1 to four places; null when there were no sessions to share. */
export function coDeliveredShare(coDelivered: number, sessions: number): number | null {
  return sessions === 0 ? null : Math.round((coDelivered / sessions) * 10_000) / 10_000;
}
