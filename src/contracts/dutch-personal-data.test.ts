import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bsnElevenTestSum,
  isValidBsn,
  isValidHouseNumber,
  isValidHouseNumberAddition,
  normaliseBsn,
  normaliseDutchPostcode,
} from './dutch-personal-data.js';

// ---------------------------------------------------------------------------------------------
// BSN
// ---------------------------------------------------------------------------------------------

/** A valid BSN built by construction: eight random digits and the check digit the 11-test needs. */
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => {
    const partial = digits.reduce((sum, digit, index) => sum + digit * (9 - index), 0);
    // Σ − check ≡ 0 (mod 11) ⇔ check ≡ Σ (mod 11); no check digit exists when Σ mod 11 = 10.
    return { digits, check: partial % 11 };
  })
  .filter(({ digits, check }) => check < 10 && digits.some((digit) => digit !== 0))
  .map(({ digits, check }) => `${digits.join('')}${check}`);

describe('BSN (11-test)', () => {
  it('accepts known valid numbers and refuses known invalid ones', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('1234567')).toBe(false);
    expect(isValidBsn('')).toBe(false);
    expect(isValidBsn('-123456782')).toBe(false);
  });

  it('ignores surrounding whitespace and the printed separators (spaces, dots)', () => {
    expect(normaliseBsn(' 123456782 ')).toBe('123456782');
    expect(normaliseBsn('1234.56.782')).toBe('123456782');
    expect(normaliseBsn('1234 56 782')).toBe('123456782');
    expect(normaliseBsn('1234-56-782')).toBeNull();
  });

  it('gives an 8-digit number the leading zero it lost, then applies the 11-test', () => {
    expect(normaliseBsn('10033373')).toBe('010033373');
    expect(isValidBsn('10033373')).toBe(true);
    expect(isValidBsn('10033374')).toBe(false);
  });

  it('accepts every BSN built with the 11-test', () => {
    fc.assert(
      fc.property(validBsn, (bsn) => {
        expect(isValidBsn(bsn)).toBe(true);
        expect(normaliseBsn(bsn)).toBe(bsn);
        expect(bsnElevenTestSum(bsn) % 11).toBe(0);
      }),
    );
  });

  it('reads a valid BSN that starts with 0 the same with or without that zero', () => {
    fc.assert(
      fc.property(
        validBsn.filter((bsn) => bsn.startsWith('0')),
        (bsn) => {
          expect(normaliseBsn(bsn.slice(1))).toBe(bsn);
        },
      ),
    );
  });

  /*
   * Why every single-digit change is caught: changing digit i by δ (1 ≤ |δ| ≤ 9) changes the sum
   * by wᵢ·δ with wᵢ ∈ {9,…,2,−1}. 11 is prime and divides neither wᵢ nor δ, so it does not divide
   * wᵢ·δ: the sum leaves its multiple of 11. (The result cannot be 000000000 either, whose sum
   * is 0: that would need a valid BSN with one non-zero digit d, of sum wᵢ·d ≢ 0.) The property
   * below checks all 9 × 9 changes of each generated number.
   */
  it('refuses every number that differs from a valid BSN in one digit', () => {
    fc.assert(
      fc.property(validBsn, (bsn) => {
        for (let position = 0; position < 9; position++) {
          for (let digit = 0; digit <= 9; digit++) {
            if (String(digit) === bsn[position]) continue;
            const changed = `${bsn.slice(0, position)}${digit}${bsn.slice(position + 1)}`;
            expect(isValidBsn(changed), changed).toBe(false);
          }
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Address
// ---------------------------------------------------------------------------------------------

describe('Dutch postcode', () => {
  it('writes "1234 AB" whatever the case and spacing', () => {
    expect(normaliseDutchPostcode('1234 AB')).toBe('1234 AB');
    expect(normaliseDutchPostcode('1234ab')).toBe('1234 AB');
    expect(normaliseDutchPostcode(' 1234AB ')).toBe('1234 AB');
    expect(normaliseDutchPostcode('9999 zz')).toBe('9999 ZZ');
  });

  it('refuses a first digit 0, the unissued letter pairs SA, SD and SS, and other shapes', () => {
    for (const refused of [
      '0123 AB',
      '1234 SA',
      '1234 sd',
      '1234SS',
      '123 AB',
      '12345 AB',
      '1234 A',
      '1234 ABC',
      '1234-AB',
      'AB 1234',
      '',
    ]) {
      expect(normaliseDutchPostcode(refused), refused).toBeNull();
    }
  });

  it('normalises every well-formed postcode in any case and spacing to the same written form', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        letter,
        letter,
        fc.constantFrom('', ' ', '  '),
        fc.constantFrom('', ' ', '\t'),
        fc.boolean(),
        (digits, first, second, middle, around, lower) => {
          const letters = `${first}${second}`;
          const typed = `${around}${digits}${middle}${lower ? letters.toLowerCase() : letters}${around}`;
          const expected = ['SA', 'SD', 'SS'].includes(letters) ? null : `${digits} ${letters}`;
          expect(normaliseDutchPostcode(typed)).toBe(expected);
        },
      ),
    );
  });
});

describe('house number and addition', () => {
  it('accepts whole house numbers from 1 to 99999 only', () => {
    expect(isValidHouseNumber(1)).toBe(true);
    expect(isValidHouseNumber(99_999)).toBe(true);
    for (const refused of [0, -1, 100_000, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isValidHouseNumber(refused), String(refused)).toBe(false);
    }
  });

  it('takes an optional addition of up to 6 letters, digits or hyphens', () => {
    for (const accepted of [null, undefined, '', 'A', 'bis', '3-hoog', 'ABCDEF', ' a ']) {
      expect(isValidHouseNumberAddition(accepted), String(accepted)).toBe(true);
    }
    for (const refused of ['ABCDEFG', '-', '--', 'a b', 'ä', '1/2', 'A.']) {
      expect(isValidHouseNumberAddition(refused), refused).toBe(false);
    }
  });
});
