declare const scopedEmployee: unique symbol;

/**
 * The id of an employee that the dossier-scope check found at the actor's employer and within
 * the actor's scope (docs/decisions/009-scope-as-a-type.md). Repository functions that read or
 * change one employee's dossier take this type, so a raw id from a URL does not compile there.
 * Only the scope checks of employees.scope.repository.ts make one; other modules get it
 * from the employees use case `scopedEmployeeIn`.
 */
export type ScopedEmployeeId = string & { readonly [scopedEmployee]: true };
