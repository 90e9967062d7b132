import { UserInputError } from '../errors.js';

/**
 * The values of the hermetic settings: `--fixed-time` (an RFC 3339 instant) and `--random-seed`
 * (an unsigned 64-bit integer). Each is kept in the policy in one canonical spelling, so every
 * door gives the same policy and `--print-policy` reads back to it.
 */

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const INSTANT_EXAMPLE = '2024-05-01T12:00:00Z';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Days from 1970-01-01 to a proleptic Gregorian date (negative before it). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** An instant: whole seconds since 1970-01-01T00:00:00Z and the nanoseconds past them. */
export interface Instant {
  seconds: number;
  nanoseconds: number;
}

/** What is wrong with `text` as an RFC 3339 instant, or the instant. */
function readInstant(text: string): Instant | string {
  const m = INSTANT.exec(text);
  if (!m) return `it must look like ${INSTANT_EXAMPLE} (date, time and offset)`;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fraction = m[7] ?? '';
  if (mo < 1 || mo > 12) return `month ${m[2]} does not exist`;
  if (d < 1 || d > daysIn(y, mo)) return `day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
  if (h > 23 || mi > 59) return `time ${m[4]}:${m[5]} does not exist`;
  if (s > 59) return 'a leap second (:60) cannot be represented in WASI time';
  if (fraction.length > 9) return 'WASI time has nanoseconds: at most 9 fractional digits';
  const [oh, om] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (oh > 23 || om > 59) return `offset ${m[9]}${m[10]}:${m[11]} does not exist`;
  const offset = (m[9] === '-' ? -1 : 1) * (oh * 3600 + om * 60);
  const seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
  if (seconds < 0) return 'WASI wall-clock time starts at 1970-01-01T00:00:00Z';
  return { seconds, nanoseconds: Number(fraction.padEnd(9, '0')) };
}

/** The canonical spelling: UTC, `Z`, the fraction without trailing zeros (none when whole). */
function formatInstant({ seconds, nanoseconds }: Instant): string {
  const date = new Date(seconds * 1000).toISOString().slice(0, 19);
  const fraction = nanoseconds ? `.${String(nanoseconds).padStart(9, '0').replace(/0+$/, '')}` : '';
  return `${date}${fraction}Z`;
}

/** An RFC 3339 instant (`2024-05-01T14:00:00.5+02:00`) in its canonical spelling (`2024-05-01T12:00:00.5Z`). */
export function parseInstant(label: string, text: string): string {
  const instant = readInstant(text);
  if (typeof instant === 'string')
    throw new UserInputError(`${label} '${text}' is not an RFC 3339 instant: ${instant}`);
  return formatInstant(instant);
}

/** The instant a canonical spelling (parseInstant's) names. */
export function instantOf(canonical: string): Instant {
  const instant = readInstant(canonical);
  if (typeof instant === 'string') throw new Error(`internal: '${canonical}' is not an instant`);
  return instant;
}

const U64_MAX = (1n << 64n) - 1n;

/** An unsigned 64-bit integer in decimal, in its canonical spelling (no leading zeros). */
export function parseSeed(label: string, text: string): string {
  const seed = /^[0-9]+$/.test(text) ? BigInt(text) : undefined;
  if (seed === undefined || seed > U64_MAX)
    throw new UserInputError(
      `${label} '${text}' must be an unsigned 64-bit integer in decimal (0 to ${U64_MAX})`,
    );
  return seed.toString();
}
