/**
 * The date the tests run at. `HUB_TODAY` picks it (CI runs the date-sensitive files at boundary
 * dates, see scripts/test-at-dates.ts); otherwise it is today in England, read once when the file
 * loads. Every test hub is started with its clock stopped there, so the hub and the test agree on
 * "today" even when a run crosses midnight. A test file that imports this reads the date, and so is
 * run at every boundary date.
 */
import { academicYearOf } from '#hub/shared/academic-year';
import { dateInEngland, parseClockSetting } from '#hub/shared/clock';

function testInstant(): Date {
  const setting = process.env.HUB_TODAY?.trim();
  if (!setting) return new Date();
  const instant = parseClockSetting(setting);
  if (!instant) throw new Error(`HUB_TODAY="${setting}" is not a date or an instant the hub's clock takes.`);
  return instant;
}

export const TEST_NOW = testInstant();
export const TEST_TODAY = dateInEngland(TEST_NOW);
export const TEST_ACADEMIC_YEAR = academicYearOf(TEST_TODAY);
