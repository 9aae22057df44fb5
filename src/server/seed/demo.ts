import { randomBytes } from 'node:crypto';
import type { Modules } from '../app.js';
import type { PersonalData } from '../../contracts/vault.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../db/tenancy.js';
import { hashPassword } from '../platform/crypto/passwords.js';

/** The demo employer a new user meets after `npm start`: a department tree and 50 employees. */

type DepartmentPlan = { name: string; children?: DepartmentPlan[] };

const departmentTree: DepartmentPlan[] = [
  { name: 'Directie' },
  {
    name: 'Zorg',
    children: [
      { name: 'Thuiszorg', children: [{ name: 'Team Noord' }, { name: 'Team Zuid' }] },
      {
        name: 'Verpleeghuis De Linde',
        children: [{ name: 'Afdeling Eikenhof' }, { name: 'Afdeling Beukenhof' }],
      },
    ],
  },
  { name: 'Facilitair', children: [{ name: 'Schoonmaak' }, { name: 'Keuken' }] },
  { name: 'Administratie' },
];

const firstNames = [
  ['Sanne', 'f'],
  ['Daan', 'm'],
  ['Emma', 'f'],
  ['Lucas', 'm'],
  ['Fleur', 'f'],
  ['Thijs', 'm'],
  ['Lotte', 'f'],
  ['Bram', 'm'],
  ['Noor', 'f'],
  ['Jesse', 'm'],
  ['Iris', 'f'],
  ['Ruben', 'm'],
  ['Anouk', 'f'],
  ['Sem', 'm'],
  ['Fatima', 'f'],
  ['Mohamed', 'm'],
  ['Eva', 'f'],
  ['Jan', 'm'],
  ['Marieke', 'f'],
  ['Kees', 'm'],
  ['Özlem', 'f'],
  ['Luuk', 'm'],
  ['Yara', 'f'],
  ['Alex', 'x'],
] as const;

const lastNames: { prefix: string | null; name: string }[] = [
  { prefix: 'de', name: 'Vries' },
  { prefix: 'van den', name: 'Berg' },
  { prefix: null, name: 'Jansen' },
  { prefix: 'van', name: 'Dijk' },
  { prefix: null, name: 'Bakker' },
  { prefix: null, name: 'Visser' },
  { prefix: null, name: 'Smit' },
  { prefix: null, name: 'Meijer' },
  { prefix: 'de', name: 'Boer' },
  { prefix: null, name: 'Mulder' },
  { prefix: 'de', name: 'Groot' },
  { prefix: null, name: 'Bos' },
  { prefix: null, name: 'Vos' },
  { prefix: null, name: 'Peters' },
  { prefix: null, name: 'Hendriks' },
  { prefix: 'van', name: 'Leeuwen' },
  { prefix: null, name: 'Dekker' },
  { prefix: null, name: 'Brouwer' },
  { prefix: null, name: 'Müller' },
  { prefix: null, name: 'Yılmaz' },
  { prefix: 'el', name: 'Amrani' },
  { prefix: 'van der', name: 'Meer' },
  { prefix: null, name: 'Kok' },
  { prefix: null, name: 'Jacobs' },
];

const functions = [
  'Verzorgende IG',
  'Wijkverpleegkundige',
  'Helpende',
  'Teamleider',
  'Medewerker schoonmaak',
  'Kok',
  'Administratief medewerker',
  'Controller',
];
const contractHours = ['40', '36', '32', '28', '24', '20', '16'];

/** A small deterministic generator, so every fresh demo shows the same people. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function pick<T>(random: () => number, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type DemoCredentials = {
  loginName: string;
  password: string;
  totpSecret: string;
  totpUri: string;
  /** More demo users of other roles; they log in with the same password and authenticator key. */
  sharingLogins: { loginName: string; role: string }[];
  /** The second employer `demo` is linked to, and demo's role there. */
  linkedEmployer: { name: string; role: string };
  /** A user created but not set up yet: the invitation (set-password link) went out by mail. */
  invited: { loginName: string; email: string; role: string; mailed: boolean };
};

/** Demo users besides `demo`, each with a role of its own (see contracts/permissions.ts). */
const sharingUsers = [
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
  totpSecret?: string | undefined;
  /**
   * Also an employer "Nieuw Bedrijf BV" whose datakluis agreement nobody has signed yet, with a
   * super user `nieuwbv` (same password and key): the first-login journey of a new employer.
   */
  unsignedEmployer?: boolean | undefined;
};

/** A valid (11-test) but made-up BSN per demo employee: 8 digits from the index, then the check. */
export function demoBsn(index: number): string {
  const digits = String(10_000_000 + index * 7_919).slice(0, 8);
  for (let check = 0; check <= 9; check++) {
    const candidate = `${digits}${check}`;
    const sum = [...candidate].reduce(
      (total, digit, position) => total + Number(digit) * (position === 8 ? -1 : 9 - position),
      0,
    );
    if (sum % 11 === 0) return candidate;
  }
  return demoBsn(index + 1_000);
}

const streets = ['Dorpsstraat', 'Kerkweg', 'Stationsplein', 'Molenlaan', 'Lindelaan'];
const cities = [
  ['3511 AB', 'Utrecht'],
  ['6811 CD', 'Arnhem'],
  ['5611 EF', 'Eindhoven'],
  ['9711 GH', 'Groningen'],
] as const;

function demoPersonalData(index: number): PersonalData {
  const [postcode, city] = cities[index % cities.length] ?? cities[0];
  return {
    bsn: demoBsn(index),
    street: streets[index % streets.length] ?? null,
    houseNumber: 1 + ((index * 7) % 120),
    houseNumberAddition: index % 5 === 0 ? 'A' : null,
    postcode,
    city,
    country: 'NL',
    phone: `06 ${String(12_345_000 + index).slice(0, 8)}`,
    privateEmail: index % 3 === 0 ? `werknemer${index + 1}@example.nl` : null,
    lettersByEmail: index % 3 === 0,
  };
}

/** Seeds the demo on the first start only: an existing employer means the data is someone's. */
export async function seedDemoIfEmpty(
  modules: Modules,
  options: DemoSeedOptions = {},
): Promise<DemoCredentials | undefined> {
  if (await modules.organisation.hasAnyEmployer()) return undefined;
  return seedDemo(modules, options);
}

async function seedDemo(modules: Modules, options: DemoSeedOptions): Promise<DemoCredentials> {
  const employer = await modules.organisation.createEmployer({
    name: 'Demo Zorg BV',
    kvkNumber: '12345678',
  });
  const employerId = trustEmployerId(employer.id);

  const random = seededRandom(20_260_301);
  const employeeIds = await addEmployees(modules, employerId, random, departmentTree, 50);

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
  const totp = await modules.factors.enrolTotp(user.id, 'demo', options.totpSecret);
  // Demo Zorg BV starts signed, by `demo`, who is therefore its vault admin (datakluis); every
  // employee has a made-up BSN and address in the vault.
  await modules.vault.signAgreementAtSeed(employerId, user.id);
  for (const [index, employeeId] of employeeIds.entries()) {
    await modules.vault.storePersonalDataFor(employerId, employeeId, demoPersonalData(index));
  }

  // Set up like `demo`: a password and an authenticator app, so the first login needs no setup.
  for (const values of sharingUsers) {
    const other = await modules.users.createEmployerUser(employerId, { ...values, passwordHash });
    await modules.factors.enrolTotp(other.id, values.loginName, totp.secret);
  }
  for (const values of operatorUsers) {
    const other = await modules.users.createOperatorUser({ ...values, passwordHash });
    await modules.factors.enrolTotp(other.id, values.loginName, totp.secret);
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
    await modules.factors.enrolTotp(superUser.id, 'nieuwbv', totp.secret);
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
    sharingLogins: [...sharingUsers, ...operatorUsers].map(({ loginName, role }) => ({
      loginName,
      role,
    })),
    linkedEmployer: { name: secondEmployer.name, role: secondEmployer.demoRole },
    invited: {
      loginName: invitedUser.loginName,
      email: invitedUser.email,
      role: invitedUser.role,
      mailed,
    },
  };
}

/** A department tree and `count` employees spread over its leaves, from the seeded generator. */
async function addEmployees(
  modules: Modules,
  employerId: AuthorizedEmployerId,
  random: () => number,
  tree: DepartmentPlan[],
  count: number,
): Promise<string[]> {
  const employeeIds: string[] = [];
  const leafDepartments: string[] = [];
  async function createTree(plans: DepartmentPlan[], parentId: string | null): Promise<void> {
    for (const plan of plans) {
      const department = await modules.organisation.createDepartment(employerId, {
        name: plan.name,
        parentId,
      });
      if (plan.children) await createTree(plan.children, department.id);
      else leafDepartments.push(department.id);
    }
  }
  await createTree(tree, null);

  for (let index = 0; index < count; index++) {
    const [firstName, gender] = pick(random, firstNames);
    const lastName = pick(random, lastNames);
    const startYear = 2008 + Math.floor(random() * 17);
    const startDate = isoDate(startYear, 1 + Math.floor(random() * 12), 1);
    const employee = await modules.employees.addEmployee(
      employerId,
      {
        personnelNumber: String(1001 + index),
        firstName,
        initials: `${firstName[0]}.`,
        namePrefix: lastName.prefix,
        lastName: lastName.name,
        gender,
        dateOfBirth: isoDate(
          1962 + Math.floor(random() * 42),
          1 + Math.floor(random() * 12),
          1 + Math.floor(random() * 28),
        ),
      },
      {
        startDate,
        departmentId: pick(random, leafDepartments),
        contractHoursPerWeek: pick(random, contractHours),
        functionName: pick(random, functions),
        employmentType: random() < 0.8 ? 'permanent' : 'fixed_term',
      },
    );
    employeeIds.push(employee.id);
  }
  return employeeIds;
}
