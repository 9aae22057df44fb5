/** Statistieken: the list reports (OverzichtVerzuimPerMedewerker, verzekeraar, Trajecthistorie). */
export const reportListsMessages = {
  ui: {
    absencePerEmployee: {
      title: 'OverzichtVerzuimPerMedewerker',
      description:
        'De ziekteperioden die met de periode samenvallen, van medewerkers van de gekozen eenheden: een regel per verzuimoorzaak, op afdeling, achternaam en eerste ziektedag.',
      fileName: 'verzuim-per-medewerker',
      sheet: 'Verzuim per medewerker',
      caption: 'Verzuim per medewerker',
    },
    insurerCases: {
      title: 'Ziektetrajecten per verzekeraar',
      description:
        'Per ziektetraject voor de verzuimverzekeraar: melddatum, aanvangspercentage, gedeeltelijk herstel, werkhervattingsadvies, werken op arbeidstherapeutische basis en de kenmerken van het traject.',
      fileName: 'ziektetrajecten-per-verzekeraar',
      sheet: 'Ziektetrajecten',
      caption: 'Ziektetrajecten van verzekeraar {{insurer}}',
      noInsurer: 'Niet vastgelegd',
    },
    caseHistory: {
      title: 'Trajecthistorie',
      description:
        'Werkgever, medewerker, het verloop van elk traject en de notities erover (alleen voor rollen die notities mogen lezen).',
      fileName: 'trajecthistorie',
      casesSheet: 'Trajecten',
      historySheet: 'Verloop',
      notesSheet: 'Notities',
      caption: 'Trajecten',
      notesHidden: 'Uw rol mag geen notities lezen; het rapport toont ze niet.',
      history: 'Verloop',
      notes: 'Notities',
      noNotes: 'Geen notities',
    },
    explanation: {
      absencePerEmployee:
        'Een regel per ziekteperiode die met de periode samenvalt en per verzuimoorzaak, van medewerkers die op die dagen in dienst waren bij een gekozen eenheid, binnen uw dossiertoegang; gesorteerd op afdeling, achternaam en eerste ziektedag.',
      insurerCases:
        'Een regel per ziektetraject dat met de periode samenvalt, gegroepeerd per verzuimverzekeraar, binnen uw dossiertoegang.',
      caseHistory:
        'Per traject dat met de periode samenvalt de werkgever, de medewerker, het verloop van het ziektepercentage en, alleen voor rollen die ze mogen lezen, de notities over het traject.',
      daysInPeriod:
        'De dagen van de ziekteperiode binnen de gekozen periode, geteld volgens de berekeningsmethode.',
      absenceDaysInPeriod:
        'Die dagen gewogen naar het ziektepercentage: twee dagen voor 50% ziek zijn één verzuimdag.',
      cause:
        'De classificatie van de ziekmelding, of een andere oorzaak die een kenmerk vastlegt (zoals een bedrijfsongeval); een vangnetgeval staat er als Vangnet zonder de soort, behalve voor rollen die de soort mogen zien.',
      partialRecoveryStart:
        'De eerste dag met een lager ziektepercentage dan het aanvangspercentage.',
      history:
        'Het ziektepercentage vanaf een dag tot en met de dag voor de volgende wijziging; lopend zolang het traject loopt.',
    },
    columns: {
      department: 'Afdeling',
      employee: 'Medewerker',
      personnelNumber: 'Personeelsnr.',
      employer: 'Werkgever',
      insurer: 'Verzekeraar',
      firstSickDay: 'Eerste ziektedag',
      lastSickDay: 'Laatste ziektedag',
      daysInPeriod: 'Dagen in periode',
      absenceDaysInPeriod: 'Verzuimdagen (naar %)',
      percentage: '% ziek',
      cause: 'Verzuimoorzaak',
      safetyNet: 'Vangnet',
      reportDate: 'Melddatum',
      initialPercentage: 'Aanvangs-%',
      partialRecoveryStart: 'Start gedeeltelijk herstel',
      workResumptionAdviceStart: 'Start werkhervattingsadvies',
      therapeuticWorkStart: 'Start werken op AT-basis',
      privateAccident: 'Privé-ongeval',
      workAccident: 'Bedrijfsongeval',
      thirdPartyLiability: 'Schuld derden',
      labourConflict: 'Arbeidsconflict',
      protocol: 'Verzuimprotocol',
      status: 'Trajectstatus',
      firstDay: 'Begindatum',
      lastDay: 'Einddatum',
      historyFrom: 'Vanaf',
      historyTo: 'Tot en met',
      contactDate: 'Contactdatum',
      contactType: 'Soort contact',
      author: 'Auteur',
      note: 'Notitie',
    },
    filters: {
      protocols: 'Protocollen',
      status: 'Trajectstatus',
      causes: 'Verzuimoorzaken',
      safetyNet: 'Vangnetsituatie',
      all: 'Alle',
    },
    statuses: { open: 'Lopend', closed: 'Afgesloten' },
    protocols: { WVP: 'Wet verbetering poortwachter', WAZO: 'Zwangerschap en bevalling (WAZO)' },
    safetyNet: 'Vangnet',
    pregnancy: 'Zwangerschap',
    yes: 'Ja',
    no: 'Nee',
    open: 'lopend',
    rowCount: '{{count}} regels',
    empty: 'Geen trajecten in deze selectie en periode binnen uw dossiertoegang.',
  },
} as const;
