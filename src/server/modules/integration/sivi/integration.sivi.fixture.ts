import type { SiviCase, SiviEmployee, SiviExport } from './integration.sivi.export.models.js';

/**
 * A demo-like employer for the SIVI tests: an open case whose percentage changed twice, a
 * recovered case, an employee without a case, awkward names, a BSN and one employment with more
 * reports than one Dnstvbnd may hold.
 */
const employer: SiviExport['employer'] = {
  id: '0b1e7a52-3c1f-4d57-9a63-0f1f6c1a0001',
  name: 'Bakkerij De Gouden Korst & Zonen <B.V.>',
  kvkNumber: '12345678',
  contactName: 'Petra van Dijk',
  contactEmail: 'hr@goudenkorst.example',
};

const openCase: SiviCase = {
  id: 'c0000000-0000-4000-8000-000000000001',
  firstDay: '2026-11-02',
  lastDay: null,
  segments: [
    { validFrom: '2026-11-02', percentage: 100 },
    { validFrom: '2026-11-16', percentage: 50 },
    { validFrom: '2026-11-30', percentage: 25 },
  ],
};

const recoveredCase: SiviCase = {
  id: 'c0000000-0000-4000-8000-000000000002',
  firstDay: '2026-03-09',
  lastDay: '2026-03-13',
  segments: [{ validFrom: '2026-03-09', percentage: 100 }],
};

/** 40 short cases of three reports each: 120 Vrzm, more than the 99 of one Dnstvbnd. */
function manyCases(): SiviCase[] {
  return Array.from({ length: 40 }, (_, index) => {
    const day = new Date(Date.UTC(2020, 0, 1 + index * 20)).toISOString().slice(0, 10);
    const next = new Date(Date.UTC(2020, 0, 3 + index * 20)).toISOString().slice(0, 10);
    const last = new Date(Date.UTC(2020, 0, 5 + index * 20)).toISOString().slice(0, 10);
    return {
      id: `d0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      firstDay: day,
      lastDay: last,
      segments: [
        { validFrom: day, percentage: 100 },
        { validFrom: next, percentage: 40 },
      ],
    };
  });
}

const employees: SiviEmployee[] = [
  {
    id: 'e0000000-0000-4000-8000-000000000001',
    firstName: 'Jan Peter',
    namePrefix: 'van der',
    lastName: 'Berg',
    gender: 'm',
    dateOfBirth: '1980-05-17',
    bsn: '111222333',
    employments: [
      {
        number: 1,
        startDate: '2015-01-01',
        endDate: null,
        personnelNumber: 'P-0001',
        departmentId: 'a0000000-0000-4000-8000-000000000001',
        departmentName: 'Bakkerij',
        contractHoursPerWeek: 38,
        cases: [recoveredCase, openCase],
      },
    ],
  },
  {
    id: 'e0000000-0000-4000-8000-000000000002',
    firstName: 'Émilie 2',
    namePrefix: null,
    lastName: 'Ångström-Ödegaard'.repeat(20),
    gender: 'f',
    dateOfBirth: '1992-12-01',
    bsn: null,
    employments: [
      {
        number: 1,
        startDate: '2010-02-01',
        endDate: '2019-12-31',
        personnelNumber: null,
        departmentId: 'a0000000-0000-4000-8000-000000000002',
        departmentName: 'Winkel',
        contractHoursPerWeek: 24.5,
        cases: [],
      },
      {
        number: 2,
        startDate: '2020-01-01',
        endDate: null,
        personnelNumber: 'P-0002',
        departmentId: 'a0000000-0000-4000-8000-000000000002',
        departmentName: 'Winkel',
        contractHoursPerWeek: 24.5,
        cases: manyCases(),
      },
    ],
  },
  {
    id: 'e0000000-0000-4000-8000-000000000003',
    firstName: 'Sam',
    namePrefix: null,
    lastName: 'Nooitziek',
    gender: 'x',
    dateOfBirth: '2001-07-07',
    bsn: null,
    employments: [
      {
        number: 1,
        startDate: '2024-09-01',
        endDate: null,
        personnelNumber: 'P-0003',
        departmentId: 'a0000000-0000-4000-8000-000000000001',
        departmentName: 'Bakkerij',
        contractHoursPerWeek: 40,
        cases: [],
      },
    ],
  },
];

export const demoLikeExport: SiviExport = {
  reference: 'f0000000-0000-4000-8000-000000000001',
  createdOn: '2026-12-07',
  createdAt: '03:15:00',
  employer,
  employees,
};
