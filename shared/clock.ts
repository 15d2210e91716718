/**
 * The hub's one clock. "Today" is the calendar date in England (Europe/London), "now" the
 * instant; nothing else in the hub reads the machine's time to decide anything. A request reads
 * the clock once, into its context, and every rule, loader and query gets that date as a
 * parameter, so one request never sees two days. The gateway's reading travels with each request
 * it sends to a subgraph (`HUB_NOW_HEADER`, covered by its signature), so every subgraph answering
 * one query uses the gateway's reading, even at midnight.
 *
 * `HUB_TODAY` stops the clock, for demos, tests and reproducing a past report: a date
 * (`2026-11-30`, noon in England that day) or an exact instant (`2026-07-31T23:30:00Z`, already
 * 1 August in England). Production refuses it (see config.ts).
 */
import { isIsoDate, type IsoDate } from './iso-date';

export interface Clock {
  now(): Date;
  today(): IsoDate;
  /** True when `HUB_TODAY` stopped the clock. */
  readonly fixed: boolean;
}

/** Carries the gateway's reading of the clock, as an ISO instant, to the subgraphs it calls. */
export const HUB_NOW_HEADER = 'x-hub-now';

/** One reading of the clock: the instant and its date in England, which never disagree. */
export interface ClockReading {
  readonly now: Date;
  readonly today: IsoDate;
}

export const CLOCK_SETTING_EXPECTED = 'a date such as 2026-11-30 or an instant such as 2026-07-31T23:30:00Z';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

// Building a formatter with a time zone is slow (about 100 µs); one serves every call.
const ENGLAND_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const ENGLAND_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' });

/** The calendar date in England of an instant: what "the day of the session" means to people here. */
export function dateInEngland(instant: Date): IsoDate {
  return ENGLAND_DATE.format(instant);
}

export function readClock(clock: Clock): ClockReading {
  return readingAt(clock.now());
}

export function readingAt(now: Date): ClockReading {
  return { now, today: dateInEngland(now) };
}

/** The reading a signed request carries in `HUB_NOW_HEADER`, or null when it carries none that parses. */
export function forwardedReading(header: string | string[] | undefined): ClockReading | null {
  const now = typeof header === 'string' ? instantFrom(header) : null;
  return now ? readingAt(now) : null;
}

/** The instant a `HUB_TODAY` value names, or null when it names none. */
export function parseClockSetting(value: string): Date | null {
  const trimmed = value.trim();
  return isIsoDate(trimmed) ? noonInEngland(trimmed) : instantFrom(trimmed);
}

/** The machine's clock, read in England; `readMachineTime` is for the clock's own tests. */
export function systemClock(readMachineTime: () => Date = () => new Date()): Clock {
  return { fixed: false, now: readMachineTime, today: () => dateInEngland(readMachineTime()) };
}

export function fixedClock(instant: Date): Clock {
  const today = dateInEngland(instant);
  return { fixed: true, now: () => new Date(instant.getTime()), today: () => today };
}

/** The clock a `HUB_TODAY` setting asks for: stopped at it, or the machine's when there is none. */
export function clockFor(setting: Date | null): Clock {
  return setting ? fixedClock(setting) : systemClock();
}

/** An ISO instant with a real calendar date (no 30 February rolled on to 2 March), or null. */
function instantFrom(text: string): Date | null {
  const match = INSTANT.exec(text);
  return match && isIsoDate(match[1]) ? new Date(text) : null;
}

// 12:00 in England is 12:00 or 11:00 UTC; the hour read back in England tells which.
function noonInEngland(date: IsoDate): Date {
  const utcNoon = new Date(`${date}T12:00:00Z`);
  return ENGLAND_HOUR.format(utcNoon) === '12' ? utcNoon : new Date(`${date}T11:00:00Z`);
}
