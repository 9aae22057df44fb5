import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, translator } from './i18n.js';

describe('server translations', () => {
  it('answers Dutch when the browser asks for nothing or for a language we do not have', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('nl');
    expect(localeFromAcceptLanguage('fr-FR,de;q=0.8')).toBe('nl');
  });

  it('follows the order of preference of Accept-Language, weights included', () => {
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,nl;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('de;q=1, nl;q=0.5, en;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('nl-NL')).toBe('nl');
    expect(localeFromAcceptLanguage('en;q=0, nl;q=0.1')).toBe('nl');
  });

  it('gives each locale its own messages without switching a shared language', () => {
    const dutch = translator('nl');
    const english = translator('en');
    expect(dutch('errors.not_found')).not.toBe(english('errors.not_found'));
    expect(dutch('errors.not_found')).toBe(translator('nl')('errors.not_found'));
  });

  it('writes a civil date in a message as people read it in that language, never shifted a day', () => {
    const params = { first: '2026-02-11', last: '2026-05-05' };
    expect(translator('nl')('errors.field.case_during_maternity_leave', params)).toContain(
      'bevallingsverlof van 11 februari 2026 t/m 5 mei 2026:',
    );
    expect(translator('en')('errors.field.case_during_maternity_leave', params)).toContain(
      'maternity leave from 11 February 2026 to 5 May 2026:',
    );
  });
});
