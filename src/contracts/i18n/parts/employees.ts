import type { MessageTree } from '../messages.js';

/** Werknemers: dossier, adding and changing employees and employments, Dossier zoeken. */
const nl = {
  ui: {
    dossier: {
      title: 'Dossier van {{name}}',
      notFound: 'Deze werknemer bestaat niet of valt buiten uw bevoegdheid.',
      inService: 'In dienst',
      outOfService: 'Uit dienst',
      sections: {
        details: 'Gegevens',
        employments: 'Dienstverbanden',
        absence: 'Verzuim',
        vault: 'Datakluis',
      },
      notYetAvailable: 'Dit onderdeel komt binnenkort beschikbaar.',
    },
    fields: {
      firstName: 'Voornaam',
      initials: 'Voorletters',
      namePrefix: 'Tussenvoegsel',
      lastName: 'Achternaam',
      gender: 'Geslacht',
      dateOfBirth: 'Geboortedatum',
      personnelNumber: 'Personeelsnummer',
      department: 'Afdeling',
      startDate: 'Startdatum dienstverband',
      contractStartDate: 'Startdatum arbeidsovereenkomst',
      functionName: 'Functie',
      employmentType: 'Type dienstverband',
      contractHours: 'Contracturen per week',
      validFrom: 'Geldig vanaf',
    },
    genders: { m: 'Man', f: 'Vrouw', x: 'Anders of onbekend' },
    employmentTypes: {
      permanent: 'Vast',
      fixed_term: 'Bepaalde tijd',
      on_call: 'Oproepkracht',
      temporary_agency: 'Uitzendkracht',
      other: 'Anders',
    },
    employment: {
      title: 'Dienstverband {{number}}',
      current: 'Actueel',
      future: 'Toekomstig',
      ended: 'Beëindigd',
      endedOn: 'Uit dienst per {{date}}',
      deceased: 'Overleden',
      history: 'Historie',
      period: '{{from}} t/m {{until}}',
      periodOpen: 'vanaf {{from}}',
      hours: '{{hours}} uur per week',
    },
  },
  errors: {
    managed_by_hr_system:
      'Deze gegevens komen uit het HR-systeem van uw organisatie (koppeling). Wijzig ze daar.',
    vault_unavailable:
      'BSN en contactgegevens kunnen nog niet worden opgeslagen. Laat deze velden leeg en vul ze later aan.',
  },
  fieldErrors: {
    date_too_early: 'Deze datum ligt te ver in het verleden.',
    date_too_late: 'Deze datum ligt te ver in de toekomst.',
    department_closed: 'Deze afdeling is gesloten. Kies een andere afdeling.',
    end_before_start: 'De einddatum ligt vóór de startdatum.',
    end_before_change:
      'Het dienstverband verandert nog na deze datum. Kies een latere einddatum of pas eerst de wijziging aan.',
    employment_start_after_change:
      'De startdatum moet vóór de eerste wijziging van het dienstverband liggen.',
    out_of_service_before_employment:
      'Op deze datum is (een wijziging van) een dienstverband nog niet begonnen. Kies een latere datum.',
    personnel_number_taken: 'Dit personeelsnummer is al in gebruik bij een andere werknemer.',
    bsn_invalid: 'Dit is geen geldig BSN (9 cijfers die de elfproef doorstaan).',
    postcode_invalid: 'Vul een Nederlandse postcode in, zoals 1234 AB.',
    house_number_invalid: 'Vul een huisnummer in van 1 tot en met 99999.',
    house_number_addition_invalid: 'Een toevoeging bestaat uit hoogstens 6 letters of cijfers.',
    manager_not_a_user: 'Deze persoon is geen gebruiker van uw organisatie.',
  },
} as const;

const en: MessageTree<typeof nl> = {
  ui: {
    dossier: {
      title: 'File of {{name}}',
      notFound: 'This employee does not exist or is outside your authorisation.',
      inService: 'Employed',
      outOfService: 'Left',
      sections: {
        details: 'Details',
        employments: 'Employments',
        absence: 'Absence',
        vault: 'Data vault',
      },
      notYetAvailable: 'This part will be available soon.',
    },
    fields: {
      firstName: 'First name',
      initials: 'Initials',
      namePrefix: 'Name prefix',
      lastName: 'Last name',
      gender: 'Gender',
      dateOfBirth: 'Date of birth',
      personnelNumber: 'Personnel number',
      department: 'Department',
      startDate: 'Employment start date',
      contractStartDate: 'Contract start date',
      functionName: 'Job title',
      employmentType: 'Type of employment',
      contractHours: 'Contract hours per week',
      validFrom: 'Valid from',
    },
    genders: { m: 'Male', f: 'Female', x: 'Other or unknown' },
    employmentTypes: {
      permanent: 'Permanent',
      fixed_term: 'Fixed term',
      on_call: 'On call',
      temporary_agency: 'Agency worker',
      other: 'Other',
    },
    employment: {
      title: 'Employment {{number}}',
      current: 'Current',
      future: 'Upcoming',
      ended: 'Ended',
      endedOn: 'Left on {{date}}',
      deceased: 'Deceased',
      history: 'History',
      period: '{{from}} to {{until}}',
      periodOpen: 'from {{from}}',
      hours: '{{hours}} hours per week',
    },
  },
  errors: {
    managed_by_hr_system:
      "This data comes from your organisation's HR system (integration). Please change it there.",
    vault_unavailable:
      'The citizen service number and contact details cannot be stored yet. Leave these fields empty and add them later.',
  },
  fieldErrors: {
    date_too_early: 'This date is too far in the past.',
    date_too_late: 'This date is too far in the future.',
    department_closed: 'This department is closed. Please choose another department.',
    end_before_start: 'The end date is before the start date.',
    end_before_change:
      'The employment still changes after this date. Choose a later end date or adjust the change first.',
    employment_start_after_change:
      'The start date must be before the first change of the employment.',
    out_of_service_before_employment:
      'An employment (or a change of it) has not started yet on this date. Please choose a later date.',
    personnel_number_taken: 'This personnel number is already used for another employee.',
    bsn_invalid: 'This is not a valid citizen service number (9 digits passing the 11-test).',
    postcode_invalid: 'Enter a Dutch postcode, such as 1234 AB.',
    house_number_invalid: 'Enter a house number from 1 to 99999.',
    house_number_addition_invalid: 'An addition has at most 6 letters or digits.',
    manager_not_a_user: 'This person is not a user of your organisation.',
  },
};

export const employeesMessages = { nl, en };
