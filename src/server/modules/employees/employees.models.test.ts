import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  prefixRange,
  checkContractHours,
  checkPlausibleDate,
  isInService,
  orderEmployments,
  shiftYears,
  versionPeriods,
  employmentOnDate,
  nameMatches,
  normaliseForSearch,
  partTimeFactor,
  searchKeyForName,
  searchKeysForName,
  searchTermsFor,
  type EmploymentHistory,
  type EmploymentVersionTerms,
  type NameParts,
} from './employees.models.js';

// ---------------------------------------------------------------------------------------------
// Calendar helpers of the tests, written independently of the code under test: a day counter
// from 2024-01-01 and a next-day step, both by month lengths, never through Date.
// ---------------------------------------------------------------------------------------------

const monthLength = (year: number, month: number) =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The civil date `offset` days after 1 January 2024. */
function dayFrom2024(offset: number): string {
  let [year, month, day] = [2024, 1, 1 + offset];
  while (day > monthLength(year, month)) {
    day -= monthLength(year, month);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return iso(year, month, day);
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (day < monthLength(year, month)) return iso(year, month, day + 1);
  return month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1);
}

function previousDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (day > 1) return iso(year, month, day - 1);
  return month === 1 ? iso(year - 1, 12, 31) : iso(year, month - 1, monthLength(year, month - 1));
}

// ---------------------------------------------------------------------------------------------
// Name search
// ---------------------------------------------------------------------------------------------

const sanneDeVries: NameParts = { firstName: 'Sanne', namePrefix: 'de', lastName: 'Vries' };

describe('Dossier zoeken: name search', () => {
  it('finds "de Vries" by "de Vries", "Vries, de", "vries" and while typing "de V"', () => {
    for (const query of ['de Vries', 'Vries, de', 'vries', 'VRIES', 'de V', 'Vries de', 'Vr']) {
      expect(nameMatches(sanneDeVries, query), query).toBe(true);
    }
  });

  it('finds her by full name in the spoken and in the list order', () => {
    for (const query of ['Sanne de Vries', 'sanne', 'Vries, Sanne de', 'Vries, de, Sanne']) {
      expect(nameMatches(sanneDeVries, query), query).toBe(true);
    }
  });

  it('does not find her by a word that does not start one of her name parts', () => {
    for (const query of ['ries', 'anne', 'Vries, van', 'van Vries', 'Sanne Vries', 'de Vriesx']) {
      expect(nameMatches(sanneDeVries, query), query).toBe(false);
    }
  });

  it('finds "Müller" by "Muller", "Müller" and "MULLER" (accents and case do not matter)', () => {
    const muller: NameParts = { firstName: 'Jan', namePrefix: null, lastName: 'Müller' };
    for (const query of ['Muller', 'Müller', 'MULLER', 'MÜLLER', 'mull']) {
      expect(nameMatches(muller, query), query).toBe(true);
    }
  });

  it('folds letters that do not decompose: ß→ss, ø→o, æ→ae, ı→i, ł→l', () => {
    expect(normaliseForSearch('Straße')).toBe('strasse');
    expect(normaliseForSearch('Søren Ærø')).toBe('soren aero');
    expect(normaliseForSearch('Yılmaz')).toBe('yilmaz');
    expect(normaliseForSearch('İnce')).toBe('ince');
    expect(normaliseForSearch('Łukasz')).toBe('lukasz');
    expect(normaliseForSearch('Özlem  Çelik')).toBe('ozlem celik');
    expect(nameMatches({ firstName: 'Ali', namePrefix: null, lastName: 'Yılmaz' }, 'yilmaz')).toBe(
      true,
    );
  });

  it('drops apostrophes and reads hyphens and commas as spaces', () => {
    const hart: NameParts = { firstName: 'Kees', namePrefix: "'t", lastName: 'Hart' };
    for (const query of ["'t Hart", 't Hart', 'Hart', "Hart, 't", '’t hart']) {
      expect(nameMatches(hart, query), query).toBe(true);
    }
    const double: NameParts = { firstName: 'Eva', namePrefix: null, lastName: 'Jansen-de Boer' };
    expect(nameMatches(double, 'Jansen-de')).toBe(true);
    expect(nameMatches(double, 'jansen de boer')).toBe(true);
  });

  it('treats a prefix typed into the last name like a separate prefix (same keys)', () => {
    const cases: [string, string][] = [
      ['de', 'Vries'],
      ['van der', 'Meer'],
      ['van den', 'Berg'],
      ["in 't", 'Veld'],
      ['el', 'Amrani'],
      ['ter', 'Horst'],
    ];
    for (const [prefix, last] of cases) {
      const separate = { firstName: 'Noor', namePrefix: prefix, lastName: last };
      const typedTogether = { firstName: 'Noor', namePrefix: null, lastName: `${prefix} ${last}` };
      expect(searchKeysForName(typedTogether)).toEqual(searchKeysForName(separate));
      expect(nameMatches(typedTogether, last)).toBe(true);
      expect(nameMatches(typedTogether, `${last}, ${prefix}`)).toBe(true);
    }
  });

  it('keeps a last name that is only prefix words as the last name ("Van", "De")', () => {
    expect(searchKeyForName({ firstName: 'Jan', namePrefix: null, lastName: 'Van' })).toBe(
      'van jan',
    );
    expect(nameMatches({ firstName: 'Jan', namePrefix: null, lastName: 'De Bruin' }, 'bruin')).toBe(
      true,
    );
  });

  it('reads the abbreviation "v.d." / "v/d" / "vd" as van de, van der or van den', () => {
    const vanDerMeer: NameParts = { firstName: 'Jan', namePrefix: 'van der', lastName: 'Meer' };
    for (const query of [
      'v.d. Meer',
      'v/d Meer',
      'vd Meer',
      'Meer, v.d.',
      'Meer v/d',
      'V.D. MEER',
    ]) {
      expect(nameMatches(vanDerMeer, query), query).toBe(true);
    }
    expect(searchTermsFor('v.d. Meer')).toEqual([
      'v d meer',
      'van de meer',
      'van der meer',
      'van den meer',
    ]);
    expect(nameMatches(vanDerMeer, 'v.d. Berg')).toBe(false);
  });

  it('sorts in Dutch order: the last name without its prefix comes first', () => {
    expect(searchKeyForName(sanneDeVries)).toBe('vries de sanne');
    expect(searchKeysForName(sanneDeVries)[0]).toBe(searchKeyForName(sanneDeVries));
    expect(searchKeysForName({ firstName: 'Jan', namePrefix: null, lastName: 'Jansen' })).toEqual([
      'jansen jan',
      'jan jansen',
    ]);
  });

  it('matches no one for an empty or punctuation-only query', () => {
    for (const query of ['', '   ', ',', "'", '-']) {
      expect(searchTermsFor(query)).toEqual([]);
      expect(nameMatches(sanneDeVries, query)).toBe(false);
    }
  });

  // Names from a small alphabet with accented variants, so that generated queries often look
  // like names (and the "does not match" property is not trivially true).
  const variants: Record<string, string[]> = {
    a: ['a', 'A', 'á', 'Ä', 'à'],
    e: ['e', 'E', 'é', 'Ë', 'ê'],
    i: ['i', 'I', 'ï', 'Í'],
    o: ['o', 'O', 'ö', 'Ó', 'ø'],
    u: ['u', 'U', 'ü', 'Ú'],
    r: ['r', 'R'],
    s: ['s', 'S'],
    d: ['d', 'D'],
    v: ['v', 'V'],
    n: ['n', 'N', 'ñ'],
    b: ['b', 'B'],
  };
  const plainLetters = Object.keys(variants);
  const nameWord = fc
    .array(fc.constantFrom(...plainLetters), { minLength: 1, maxLength: 7 })
    .map((letters) => letters.join(''));
  const prefixes = ['de', 'van', 'van der', 'van den', 'ter', "'t", "in 't", 'den', 'el', 'la'];
  const name = fc.record({
    firstName: nameWord,
    namePrefix: fc.option(fc.constantFrom(...prefixes), { nil: null }),
    lastName: fc.oneof(
      nameWord,
      fc.tuple(nameWord, fc.constantFrom(' ', '-'), nameWord).map((parts) => parts.join('')),
    ),
  });
  /** The name as a person might type it: any case, any accent on a letter, any of its forms. */
  const typedForms = (person: NameParts) => {
    const prefix = person.namePrefix ? `${person.namePrefix} ` : '';
    const afterComma = person.namePrefix ? `, ${person.namePrefix}` : '';
    return [
      person.lastName,
      `${prefix}${person.lastName}`,
      `${person.lastName}${afterComma}`,
      `${person.firstName} ${prefix}${person.lastName}`,
      `${person.lastName}, ${person.firstName}${person.namePrefix ? ` ${person.namePrefix}` : ''}`,
    ];
  };
  const disguise = (text: string, choices: number[]) =>
    [...text]
      .map((letter, index) => {
        const options = variants[letter];
        return options ? (options[(choices[index] ?? 0) % options.length] ?? letter) : letter;
      })
      .join('');

  it('finds an existing name by any casing and accents of any of its forms, and while typing', () => {
    fc.assert(
      fc.property(
        name,
        fc.nat(4),
        fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (person, formIndex, choices, typedLength) => {
          const form = typedForms(person)[formIndex] ?? person.lastName;
          const typed = disguise(form, choices).slice(0, typedLength);
          fc.pre(normaliseForSearch(typed) !== '');
          expect(nameMatches(person, typed)).toBe(true);
        },
      ),
    );
  });

  it('never finds a name by a query whose first word does not start any part of the name', () => {
    fc.assert(
      fc.property(name, nameWord, fc.option(nameWord), (person, word, more) => {
        const parts = normaliseForSearch(
          `${person.firstName} ${person.namePrefix ?? ''} ${person.lastName}`,
        ).split(' ');
        const query = more ? `${word} ${more}` : word;
        // Every reading of the query ("vd" also reads as "van de", …) starts with a word that
        // begins no name part.
        const firstWords = searchTermsFor(query).map((term) => term.split(' ')[0] ?? '');
        fc.pre(firstWords.every((first) => !parts.some((part) => part.startsWith(first))));
        expect(nameMatches(person, query)).toBe(false);
      }),
    );
  });

  it('keeps keys and terms in a LIKE-safe alphabet, single-spaced, and normalisation idempotent', () => {
    fc.assert(
      fc.property(name, fc.string(), (person, query) => {
        for (const key of searchKeysForName(person)) {
          expect(key).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
          expect(normaliseForSearch(key)).toBe(key);
        }
        for (const term of searchTermsFor(query)) {
          expect(term).not.toMatch(/[%_\\]|^ | $| {2}/);
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Employment on a date
// ---------------------------------------------------------------------------------------------

const version = (
  validFrom: string,
  departmentId: string,
  contractHoursPerWeek: number,
): EmploymentVersionTerms => ({
  validFrom,
  departmentId,
  contractHoursPerWeek,
  employmentType: 'permanent',
  functionName: null,
});

describe('employment on a date', () => {
  const moved = {
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    versions: [version('2025-01-01', 'zorg', 32), version('2025-07-01', 'keuken', 24)],
  };

  it('is not employed before the start date and employed from the start date', () => {
    expect(employmentOnDate(moved, '2024-12-31')).toEqual({
      status: 'not_employed',
      version: null,
    });
    expect(employmentOnDate(moved, '2025-01-01')).toEqual({
      status: 'employed',
      version: moved.versions[0],
    });
  });

  it('gives the old terms the day before a new version and the new terms on its first day', () => {
    expect(employmentOnDate(moved, '2025-06-30').version?.departmentId).toBe('zorg');
    expect(employmentOnDate(moved, '2025-06-30').version?.contractHoursPerWeek).toBe(32);
    expect(employmentOnDate(moved, '2025-07-01').version?.departmentId).toBe('keuken');
    expect(employmentOnDate(moved, '2025-07-01').version?.contractHoursPerWeek).toBe(24);
  });

  it('is employed on the end date (inclusive) and not the day after, which keeps the last terms', () => {
    expect(employmentOnDate(moved, '2025-12-31').status).toBe('employed');
    expect(employmentOnDate(moved, '2026-01-01')).toEqual({
      status: 'not_employed',
      version: moved.versions[1],
    });
  });

  it('stays employed without an end date', () => {
    expect(employmentOnDate({ ...moved, endDate: null }, '2099-12-31').status).toBe('employed');
  });

  it('does not depend on the order in which versions are listed', () => {
    const reversed = { ...moved, versions: [...moved.versions].reverse() };
    for (const date of ['2025-01-01', '2025-06-30', '2025-07-01', '2026-03-01']) {
      expect(employmentOnDate(reversed, date)).toEqual(employmentOnDate(moved, date));
    }
  });

  /** Random histories within 2024–2025: start, optional end, versions on distinct days. */
  const history = fc
    .record({
      start: fc.integer({ min: 0, max: 700 }),
      length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      versionDays: fc.uniqueArray(fc.integer({ min: 0, max: 730 }), {
        minLength: 1,
        maxLength: 6,
      }),
    })
    .map(({ start, length, versionDays }) => ({
      startDate: dayFrom2024(start),
      endDate: length === null ? null : dayFrom2024(start + length),
      versions: versionDays.map((day, index) =>
        version(dayFrom2024(day), `afdeling-${index}`, 8 + index * 4),
      ),
    }));

  /** The answer by walking the calendar from before every date of the history up to `date`. */
  function walkTo(employment: EmploymentHistory<EmploymentVersionTerms>, date: string) {
    let current: EmploymentVersionTerms | null = null;
    let employed = false;
    for (let day = '2023-12-31'; ; day = nextDay(day)) {
      const starting = employment.versions.find((candidate) => candidate.validFrom === day);
      if (starting) current = starting;
      if (day === employment.startDate) employed = true;
      if (day === date) return { status: employed ? 'employed' : 'not_employed', version: current };
      if (day === employment.endDate) employed = false;
    }
  }

  it('equals a day-by-day walk through the history, for any history and date', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 1100 }), (employment, offset) => {
        const date = dayFrom2024(offset);
        expect(employmentOnDate(employment, date)).toEqual(walkTo(employment, date));
      }),
    );
  });

  it('switches terms exactly on each version boundary: old the day before, new on the day', () => {
    fc.assert(
      fc.property(history, (employment) => {
        const sorted = [...employment.versions].sort((a, b) =>
          a.validFrom.localeCompare(b.validFrom),
        );
        sorted.forEach((current, index) => {
          expect(employmentOnDate(employment, current.validFrom).version).toBe(current);
          expect(employmentOnDate(employment, previousDay(current.validFrom)).version).toBe(
            index === 0 ? null : sorted[index - 1],
          );
        });
      }),
    );
  });
});

describe('part-time factor', () => {
  it('is contract hours ÷ full-time hours, 40 by default, and not capped at 1', () => {
    expect(partTimeFactor(32)).toBe(0.8);
    expect(partTimeFactor(20, 40)).toBe(0.5);
    expect(partTimeFactor(36, 36)).toBe(1);
    expect(partTimeFactor(45, 40)).toBe(1.125);
    expect(partTimeFactor(0)).toBe(0);
  });

  it('refuses a full-time week of zero hours and negative contract hours', () => {
    expect(() => partTimeFactor(32, 0)).toThrow(RangeError);
    expect(() => partTimeFactor(-1)).toThrow(RangeError);
    expect(() => partTimeFactor(Number.NaN)).toThrow(RangeError);
  });

  it('gives the denominator 266 of the DOMAIN.md §4 worked example (Q1 2025, calendar method)', () => {
    const quarter = (hours: number, startDate: string) => ({
      startDate,
      endDate: null,
      versions: [version(startDate, 'unit', hours)],
    });
    const people = [
      quarter(40, '2025-01-01'),
      quarter(20, '2025-01-01'),
      quarter(32, '2025-01-01'),
      quarter(40, '2025-02-01'),
    ];
    let denominator = 0;
    for (let day = '2025-01-01'; day <= '2025-03-31'; day = nextDay(day)) {
      for (const person of people) {
        const { status, version: terms } = employmentOnDate(person, day);
        if (status === 'employed' && terms)
          denominator += partTimeFactor(terms.contractHoursPerWeek);
      }
    }
    expect(denominator).toBeCloseTo(266, 10);
  });
});

describe('plausible dates', () => {
  const today = '2026-03-02';
  it('moves a date by whole years, 29 February to 28 February in a common year', () => {
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(shiftYears('2026-03-02', -100)).toBe('1926-03-02');
  });
  it('accepts a date of birth from 100 up to 13 years ago', () => {
    expect(checkPlausibleDate('1926-03-02', 'dateOfBirth', today)).toBeNull();
    expect(checkPlausibleDate('1926-03-01', 'dateOfBirth', today)).toBe('date_too_early');
    expect(checkPlausibleDate('2013-03-02', 'dateOfBirth', today)).toBeNull();
    expect(checkPlausibleDate('2013-03-03', 'dateOfBirth', today)).toBe('date_too_late');
    expect(checkPlausibleDate('1990-02-30', 'dateOfBirth', today)).toBe('invalid_format');
  });
  it('accepts employment dates from 60 years ago up to 2 years ahead, end dates up to 10', () => {
    expect(checkPlausibleDate('1966-03-02', 'employmentDate', today)).toBeNull();
    expect(checkPlausibleDate('1966-03-01', 'employmentDate', today)).toBe('date_too_early');
    expect(checkPlausibleDate('2028-03-02', 'employmentDate', today)).toBeNull();
    expect(checkPlausibleDate('2028-03-03', 'employmentDate', today)).toBe('date_too_late');
    expect(checkPlausibleDate('2036-03-02', 'endDate', today)).toBeNull();
    expect(checkPlausibleDate('2036-03-03', 'endDate', today)).toBe('date_too_late');
  });
  it('checks contract hours: 0–80 in hundredths', () => {
    expect(checkContractHours(0)).toBeNull();
    expect(checkContractHours(80)).toBeNull();
    expect(checkContractHours(36.25)).toBeNull();
    expect(checkContractHours(-0.01)).toBe('too_small');
    expect(checkContractHours(80.01)).toBe('too_big');
    expect(checkContractHours(12.345)).toBe('invalid_format');
    expect(checkContractHours(Number.NaN)).toBe('invalid_format');
  });
});

describe('employments in the dossier', () => {
  const today = '2026-03-02';
  it('orders the current employment first, then later ones, then ended ones newest first', () => {
    const ordered = orderEmployments(
      [
        { id: 'old', startDate: '2010-01-01', endDate: '2015-12-31' },
        { id: 'later', startDate: '2026-06-01', endDate: null },
        { id: 'now', startDate: '2020-01-01', endDate: null },
        { id: 'recent', startDate: '2016-01-01', endDate: '2019-12-31' },
      ],
      today,
    );
    expect(ordered.map((e) => [e.id, e.status])).toEqual([
      ['now', 'current'],
      ['later', 'future'],
      ['recent', 'ended'],
      ['old', 'ended'],
    ]);
  });
  it('is in service while an employment has not ended; the end date itself still counts', () => {
    expect(isInService([{ startDate: '2020-01-01', endDate: today }], today)).toBe(true);
    expect(isInService([{ startDate: '2020-01-01', endDate: '2026-03-01' }], today)).toBe(false);
    expect(isInService([{ startDate: '2026-04-01', endDate: null }], today)).toBe(true);
  });
  it('gives each version its last day: the day before the next one starts', () => {
    expect(
      versionPeriods([
        { validFrom: '2025-09-01' },
        { validFrom: '2024-02-01' },
        { validFrom: '2026-01-01' },
      ]),
    ).toEqual([
      { validFrom: '2026-01-01', validUntil: null },
      { validFrom: '2025-09-01', validUntil: '2025-12-31' },
      { validFrom: '2024-02-01', validUntil: '2025-08-31' },
    ]);
  });
});

describe('prefix ranges of search terms', () => {
  it('ends the range just after the last character', () => {
    expect(prefixRange('mul')).toEqual({ from: 'mul', to: 'mum' });
    expect(prefixRange('de v')).toEqual({ from: 'de v', to: 'de w' });
    expect(prefixRange('vries de')).toEqual({ from: 'vries de', to: 'vries df' });
  });
  it('holds exactly the keys that start with the term (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'y', 'z', ' ', '0', 'é', '9') });
    fc.assert(
      fc.property(
        text.filter((term) => term !== ''),
        text,
        (term, key) => {
          const { from, to } = prefixRange(term);
          const bytes = (value: string) => Buffer.from(value, 'utf8');
          const inRange =
            Buffer.compare(bytes(key), bytes(from)) >= 0 &&
            Buffer.compare(bytes(key), bytes(to)) < 0;
          return inRange === key.startsWith(term);
        },
      ),
    );
  });
});
