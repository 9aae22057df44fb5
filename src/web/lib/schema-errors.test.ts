import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reportSickRequestSchema } from '../../contracts/cases.js';
import { schemaFieldErrors, submission } from './schema-errors.js';

const send = async () => undefined;

describe('schemaFieldErrors: the browser checks a form with the contract schema', () => {
  it('names no field when the body meets the schema', () => {
    const body = { classification: 'illness', firstSickDay: '2026-01-05', percentage: 100 };
    expect(
      schemaFieldErrors(submission(reportSickRequestSchema, body as never, send), body),
    ).toEqual({});
  });

  it('gives the server codes: an empty field is required, a filled one out of range or badly formed', () => {
    const values = { classification: 'illness', day: '', percentage: 0 };
    const check = submission(
      reportSickRequestSchema,
      { classification: 'illness', firstSickDay: values.day, percentage: values.percentage },
      send,
    );
    expect(schemaFieldErrors(check, values, { firstSickDay: 'day' })).toEqual({
      day: { key: 'errors.field.required' },
      // The range has its own code and message (issue 18: 150 % must say 1–100).
      percentage: { key: 'errors.field.case_percentage_out_of_range' },
    });
    const badDate = { classification: 'illness', firstSickDay: '5-1-2026' };
    expect(
      schemaFieldErrors(submission(reportSickRequestSchema, badDate as never, send), badDate),
    ).toEqual({ firstSickDay: { key: 'errors.field.invalid_format' } });
  });

  it("takes a refinement's own code (params.code) as its message", () => {
    const schema = z.object({
      bsn: z.string().refine((value) => value === '123456782', { params: { code: 'bsn_invalid' } }),
    });
    const body = { bsn: '111' };
    expect(schemaFieldErrors(submission(schema, body, send), body)).toEqual({
      bsn: { key: 'errors.field.bsn_invalid' },
    });
  });

  it('marks a required form field that the body leaves out when empty', () => {
    const values = { percentage: '' };
    const check = submission(
      reportSickRequestSchema,
      { classification: 'illness', firstSickDay: '2026-01-05' },
      send,
    );
    expect(schemaFieldErrors(check, values, {}, ['percentage'])).toEqual({
      percentage: { key: 'errors.field.required' },
    });
  });

  it('keeps the first message per field', () => {
    const schema = z.object({ code: z.string().min(3).regex(/^\d+$/) });
    const body = { code: 'a' };
    expect(schemaFieldErrors(submission(schema, body, send), body)).toEqual({
      code: { key: 'errors.field.too_small' },
    });
  });
});
