import { and, eq } from 'drizzle-orm';
import { memberships, scopeDepartments, scopeEmployees } from '../modules/users/users.table.js';
import type { TestApp, TestUser } from './app.js';

/** Gives the user an explicit dossier scope (what Gebruikersbeheer will write). */
export async function setScope(
  testApp: TestApp,
  user: TestUser,
  scope: { departmentIds?: string[]; employeeIds?: string[] },
): Promise<void> {
  const db = testApp.platform.database.db;
  await db
    .update(memberships)
    .set({ scopeMode: 'explicit', scopeWholeEmployer: false })
    .where(and(eq(memberships.userId, user.userId), eq(memberships.employerId, user.employerId)));
  for (const departmentId of scope.departmentIds ?? []) {
    await db
      .insert(scopeDepartments)
      .values({ employerId: user.employerId, userId: user.userId, departmentId });
  }
  for (const employeeId of scope.employeeIds ?? []) {
    await db
      .insert(scopeEmployees)
      .values({ employerId: user.employerId, userId: user.userId, employeeId });
  }
}
