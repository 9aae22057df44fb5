import { AppError } from '../../platform/errors.js';

export const organisationErrors = {
  invalidKvkNumber: () =>
    new AppError('validation', 400, {
      fields: [{ path: 'kvkNumber', code: 'invalid_kvk_number' }],
    }),
};
