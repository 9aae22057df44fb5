import { randomBytes } from 'node:crypto';
import type { Modules } from '../modules.js';
import type { Db } from '../db/connection.js';
import { trustEmployerId } from '../db/tenancy.js';
import type { Clock } from '../platform/clock.js';
import { hashPassword } from '../platform/crypto/passwords.js';
import { amsterdamDateOf } from '../platform/dates.js';
import {
  addEmployees,
  createDepartmentTree,
  departmentTree,
  type DepartmentPlan,
  demoPersonalData,
  seededRandom,
} from './demo.employees.js';
import { insertDemoEmployees, reportRunningCases } from './demo.history.js';
import { demoTotpSecret } from './demo-keys.js';

/**
 * The demo employer a new user meets after `npm start`: a department tree and 150 employees with
 * two years of absence up to today (demo.history.ts).
 */

/** What the seed writes with besides the use cases: the database and today's date. */
export type DemoSeedPlatform = { db: Db; clock: Clock };

export type DemoCredentials = {
  loginName: string;
  password: string;
  totpSecret: string;
  totpUri: string;
  /** More demo users of other roles: the same password, each its own authenticator key. */
  otherUsers: { loginName: string; role: string; totpSecret: string }[];
  /** The second employer `demo` is linked to, and demo's role there. */
  linkedEmployer: { name: string; role: string };
  /** A user created but not set up yet: the invitation (set-password link) went out by mail. */
  invited: { loginName: string; email: string; role: string; mailed: boolean };
};

/** Demo users besides `demo`, each with a role of its own (see contracts/permissions.ts). */
const employerUsers = [
  {
    loginName: 'manager',
    email: 'manager@verzuim.localhost',
    firstName: 'Marloes',
    gender: 'f',
    lastName: 'van der Linden',
    role: 'manager_with_reports',
  },
  {
    loginName: 'melder',
    email: 'melder@verzuim.localhost',
    firstName: 'Mehmet',
    gender: 'm',
    lastName: 'Yıldız',
    role: 'absence_reporter',
  },
  {
    loginName: 'koppeling',
    email: 'koppeling@verzuim.localhost',
    firstName: 'Karin',
    gender: 'f',
    lastName: 'Koster',
    role: 'super_user_integration',
  },
  {
    loginName: 'teamleider',
    email: 'teamleider@verzuim.localhost',
    firstName: 'Tim',
    gender: 'm',
    lastName: 'Terpstra',
    role: 'manager_without_reports',
  },
] as const;

/** Accounts of the arbodienst itself: they serve every employer (switch in the header). */
const operatorUsers = [
  {
    loginName: 'beheerder',
    email: 'beheerder@verzuim.localhost',
    firstName: 'Bas',
    gender: 'm',
    lastName: 'Beheer',
    role: 'operator_admin',
  },
  {
    loginName: 'casemanager',
    email: 'casemanager@verzuim.localhost',
    firstName: 'Carla',
    gender: 'f',
    lastName: 'Casus',
    role: 'case_manager',
  },
  {
    loginName: 'bedrijfsarts',
    email: 'bedrijfsarts@verzuim.localhost',
    firstName: 'Bart',
    gender: 'm',
    lastName: 'Arts',
    role: 'company_doctor',
  },
] as const;

/** The second demo employer, to which `demo` is linked with another role (linked accounts). */
const secondEmployer = {
  name: 'Demo Techniek BV',
  kvkNumber: '87654321',
  demoRole: 'manager_with_reports',
  departments: [
    { name: 'Werkplaats', children: [{ name: 'Onderhoud' }] },
    { name: 'Projecten' },
  ] satisfies DepartmentPlan[],
  employees: 8,
} as const;

const invitedUser = {
  loginName: 'nieuw',
  email: 'nieuw@verzuim.localhost',
  firstName: 'Nina',
  gender: 'f',
  lastName: 'Nieuwenhuis',
  role: 'super_user_no_signals',
} as const;

export type DemoSeedOptions = {
  /** Fixed secrets for automated runs (e2e tests); random when not given. */
  password?: string | undefined;
  /** The base of every demo user's own authenticator key (see demoTotpSecret). */
  totpSecret?: string | undefined;
  /**
   * Also an employer "Nieuw Bedrijf BV" whose datakluis agreement nobody has signed yet, with a
   * super user `nieuwbv` (same password): the first-login journey of a new employer.
   */
  unsignedEmployer?: boolean | undefined;
};

/** Seeds the demo on the first start only: an existing employer means the data is someone's. */
export async function seedDemoIfEmpty(
  modules: Modules,
  platform: DemoSeedPlatform,
  options: DemoSeedOptions = {},
): Promise<DemoCredentials | undefined> {
  if (await modules.organisation.hasAnyEmployer()) return undefined;
  return seedDemo(modules, platform, options);
}

async function seedDemo(
  modules: Modules,
  platform: DemoSeedPlatform,
  options: DemoSeedOptions,
): Promise<DemoCredentials> {
  const employer = await modules.organisation.createEmployer({
    name: 'Demo Zorg BV',
    kvkNumber: '12345678',
    absenceInsurer: 'Demo Verzuimverzekeraar NV',
  });
  const employerId = trustEmployerId(employer.id);

  const random = seededRandom(20_260_301);
  const today = amsterdamDateOf(platform.clock.now());
  const departmentIds = await createDepartmentTree(modules, employerId, departmentTree);
  const people = await insertDemoEmployees(platform.db, employerId, departmentIds, today);

  const password = options.password ?? randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const user = await modules.users.createEmployerUser(employerId, {
    loginName: 'demo',
    email: 'demo@verzuim.localhost',
    firstName: 'Demi',
    gender: 'f',
    lastName: 'de Demo',
    role: 'super_user',
    passwordHash,
  });
  // Random keys unless the run configured a base key: production never seeds a known key by itself.
  const enrolTotp = (userId: string, loginName: string) =>
    modules.factors.enrolTotp(
      userId,
      loginName,
      options.totpSecret === undefined ? undefined : demoTotpSecret(options.totpSecret, loginName),
    );
  const totp = await enrolTotp(user.id, 'demo');
  // Demo Zorg BV starts signed, by `demo`, who is therefore its vault admin (datakluis); every
  // employee has a made-up BSN and address in the vault.
  await modules.vault.signAgreementAtSeed(employerId, user.id);
  for (const [index, person] of people.entries()) {
    await modules.vault.storePersonalDataFor(employerId, person.id, demoPersonalData(index));
  }
  await reportRunningCases(modules, platform.db, employerId, user.id, people, today);

  // Set up like `demo`: a password and an authenticator app, so the first login needs no setup.
  const otherUsers: DemoCredentials['otherUsers'] = [];
  const setUp = async (
    userId: string,
    { loginName, role }: { loginName: string; role: string },
  ) => {
    const { secret } = await enrolTotp(userId, loginName);
    otherUsers.push({ loginName, role, totpSecret: secret });
  };
  for (const values of employerUsers) {
    const other = await modules.users.createEmployerUser(employerId, { ...values, passwordHash });
    await setUp(other.id, values);
  }
  const operatorIds = new Map<string, string>();
  for (const values of operatorUsers) {
    const other = await modules.users.createOperatorUser({ ...values, passwordHash });
    await setUp(other.id, values);
    operatorIds.set(values.loginName, other.id);
  }

  const second = await modules.organisation.createEmployer({
    name: secondEmployer.name,
    kvkNumber: secondEmployer.kvkNumber,
  });
  const secondId = trustEmployerId(second.id);
  await addEmployees(
    modules,
    secondId,
    random,
    secondEmployer.departments,
    secondEmployer.employees,
  );
  await modules.users.addMembership(user.id, secondId, secondEmployer.demoRole);
  // The arbodienst's casemanager and bedrijfsarts work for both demo employers (their Werklijst),
  // assigned by the beheerder.
  const seedActor = {
    userId: operatorIds.get('beheerder') ?? user.id,
    ip: '127.0.0.1',
    requestId: 'demo-seed',
  };
  for (const care of ['casemanager', 'bedrijfsarts']) {
    for (const assigned of [employerId, secondId]) {
      await modules.users.assignCare(seedActor, assigned, {
        userId: operatorIds.get(care) ?? '',
        departmentId: null,
      });
    }
  }
  // Demo Techniek BV has not signed the datakluis agreement: a super user of it must sign first
  // (demo is only a manager there and sees why it waits).

  if (options.unsignedEmployer) {
    const newEmployer = await modules.organisation.createEmployer({ name: 'Nieuw Bedrijf BV' });
    const superUser = await modules.users.createEmployerUser(trustEmployerId(newEmployer.id), {
      loginName: 'nieuwbv',
      email: 'nieuwbv@verzuim.localhost',
      firstName: 'Noah',
      gender: 'm',
      lastName: 'Nieuwkoop',
      role: 'super_user',
      passwordHash,
    });
    await enrolTotp(superUser.id, 'nieuwbv');
  }

  // No password yet: the first login starts from the invitation mail (at /dev/outbox in development).
  const invited = await modules.users.createEmployerUser(employerId, invitedUser);
  let mailed = true;
  try {
    await modules.auth.inviteUser(invited.id);
  } catch {
    // A mail server refusing the demo address must not stop the first start.
    mailed = false;
  }

  return {
    loginName: 'demo',
    password,
    totpSecret: totp.secret,
    totpUri: totp.uri,
    otherUsers,
    linkedEmployer: { name: secondEmployer.name, role: secondEmployer.demoRole },
    invited: {
      loginName: invitedUser.loginName,
      email: invitedUser.email,
      role: invitedUser.role,
      mailed,
    },
  };
}
