/**
 * Protocols as data (SPEC.md §2.7, DOMAIN.md §2): each task of a protocol with a stable code,
 * its names, when it is due, who does it, whether it may be postponed and whether it is set aside
 * when the case closes. The tasks of a case keep the protocol code they were made from, so a
 * later change of a protocol never silently moves the tasks of an open case.
 */

export type Responsible = 'employer' | 'employee' | 'bedrijfsarts' | 'casemanager';

/**
 * When a task falls due: on sick-day `offset` of the legal case, or on the first working day
 * strictly after it (the 42nd-week report).
 */
export type TaskTrigger = 'sick_day' | 'first_working_day_after_sick_day';

export type ProtocolTask = {
  code: string;
  name: { nl: string; en: string };
  trigger: TaskTrigger;
  /** The sick-day number the trigger counts from. */
  offset: number;
  /** Repeats every `everySickDays` after `offset` up to and including `untilSickDay`. */
  repetition: { everySickDays: number; untilSickDay: number } | null;
  responsible: readonly Responsible[];
  postponable: boolean;
  setAsideOnClose: boolean;
  /** Due earlier when the task `code` is done: `days` calendar days after its done date. */
  earlierAfterDone?: { code: string; days: number };
};

export type Protocol = { code: string; name: { nl: string; en: string }; tasks: ProtocolTask[] };

/** The Wet verbetering poortwachter, the table of DOMAIN.md §2. */
export const wvpProtocol: Protocol = {
  code: 'WVP',
  name: { nl: 'Wet verbetering poortwachter', en: 'Gatekeeper Improvement Act' },
  tasks: [
    {
      code: 'ziekmelding_arbodienst',
      name: {
        nl: 'Ziekmelding aan arbodienst',
        en: 'Sick report to the occupational health service',
      },
      trigger: 'sick_day',
      offset: 7,
      repetition: null,
      responsible: ['employer'],
      postponable: false,
      setAsideOnClose: true,
    },
    {
      code: 'probleemanalyse',
      name: { nl: 'Probleemanalyse', en: 'Problem analysis' },
      trigger: 'sick_day',
      offset: 42,
      repetition: null,
      responsible: ['bedrijfsarts'],
      postponable: true,
      setAsideOnClose: true,
    },
    {
      code: 'plan_van_aanpak',
      name: { nl: 'Plan van aanpak', en: 'Action plan' },
      trigger: 'sick_day',
      offset: 56,
      repetition: null,
      responsible: ['employer', 'employee'],
      postponable: true,
      setAsideOnClose: true,
      // DOMAIN.md §2: or 14 days after the probleemanalyse, if earlier.
      earlierAfterDone: { code: 'probleemanalyse', days: 14 },
    },
    {
      code: 'evaluatie_plan_van_aanpak',
      name: { nl: 'Evaluatie plan van aanpak', en: 'Action plan evaluation' },
      trigger: 'sick_day',
      offset: 98,
      repetition: { everySickDays: 42, untilSickDay: 728 },
      responsible: ['employer', 'employee'],
      postponable: true,
      setAsideOnClose: true,
    },
    {
      code: 'uwv_42e_week',
      name: { nl: '42e-weeksmelding UWV', en: '42nd-week report to the UWV' },
      trigger: 'first_working_day_after_sick_day',
      offset: 294,
      repetition: null,
      responsible: ['employer'],
      postponable: false,
      setAsideOnClose: true,
    },
    {
      code: 'eerstejaarsevaluatie',
      name: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
      trigger: 'sick_day',
      offset: 364,
      repetition: null,
      responsible: ['employer', 'employee'],
      postponable: true,
      setAsideOnClose: true,
    },
    {
      code: 'eindevaluatie',
      name: { nl: 'Eindevaluatie en actueel oordeel', en: 'Final evaluation and current opinion' },
      trigger: 'sick_day',
      offset: 637,
      repetition: null,
      responsible: ['employer', 'bedrijfsarts'],
      postponable: true,
      setAsideOnClose: true,
    },
    {
      code: 'wia_aanvraag',
      name: { nl: 'WIA-aanvraag', en: 'WIA application' },
      trigger: 'sick_day',
      offset: 651,
      repetition: null,
      responsible: ['employee', 'employer'],
      postponable: false,
      setAsideOnClose: true,
    },
    {
      code: 'einde_loondoorbetaling',
      name: { nl: 'Einde loondoorbetaling', en: 'End of continued wage payment' },
      trigger: 'sick_day',
      offset: 728,
      repetition: null,
      responsible: ['employer'],
      postponable: false,
      setAsideOnClose: true,
    },
  ],
};

const protocols: readonly Protocol[] = [wvpProtocol];

/** The protocol a new sickness case gets. */
export const defaultProtocolCode = wvpProtocol.code;

export function protocolOf(code: string): Protocol | undefined {
  return protocols.find((protocol) => protocol.code === code);
}

/** A protocol task's occurrences as sick-day numbers: one, or one per repetition. */
export function occurrencesOf(task: ProtocolTask): number[] {
  if (task.repetition === null) return [task.offset];
  const days: number[] = [];
  for (
    let day = task.offset;
    day <= task.repetition.untilSickDay;
    day += task.repetition.everySickDays
  ) {
    days.push(day);
  }
  return days;
}
