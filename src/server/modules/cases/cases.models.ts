/**
 * Pure rules of absence cases (DOMAIN.md §1–3, §5): classifications and who may see them, the
 * percentage timeline of a sickness episode, validation of a sick report, recurrence into legal
 * cases with sick-day numbers, pregnancy and maternity leave dates, and the rule that sick days
 * never fall in that leave. No database, no clock:
 * "today" is a parameter. Refusals are typed results whose reason becomes the error code
 * `cases.<reason>`.
 */
export * from './cases.models.classifications.js';
export * from './cases.models.episodes.js';
export * from './cases.models.pregnancy.js';
export * from './cases.models.recurrence.js';
export * from './cases.models.sick-report.js';
