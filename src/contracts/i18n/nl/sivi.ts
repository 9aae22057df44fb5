/** SIVI Verzuimmeldingen: the absence messages exchanged with HR systems (issue 13). */
export const siviMessages = {
  ui: {
    permission: {
      name: 'SIVI-verzuimmeldingen downloaden',
      help: 'Alle ziekmeldingen, wijzigingen van het percentage en hersteldmeldingen van de werkgever als SIVI-bestand (Verzuimmeldingen 2024) voor het HR-systeem of de arbodienst.',
    },
  },
  errors: {
    sivi_nothing_to_export:
      'Er is niets te exporteren: geen enkele medewerker heeft een ziekmelding in deze periode.',
    sivi_whole_employer_only:
      'Alleen een gebruiker die de hele werkgever mag zien, kan de SIVI-verzuimmeldingen downloaden.',
  },
} as const;
