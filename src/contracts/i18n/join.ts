/** The shape `joinCatalogue` needs of each half: its errors, with the field errors under them. */
interface CatalogueHalf {
  readonly errors: { readonly field: object };
}

/**
 * A language's whole catalogue from its two halves (`start.ts` and `app.ts`): both hold errors,
 * so `errors` and `errors.field` are merged; a key of the login frame wins, as the web app's
 * deep merge of the loaded halves does (`src/web/i18n/i18n.ts`).
 */
export function joinCatalogue<Start extends CatalogueHalf, App extends CatalogueHalf>(
  start: Start,
  app: App,
) {
  return {
    ...start,
    ...app,
    errors: {
      ...app.errors,
      ...start.errors,
      field: { ...app.errors.field, ...start.errors.field },
    },
  };
}
