import type { Modules } from '../modules.js';
import type { PersonalData } from '../../contracts/vault.js';
import type { AuthorizedEmployerId } from '../db/tenancy.js';

/** The people of the demo employers: departments, employees and their made-up vault data. */

export type DepartmentPlan = { name: string; children?: DepartmentPlan[] };

/** Demo Zorg BV's departments. */
export const departmentTree: DepartmentPlan[] = [
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

/** The names the demo's people are made of, also those of the synthetic employer. */
export const demoNames = { firstNames, lastNames };

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
export function seededRandom(seed: number): () => number {
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

export function demoPersonalData(index: number): PersonalData {
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

/** Creates the department tree; returns the ids of its leaves, where the employees work. */
export async function createDepartmentTree(
  modules: Modules,
  employerId: AuthorizedEmployerId,
  tree: DepartmentPlan[],
): Promise<string[]> {
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
  return leafDepartments;
}

/** A department tree and `count` employees spread over its leaves, from the seeded generator. */
export async function addEmployees(
  modules: Modules,
  employerId: AuthorizedEmployerId,
  random: () => number,
  tree: DepartmentPlan[],
  count: number,
): Promise<string[]> {
  const employeeIds: string[] = [];
  const leafDepartments = await createDepartmentTree(modules, employerId, tree);

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
