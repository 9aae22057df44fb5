import type { HrIntegrationMode } from '../../../contracts/organisation.js';

export const modeLabelKeys = {
  none: 'organisation.employers.modes.none',
  full: 'organisation.employers.modes.full',
  absence_only: 'organisation.employers.modes.absenceOnly',
} as const satisfies Record<HrIntegrationMode, string>;
