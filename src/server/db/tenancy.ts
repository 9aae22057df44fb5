declare const authorizedEmployer: unique symbol;

/**
 * An employer id that the auth layer has checked the actor may act for. Repositories of tenant
 * data take this type, so an id straight from a URL does not compile there.
 */
export type AuthorizedEmployerId = string & { readonly [authorizedEmployer]: true };

/** Only for the auth layer and for trusted system code (seeding, jobs) that acts for an employer. */
export function trustEmployerId(employerId: string): AuthorizedEmployerId {
  return employerId as AuthorizedEmployerId;
}
