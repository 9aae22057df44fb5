import { describe, expect, it } from 'vitest';
import { errorResponseSchema } from '../../contracts/common.js';
import { errorBodyOf } from './error-body.js';

describe('errorBodyOf', () => {
  const bodies: unknown[] = [
    { error: { code: 'unauthenticated', message: 'Log opnieuw in.' } },
    {
      error: {
        code: 'validation',
        message: 'Controleer de velden.',
        fields: [{ path: 'loginName', code: 'too_small', message: 'Te kort.' }],
      },
    },
    { error: { code: 'validation', message: 'x', fields: [{ path: 'a', code: 'b' }] } },
    { error: { code: 'validation', message: 'x', fields: 'a' } },
    { error: { code: 1, message: 'x' } },
    { error: { code: 'x' } },
    { error: null },
    { message: 'Internal Server Error' },
    'Bad Gateway',
    null,
  ];

  it('reads exactly the bodies the contract schema accepts', () => {
    for (const body of bodies) {
      const parsed = errorResponseSchema.safeParse(body);
      expect(errorBodyOf(body), JSON.stringify(body)).toEqual(
        parsed.success ? parsed.data.error : undefined,
      );
    }
  });
});
