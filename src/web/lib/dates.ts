import { amsterdamDateOf } from '../../contracts/formats.js';

export {
  formatDate,
  formatDateTime,
  formatInstantDate,
  formatNumber,
  formatTime,
  formatTimestamp,
} from '../../contracts/formats.js';

/** Today's civil date in the Netherlands (DOMAIN.md §1), whatever the browser's time zone. */
export function todayInAmsterdam(): string {
  return amsterdamDateOf(new Date());
}
