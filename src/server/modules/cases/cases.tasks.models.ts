/**
 * What the tasks module follows of an employee's cases (SPEC.md §2.7), told through the
 * `LegalCaseListener` port after every change and read with `casesForTasksIn`.
 */
import type { EpisodePeriod } from './cases.episodes.models.js';

/** A legal case (wachttijd): its first episode's id, its episodes, its employment's end date. */
export type LegalCaseForTasks = {
  caseId: string;
  episodes: EpisodePeriod[];
  /** The end date of the employment of the case's last episode; null when it runs on. */
  employmentEndDate: string | null;
};

/** A pregnancy case: the days it runs (`lastDay` null while open) and the expected delivery. */
export type PregnancyForTasks = {
  caseId: string;
  firstDay: string;
  lastDay: string | null;
  expectedDelivery: string;
};

export type CasesForTasks = {
  legalCases: LegalCaseForTasks[];
  pregnancies: PregnancyForTasks[];
};
