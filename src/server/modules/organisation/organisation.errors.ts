import { errors } from '../../platform/errors.js';

export const organisationErrors = {
  invalidKvkNumber: () => errors.invalidField('kvkNumber', 'invalid_kvk_number'),
};
