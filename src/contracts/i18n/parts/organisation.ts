import type { MessageTree } from '../messages.js';

/** Organisation structure, employers, linked accounts, the role matrix and the audit log. */
const nl = {
  ui: {},
  errors: {
    department_closed: 'Deze afdeling is al opgeheven.',
    department_has_open_sub_departments:
      'Deze afdeling heeft nog open onderliggende afdelingen. Hef die eerst op of verplaats ze.',
    department_has_employees:
      'Er zijn vandaag nog medewerkers in dienst bij deze afdeling. Verplaats hen eerst naar een andere afdeling.',
    account_already_linked: 'Dit account is al gekoppeld aan deze werkgever.',
    last_employer_link:
      'Dit is de enige werkgever van dit account. Een account wordt nooit losgekoppeld van zijn laatste werkgever.',
    account_manages_departments:
      'Deze gebruiker is leidinggevende van een afdeling bij deze werkgever. Wijs eerst een andere leidinggevende aan.',
    audit_export_too_large:
      'Deze selectie bevat meer dan {{limit}} regels. Maak de selectie kleiner, bijvoorbeeld met een kortere periode.',
  },
  fieldErrors: {
    department_move_cycle:
      'Een afdeling kan niet onder zichzelf of onder een van haar eigen onderliggende afdelingen komen.',
    department_parent_closed: 'Onder een opgeheven afdeling kunt u geen afdeling plaatsen.',
    manager_not_eligible:
      'Kies een gebruiker van deze werkgever met de rol leidinggevende of supergebruiker.',
    unknown_login_name: 'Er bestaat geen account met deze inlognaam.',
    operator_account_not_linkable:
      'Dit is een account van de arbodienst; dat werkt al voor alle werkgevers.',
  },
} as const;

const en: MessageTree<typeof nl> = {
  ui: {},
  errors: {
    department_closed: 'This department has already been closed.',
    department_has_open_sub_departments:
      'This department still has open sub-departments. Close or move them first.',
    department_has_employees:
      'People are still employed in this department today. Move them to another department first.',
    account_already_linked: 'This account is already linked to this employer.',
    last_employer_link:
      'This is the only employer of this account. An account is never unlinked from its last employer.',
    account_manages_departments:
      'This user manages a department at this employer. Appoint another manager first.',
    audit_export_too_large:
      'This selection has more than {{limit}} rows. Narrow it down, for example with a shorter period.',
  },
  fieldErrors: {
    department_move_cycle:
      'A department cannot be placed below itself or below one of its own sub-departments.',
    department_parent_closed: 'A department cannot be placed below a closed department.',
    manager_not_eligible: 'Choose a user of this employer with a manager or super user role.',
    unknown_login_name: 'There is no account with this login name.',
    operator_account_not_linkable:
      'This is an account of the occupational health service; it already works for every employer.',
  },
};

export const organisationMessages = { nl, en };
