import { accessMessages } from './access.js';
import { auditMessages } from './audit.js';
import { casesMessages } from './cases.js';
import { dossierMessages } from './dossier.js';
import { reintegrationMessages } from './reintegration.js';
import { employeesMessages } from './employees.js';
import { apiClientsMessages } from './api-clients.js';
import { integrationMessages } from './integration.js';
import { onboardingMessages } from './onboarding.js';
import { organisationMessages } from './organisation.js';
import { protocolsMessages } from './protocols.js';
import { reportListsMessages } from './report-lists.js';
import { reportsMessages } from './reports.js';
import { retentionMessages } from './retention.js';
import { sickTodayMessages } from './sick-today.js';
import { signalsMessages } from './signals.js';
import { siviMessages } from './sivi.js';
import { tasksMessages } from './tasks.js';
import { usersMessages } from './users.js';
import { vaultMessages } from './vault.js';
import { webhooksMessages } from './webhooks.js';
import { worklistMessages } from './worklist.js';

/**
 * What the app behind the login shows: its frame, the start page, the settings and every area
 * (each in its own file), with the areas' errors. Loaded with the app frame (`src/web/i18n`).
 */
export const appMessages = {
  layout: {
    mainNavigation: 'Hoofdmenu',
    openNavigation: 'Menu openen',
    closeNavigation: 'Menu sluiten',
    noEmployer: 'Geen werkgever gekoppeld',
  },
  nav: {
    employeeSearch: 'Dossier zoeken',
    home: 'Startpagina',
    userManagement: 'Gebruikersbeheer',
    statistics: 'Statistieken',
    questions: 'Vragen',
    settings: 'Instellingen',
    collapse: 'Inklappen',
    expand: 'Uitklappen',
    logout: 'Uitloggen',
  },
  dashboard: {
    title: 'Startpagina',
    welcome: 'Welkom, {{name}}',
    chooseEmployer: {
      title: 'Kies een werkgever',
      text: 'U werkt voor alle werkgevers van de arbodienst. Kies rechtsboven een werkgever om zijn werknemers, organisatie en datakluis te zien.',
      widget: 'Kies eerst een werkgever.',
    },
    widgets: {
      recentDossiers: {
        title: 'Recent bezochte dossiers',
        empty: 'U heeft nog geen dossiers bezocht.',
      },
      tasks: {
        title: 'Taken',
        empty: 'Er staan geen taken voor u klaar.',
      },
      organisation: {
        title: 'Organisatiestructuur',
        empty: 'Er zijn nog geen afdelingen vastgelegd.',
        employeeCount: 'Medewerkers in dienst: {{count}}',
      },
      currentAbsence: {
        title: 'Actueel verzuim',
        empty: 'Er is op dit moment niemand ziek gemeld.',
      },
      actions: {
        title: 'Acties',
        empty: 'Er zijn nu geen acties voor u beschikbaar.',
      },
    },
  },
  statistics: {
    title: 'Statistieken',
    emptyTitle: 'Nog geen statistieken',
  },
  users: usersMessages.ui,
  settings: {
    title: 'Instellingen',
    tabs: {
      general: 'Algemeen',
      security: 'Beveiliging',
    },
    security: {
      unlockedUntil:
        'Beveiligingsinstellingen ontgrendeld tot {{time}}. Daarna vragen wij opnieuw om uw wachtwoord en tweede factor.',
      stepUpTitle: 'Bevestig dat u het bent',
      stepUpIntro:
        'Voer uw wachtwoord en daarna een code van uw tweede factor in. De beveiligingsinstellingen blijven dan 5 minuten open.',
      stepUpNext: 'Volgende',
      sendSms: 'Stuur mij een sms-code',
      smsSent: 'Wij hebben een code gestuurd naar het nummer dat eindigt op {{phone}}.',
      useKey: 'Gebruik mijn beveiligingssleutel',
      keyFailed:
        'De beveiligingssleutel gaf geen antwoord. Probeer het opnieuw of kies een andere manier.',
      passwordTitle: 'Wachtwoord wijzigen',
      passwordIntro: 'Na het wijzigen worden al uw andere sessies beëindigd.',
      currentPassword: 'Huidig wachtwoord',
      passwordSubmit: 'Wachtwoord wijzigen',
      passwordChanged: 'Uw wachtwoord is gewijzigd. Uw andere sessies zijn beëindigd.',
      emailTitle: 'E-mailadres wijzigen',
      emailIntro:
        'Wij sturen een bevestigingslink naar het nieuwe adres en een melding naar het huidige adres.',
      newEmail: 'Nieuw e-mailadres',
      emailSubmit: 'Bevestigingslink versturen',
      emailSent: 'Open de link in de e-mail op uw nieuwe adres om de wijziging af te ronden.',
      sessionsTitle: 'Sessies',
      sessionsIntro:
        'Waar u nu bent ingelogd. Herkent u een sessie niet? Beëindig die en wijzig uw wachtwoord.',
      device: 'Apparaat en browser',
      ipAddress: 'IP-adres',
      lastSeen: 'Laatst actief',
      actions: 'Acties',
      deviceName: '{{browser}} op {{os}}',
      unknownDevice: 'Onbekend apparaat',
      thisSession: 'Deze sessie',
      endSession: 'Beëindigen',
      endOthers: 'Alle andere sessies beëindigen',
    },
  },
  help: {
    title: 'Vragen',
    intro: 'Antwoorden op veelgestelde vragen over inloggen.',
    faq: {
      twoFactor: {
        question: 'Waarom moet ik naast mijn wachtwoord ook een code invoeren?',
        answer:
          'Verzuim bevat persoonsgegevens over gezondheid. Daarom is een tweede stap bij het inloggen verplicht: naast uw wachtwoord voert u een code in die alleen op uw eigen telefoon verschijnt. Zo kan niemand inloggen met alleen uw wachtwoord.',
      },
      authenticatorApp: {
        question: 'Welke app gebruik ik voor de verificatiecode?',
        answer:
          'Elke authenticator-app die tijdgebonden codes maakt, zoals Google Authenticator of Microsoft Authenticator. Wordt de code niet geaccepteerd? Controleer dan of de tijd op uw telefoon automatisch wordt ingesteld.',
      },
      forgotPassword: {
        question: 'Ik ben mijn wachtwoord of inlognaam vergeten. Wat nu?',
        answer:
          'Neem contact op met een supergebruiker binnen uw organisatie of met uw arbodienst. Om veiligheidsredenen geven wij wachtwoorden nooit per telefoon of e-mail door.',
      },
      accountBlocked: {
        question: 'Mijn account is geblokkeerd. Hoe kan ik weer inloggen?',
        answer:
          'Na vijf mislukte inlogpogingen op rij wordt uw account geblokkeerd en ontvangt u daarover een e-mail. Zolang de blokkering duurt, zegt het inlogscherm ook bij het juiste wachtwoord dat de inlognaam of het wachtwoord onjuist is. Vraag een nieuw wachtwoord aan via "Inloggegevens vergeten?"; dat heft de blokkering op. Een supergebruiker van uw organisatie of uw arbodienst kan de blokkering ook opheffen.',
      },
    },
  },
  dev: {
    outbox: {
      title: 'Uitgaande berichten (ontwikkeling)',
      intro:
        'E-mails en sms-berichten die niet echt zijn verstuurd, omdat er geen SMTP-server of sms-gateway is ingesteld. Het nieuwste bericht staat bovenaan; links zijn aan te klikken.',
      empty: 'Er zijn nog geen berichten verstuurd.',
      mail: 'E-mail',
      sms: 'Sms-bericht',
      to: 'Aan',
      subject: 'Onderwerp',
      sentAt: 'Verstuurd op',
    },
  },
  access: accessMessages.ui,
  employees: employeesMessages.ui,
  dossier: dossierMessages.ui,
  reintegration: {
    ...reintegrationMessages.ui,
    kinds: reintegrationMessages.kinds,
    sections: reintegrationMessages.sections,
    pdf: reintegrationMessages.pdf,
  },
  cases: casesMessages.ui,
  tasks: tasksMessages.ui,
  protocols: protocolsMessages.ui,
  sickToday: sickTodayMessages.ui,
  reports: reportsMessages.ui,
  reportLists: reportListsMessages.ui,
  signals: signalsMessages,
  organisation: organisationMessages.ui,
  onboarding: onboardingMessages.ui,
  integration: integrationMessages.ui,
  sivi: siviMessages.ui,
  apiClients: apiClientsMessages.ui,
  webhooks: webhooksMessages.ui,
  worklist: worklistMessages.ui,
  retention: retentionMessages.ui,
  vault: vaultMessages.ui,
  audit: auditMessages.ui,
  errors: {
    ...accessMessages.errors,
    ...employeesMessages.errors,
    ...dossierMessages.errors,
    ...reintegrationMessages.errors,
    ...casesMessages.errors,
    ...tasksMessages.errors,
    ...protocolsMessages.errors,
    ...organisationMessages.errors,
    ...usersMessages.errors,
    ...integrationMessages.errors,
    ...siviMessages.errors,
    ...apiClientsMessages.errors,
    ...vaultMessages.errors,
    ...retentionMessages.errors,
    field: {
      ...accessMessages.fieldErrors,
      ...employeesMessages.fieldErrors,
      ...dossierMessages.fieldErrors,
      ...reintegrationMessages.fieldErrors,
      ...casesMessages.fieldErrors,
      ...tasksMessages.fieldErrors,
      ...protocolsMessages.fieldErrors,
      ...organisationMessages.fieldErrors,
      ...onboardingMessages.fieldErrors,
      ...usersMessages.fieldErrors,
      ...integrationMessages.fieldErrors,
      ...apiClientsMessages.fieldErrors,
      ...webhooksMessages.fieldErrors,
      ...vaultMessages.fieldErrors,
      ...retentionMessages.fieldErrors,
      ...reportsMessages.fieldErrors,
    },
  },
} as const;
