/**
 * For tests: the WVP as migration 0013 seeds it (DOMAIN.md §2). tasks.protocols.test.ts proves the
 * seeded protocol equals this one, so the pure tests plan with what the database holds.
 */
import type { Protocol, ProtocolTask } from './tasks.protocols.models.js';

const task = (
  code: string,
  nl: string,
  en: string,
  offset: number,
  responsible: ProtocolTask['responsible'],
  rest: Partial<ProtocolTask> = {},
): ProtocolTask => ({
  code,
  name: { nl, en },
  trigger: 'sick_day',
  offset,
  repetition: null,
  responsible,
  postponable: true,
  setAsideOnClose: true,
  earlierAfterDone: null,
  ...rest,
});

export const wvpProtocol: Protocol = {
  id: '6e7c3a52-0d1b-4c8e-9a51-000000000001',
  code: 'WVP',
  name: { nl: 'Wet verbetering poortwachter', en: 'Gatekeeper Improvement Act' },
  employerId: null,
  version: 1,
  tasks: [
    task(
      'ziekmelding_arbodienst',
      'Ziekmelding aan arbodienst',
      'Sick report to the occupational health service',
      7,
      ['employer'],
      { postponable: false },
    ),
    task('probleemanalyse', 'Probleemanalyse', 'Problem analysis', 42, ['bedrijfsarts']),
    task('plan_van_aanpak', 'Plan van aanpak', 'Action plan', 56, ['employer', 'employee'], {
      earlierAfterDone: { task: 'probleemanalyse', days: 14 },
    }),
    task(
      'evaluatie_plan_van_aanpak',
      'Evaluatie plan van aanpak',
      'Action plan evaluation',
      98,
      ['employer', 'employee'],
      { repetition: { every: 42, until: 728 } },
    ),
    task('uwv_42e_week', '42e-weeksmelding UWV', '42nd-week report to the UWV', 294, ['employer'], {
      trigger: 'first_working_day_after_sick_day',
      postponable: false,
    }),
    task('eerstejaarsevaluatie', 'Eerstejaarsevaluatie', 'First-year evaluation', 364, [
      'employer',
      'employee',
    ]),
    task(
      'eindevaluatie',
      'Eindevaluatie en actueel oordeel',
      'Final evaluation and current opinion',
      637,
      ['employer', 'bedrijfsarts'],
    ),
    task('wia_aanvraag', 'WIA-aanvraag', 'WIA application', 651, ['employee', 'employer'], {
      postponable: false,
    }),
    task(
      'einde_loondoorbetaling',
      'Einde loondoorbetaling',
      'End of continued wage payment',
      728,
      ['employer'],
      { postponable: false },
    ),
    task(
      'ziekmelding_uwv_einde_dienstverband',
      'Ziekmelding UWV bij einde dienstverband',
      'Sick report to the UWV at the end of employment',
      0,
      ['employer'],
      { trigger: 'end_of_employment', postponable: false },
    ),
  ],
};
