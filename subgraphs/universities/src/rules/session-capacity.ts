/** Whether newcomers fit in a teaching session: students and practitioners share one capacity. */
export interface CapacityCheck {
  readonly fits: boolean;
  readonly placesLeft: number;
}

export function checkCapacity(capacity: number, attending: number, newcomers: number): CapacityCheck {
  const placesLeft = Math.max(0, capacity - attending);
  return { fits: newcomers <= placesLeft, placesLeft };
}
