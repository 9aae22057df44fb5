/**
 * The synthetic employer: employees with their employments and years of sickness history, made
 * from a seed so that every run gives the same data. Used by the demo seed (two years for Demo
 * Zorg BV) and by the benchmarks (up to 100,000 employees × 5 years). Pure: no database, no clock.
 *
 * The history follows the rules the cases module keeps: episodes of one employee never overlap,
 * lie within an employment, and an episode that starts fewer than 28 days after the previous one
 * ended is its recurrence (`previousCaseId`, DOMAIN.md §2); pregnancy leave (WAZO) never holds a
 * sick day. The rates are tuned so that the verzuimpercentage comes out near the Dutch average of
 * about 5 % with a meldingsfrequentie near 1 a year (synthetic.models.test.ts measures both).
 */
import { addDays, daysBetweenInclusive, maxDate, minDate } from '../../contracts/civil-dates.js';
import { defaultLastWorkingDay } from '../../contracts/pregnancy-leave.js';
import { pregnancyLeaveDates } from '../modules/cases/cases.pregnancy.models.js';
import { fitDaysThatEndALegalCase } from '../modules/cases/cases.recurrence.models.js';
import { demoNames } from './demo.employees.js';

export type SyntheticVersion = {
  validFrom: string;
  departmentId: string;
  contractHoursPerWeek: number;
  functionName: string;
  employmentType: 'permanent' | 'fixed_term';
};

export type SyntheticEmployment = {
  id: string;
  number: number;
  startDate: string;
  endDate: string | null;
  versions: SyntheticVersion[];
};

export type SyntheticCase = {
  id: string;
  employmentId: string;
  kind: 'sickness' | 'pregnancy';
  classification: 'illness' | 'work_accident' | 'private_accident' | null;
  firstDay: string;
  /** Null while open: the episode or leave runs past the generator's `to`. */
  lastDay: string | null;
  endReason: 'recovered' | 'sick_out_of_service' | 'birth' | null;
  previousCaseId: string | null;
  /** Sickness: the percentage timeline, oldest first. Empty for a pregnancy. */
  segments: { validFrom: string; percentage: number }[];
  pregnancy: {
    expectedDelivery: string;
    lastWorkingDay: string;
    actualDelivery: string | null;
  } | null;
};

export type SyntheticEmployee = {
  id: string;
  personnelNumber: string;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  gender: 'm' | 'f' | 'x';
  dateOfBirth: string;
  employments: SyntheticEmployment[];
  cases: SyntheticCase[];
};

export type SyntheticPlan = {
  seed: number;
  employees: number;
  /** The history covers `from`–`to`; employments may start years before `from`. */
  from: string;
  to: string;
  departmentIds: readonly string[];
  firstPersonnelNumber: number;
};

const functions = ['Verzorgende IG', 'Helpende', 'Teamleider', 'Medewerker', 'Kok', 'Adviseur'];
/** Full time (36–40) for under half, the rest part-time, as in Dutch care and services. */
const contractHours = [40, 38, 36, 36, 32, 32, 28, 24, 24, 20, 16];
const yearDays = 365;

/**
 * Deterministic pseudo-random numbers in [0, 1): a 32-bit linear congruential generator whose
 * products stay exact in a double (the state is below 2^32, the multiplier below 2^21).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A version-4-shaped UUID from the seeded source, so ids repeat from run to run too. */
function uuidFrom(random: () => number): string {
  const word = () =>
    Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  const text = `${word()}${word()}${word()}${word()}`;
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-4${text.slice(13, 16)}-${variant}${text.slice(17, 20)}-${text.slice(20)}`;
}

/** Days until the next event of a process with `perYear` events a year (exponential gaps). */
function daysUntilNext(random: () => number, perYear: number): number {
  return Math.ceil((-Math.log(1 - random()) * yearDays) / perYear);
}

/**
 * The length of an episode in days: mostly short, a quarter medium (8–42 days), one in fourteen long
 * (43–365) and one in a hundred extra long (over a year), as the CBS duration classes of DOMAIN.md §4.
 */
function episodeLength(random: () => number): number {
  const draw = random();
  if (draw < 0.65) return 1 + Math.floor(random() * 7);
  if (draw < 0.92) return 8 + Math.floor(random() * 35);
  if (draw < 0.99) return 43 + Math.floor(random() ** 2 * 323);
  return 366 + Math.floor(random() * 200);
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function dayIn(random: () => number, first: string, last: string): string {
  return addDays(first, Math.floor(random() * daysBetweenInclusive(first, last)));
}

/** The employee's only employment, with moves between departments and changes of hours. */
function employmentOf(random: () => number, plan: SyntheticPlan): SyntheticEmployment {
  // Three in four were employed before the history starts; the others join during it.
  const startDate =
    random() < 0.75
      ? addDays(plan.from, -1 - Math.floor(random() * 15 * yearDays))
      : dayIn(random, plan.from, plan.to);
  // About 8 % leave a year.
  const leaving = addDays(maxDate(startDate, plan.from), daysUntilNext(random, 0.08));
  const endDate = leaving <= plan.to && leaving >= plan.from ? leaving : null;
  const last = endDate ?? plan.to;
  const versions: SyntheticVersion[] = [
    {
      validFrom: startDate,
      departmentId: pick(random, plan.departmentIds),
      contractHoursPerWeek: pick(random, contractHours),
      functionName: pick(random, functions),
      employmentType: random() < 0.8 ? 'permanent' : 'fixed_term',
    },
  ];
  // Changes during the history: a move to another department (7 % a year) or other hours (6 %).
  for (
    let at = addDays(startDate < plan.from ? plan.from : startDate, daysUntilNext(random, 0.13));
    at <= last;
    at = addDays(at, daysUntilNext(random, 0.13))
  ) {
    const previous = versions[versions.length - 1] as SyntheticVersion;
    versions.push(
      random() < 0.55
        ? { ...previous, validFrom: at, departmentId: pick(random, plan.departmentIds) }
        : { ...previous, validFrom: at, contractHoursPerWeek: pick(random, contractHours) },
    );
  }
  return { id: uuidFrom(random), number: 1, startDate, endDate, versions };
}

/** A percentage timeline: some start part-sick, a third of the longer ones recover in part. */
function segmentsOf(random: () => number, firstDay: string, length: number) {
  const segments = [{ validFrom: firstDay, percentage: random() < 0.08 ? 50 : 100 }];
  if (length >= 14 && random() < 0.35) {
    const at = addDays(firstDay, Math.floor(length * (0.4 + random() * 0.4)));
    if (at > firstDay) segments.push({ validFrom: at, percentage: pick(random, [50, 40, 60]) });
  }
  return segments;
}

/** Sickness episodes and pregnancies of one employment between `from` and `to`. */
function historyOf(
  random: () => number,
  plan: SyntheticPlan,
  employment: SyntheticEmployment,
  canBePregnant: (on: string) => boolean,
): SyntheticCase[] {
  const cases: SyntheticCase[] = [];
  const first = employment.startDate < plan.from ? plan.from : employment.startDate;
  const last = employment.endDate ?? plan.to;
  // Some are never sick, most now and then, a few often: rates from 0.15 to 2.3 a year.
  const rate = random() < 0.2 ? 0.15 : 0.5 + random() ** 2 * 1.8;
  let previous: SyntheticCase | null = null;
  let leaveDays = 0;
  let at = addDays(first, daysUntilNext(random, rate) - 1);
  while (at <= last) {
    if (canBePregnant(at) && random() < 0.05) {
      const pregnancy = pregnancyAt(random, plan, employment, at);
      if (pregnancy === null) break;
      cases.push(pregnancy);
      if (pregnancy.lastDay === null) break;
      leaveDays += daysBetweenInclusive(pregnancy.firstDay, pregnancy.lastDay);
      at = addDays(pregnancy.lastDay, daysUntilNext(random, rate));
      continue;
    }
    const length = episodeLength(random);
    const end = addDays(at, length - 1);
    const open = end > plan.to && employment.endDate === null;
    const lastDay = open ? null : minDate(end, last);
    const fitDays =
      previous?.lastDay == null
        ? Number.POSITIVE_INFINITY
        : daysBetweenInclusive(previous.lastDay, at) - 2 - leaveDays;
    const episode: SyntheticCase = {
      id: uuidFrom(random),
      employmentId: employment.id,
      kind: 'sickness',
      classification: pick(random, ['illness', 'illness', 'illness', 'private_accident'] as const),
      firstDay: at,
      lastDay,
      endReason: lastDay === null ? null : end > last ? 'sick_out_of_service' : 'recovered',
      previousCaseId: previous && fitDays < fitDaysThatEndALegalCase ? previous.id : null,
      segments: segmentsOf(random, at, length).filter(
        (segment) => segment.validFrom <= (lastDay ?? plan.to),
      ),
      pregnancy: null,
    };
    cases.push(episode);
    if (lastDay === null || end > last) break;
    previous = episode;
    leaveDays = 0;
    // One in six comes back within four weeks (a recurrence); the others after a usual gap.
    const gap = random() < 0.17 ? 2 + Math.floor(random() * 25) : daysUntilNext(random, rate);
    at = addDays(lastDay, gap);
  }
  return cases;
}

/** Pregnancy leave from `at` (S), 16 weeks with the birth around the expected day; null if it would outlast the employment. */
function pregnancyAt(
  random: () => number,
  plan: SyntheticPlan,
  employment: SyntheticEmployment,
  at: string,
): SyntheticCase | null {
  const expectedDelivery = addDays(at, 28 + Math.floor(random() * 14));
  const lastWorkingDay = defaultLastWorkingDay(expectedDelivery, false, false);
  const leaveStart = addDays(lastWorkingDay, 1);
  const birth = addDays(expectedDelivery, Math.floor(random() * 15) - 7);
  const born = birth <= plan.to;
  const leave = pregnancyLeaveDates({
    expectedDelivery,
    multipleBirth: false,
    actualDelivery: born ? birth : null,
    leaveStart,
  });
  const ended = leave.maternityLeave.last <= plan.to;
  if (employment.endDate !== null && leave.maternityLeave.last > employment.endDate) return null;
  return {
    id: uuidFrom(random),
    employmentId: employment.id,
    kind: 'pregnancy',
    classification: null,
    firstDay: leaveStart,
    lastDay: ended ? leave.maternityLeave.last : null,
    endReason: ended ? 'birth' : null,
    previousCaseId: null,
    segments: [],
    pregnancy: { expectedDelivery, lastWorkingDay, actualDelivery: born ? birth : null },
  };
}

/** The synthetic employer of the plan; the same plan gives the same employees every time. */
export function syntheticEmployees(plan: SyntheticPlan): SyntheticEmployee[] {
  const random = seededRandom(plan.seed);
  const { firstNames, lastNames } = demoNames;
  const employees: SyntheticEmployee[] = [];
  // A small employer (the demo) has no two people of the same name, so that a name picked from a
  // list finds one person; a large one repeats names, as real ones do.
  const unique = plan.employees <= (firstNames.length * lastNames.length) / 2;
  const used = new Set<string>();
  for (let index = 0; index < plan.employees; index++) {
    let [firstName, gender] = pick(random, firstNames);
    let lastName = pick(random, lastNames);
    while (unique && used.has(`${firstName} ${lastName.prefix} ${lastName.name}`)) {
      [firstName, gender] = pick(random, firstNames);
      lastName = pick(random, lastNames);
    }
    used.add(`${firstName} ${lastName.prefix} ${lastName.name}`);
    const birthYear = Number(plan.to.slice(0, 4)) - 20 - Math.floor(random() * 45);
    const dateOfBirth = dayIn(random, `${birthYear}-01-01`, `${birthYear}-12-31`);
    const employment = employmentOf(random, plan);
    // Pregnancies: women of 22 to 42.
    const canBePregnant = (on: string) =>
      gender === 'f' &&
      Number(on.slice(0, 4)) - birthYear >= 22 &&
      Number(on.slice(0, 4)) - birthYear <= 42;
    employees.push({
      id: uuidFrom(random),
      personnelNumber: String(plan.firstPersonnelNumber + index),
      firstName,
      namePrefix: lastName.prefix,
      lastName: lastName.name,
      gender,
      dateOfBirth,
      employments: [employment],
      cases: historyOf(random, plan, employment, canBePregnant),
    });
  }
  return employees;
}
