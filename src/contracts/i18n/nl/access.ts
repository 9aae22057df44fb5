/** Dossier access: the error of a request made before an employer is chosen. */
export const accessMessages = {
  ui: {},
  errors: {
    no_active_employer: 'Kies eerst voor welke werkgever u werkt.',
  },
  fieldErrors: {},
} as const;
