/** The tabs of Datakluis(beheer), apart from the page so the route can check `?tab=` without loading it. */
export const vaultTabs = ['autorisatie', 'beheeracties', 'overeenkomsten'] as const;
export type VaultTab = (typeof vaultTabs)[number];
