/**
 * Calendar dates are civil dates in Europe/Amsterdam (DOMAIN.md §1), as `YYYY-MM-DD` strings,
 * never converted through UTC midnight; the one conversion lives in the shared formatting module.
 */
export { amsterdamDateOf } from '../../contracts/formats.js';
