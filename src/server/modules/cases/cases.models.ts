/**
 * Pure rules of absence cases (DOMAIN.md §1–3, §5): classifications and who may see them, the
 * percentage timeline of a sickness episode, validation of a sick report, recurrence into legal
 * cases with sick-day numbers, pregnancy and maternity leave dates, and the rule that sick days
 * never fall in that leave. No database, no clock:
 * "today" is a parameter. Refusals are typed results whose reason becomes the error code
 * `cases.<reason>`.
 */
export * from './cases.classifications.models.js';
export * from './cases.episodes.models.js';
export * from './cases.pregnancy.models.js';
export * from './cases.recurrence.models.js';
export * from './cases.sick-report.models.js';
export * from './cases.tasks.models.js';
