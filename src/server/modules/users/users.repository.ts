import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { memberships, users } from './users.table.js';

export type User = typeof users.$inferSelect;
export type Membership = { employerId: string; role: string };

export function createUsersRepository(db: Db) {
  return {
    async insertUser(
      values: Omit<typeof users.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>,
    ): Promise<User> {
      const [row] = await db.insert(users).values(values).returning();
      if (!row) throw new Error('insert returned no user');
      return row;
    },
    async insertMembership(values: {
      userId: string;
      employerId: string;
      role: string;
    }): Promise<void> {
      await db.insert(memberships).values(values);
    },
    async findById(userId: string): Promise<User | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, userId));
      return row;
    },
    /** Login names are unique regardless of case. */
    async findByLoginName(loginName: string): Promise<User | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.loginName})`, loginName.toLowerCase()));
      return row;
    },
    async listMemberships(userId: string): Promise<Membership[]> {
      return db
        .select({ employerId: memberships.employerId, role: memberships.role })
        .from(memberships)
        .where(eq(memberships.userId, userId))
        .orderBy(asc(memberships.createdAt));
    },
    async updateLocale(userId: string, locale: string, now: Date): Promise<void> {
      await db.update(users).set({ locale, updatedAt: now }).where(eq(users.id, userId));
    },
    async updatePasswordHash(userId: string, passwordHash: string, now: Date): Promise<void> {
      await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
