import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustEmployerId } from '../../../db/tenancy.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../../test/app.js';
import { describeEachDatabase } from '../../../test/databases.js';
import { multipartBody } from '../../../test/multipart.js';
import { buildVerzuimmeldingen } from './integration.sivi.export.models.js';
import { demoLikeExport } from './integration.sivi.fixture.js';
import { readVerzuimmeldingen } from './integration.sivi.import.models.js';
import { verzuimmeldingenSchema } from './integration.sivi.schema.js';

/** A small valid message: the first employee of the fixture (two cases, six reports). */
const base =
  buildVerzuimmeldingen({ ...demoLikeExport, employees: demoLikeExport.employees.slice(0, 1) }) ??
  '';

/** Mulberry32: the same 1,000 mutants on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const required = [
  'BrCd',
  'AandatBr',
  'Berrefnr',
  'HndlsnmOrg',
  'Gebdat',
  'SignNm',
  'Voorl',
  'GslchtCd',
  'IdWrknmr',
  'IdDnstvbnd',
  'Ingdat',
  'OrgeenhCd',
  'VrwrkCd',
  'IngdatMutVrzm',
  'VrzmgvlId',
  'VrzmgvlVnrMld',
  'EndVrzmJN',
  'DatEerstVrzmdg',
  'PrcVrzm',
  'OorzkVrzmCd',
  'VngntJN',
  'RolCntprsnCd',
];
const singletons = ['Gebdat', 'SignNm', 'IdWrknmr', 'PrcVrzm', 'VrzmgvlId', 'EndVrzmJN', 'BrCd'];
const badValues: Record<string, string[]> = {
  PrcVrzm: ['100', '1,00', '-1.00', 'abc', '12345.00', ''],
  IngdatMutVrzm: ['2026-13-01', '07-12-2026', '2026-02-30', 'gisteren'],
  EndVrzmJN: ['X', 'j', 'JN', ''],
  GslchtCd: ['F', 'm', ''],
  VrzmgvlVnrMld: ['1000', '-1', '1.5', 'een'],
  Voorl: ['J1', 'ABCDEFG'],
  BrCd: ['00101', '100'],
  VrzmgvlId: [''],
  AantCtrcturenPWk: ['38', '1000.00', '38.5'],
};

type Mutant = { kind: string; xml: string };

const chainDamage = ['sequence', 'first-day', 'percentage', 'recovery-date'];

/** Each of the `count` occurrences of `<name>…</name>`: start and end offsets. */
function occurrences(xml: string, name: string): [number, number][] {
  const found: [number, number][] = [];
  const pattern = new RegExp(`<${name}>[^<]*</${name}>`, 'gu');
  for (const match of xml.matchAll(pattern))
    found.push([match.index, match.index + match[0].length]);
  return found;
}

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('nothing to pick');
  return item;
}

function mutate(next: () => number): Mutant {
  const kind = pick(next, [
    'drop',
    'duplicate',
    'value',
    'unknown',
    'cut',
    'swap',
    'namespace',
    ...chainDamage,
  ]);
  switch (kind) {
    // Valid against the XSD, but a case's chain of reports no longer holds together.
    case 'sequence': {
      const [start, end] = pick(next, occurrences(base, 'VrzmgvlVnrMld'));
      const number = Number(base.slice(start, end).replace(/\D/gu, ''));
      const other = number + 1 + Math.floor(next() * 5);
      return {
        kind,
        xml: `${base.slice(0, start)}<VrzmgvlVnrMld>${other}</VrzmgvlVnrMld>${base.slice(end)}`,
      };
    }
    case 'first-day': {
      const [start, end] = pick(next, occurrences(base, 'DatEerstVrzmdg'));
      return {
        kind,
        xml: `${base.slice(0, start)}<DatEerstVrzmdg>2025-01-01</DatEerstVrzmdg>${base.slice(end)}`,
      };
    }
    case 'percentage': {
      const sick = occurrences(base, 'PrcVrzm').filter(
        ([start, end]) => !base.slice(start, end).includes('>0.00<'),
      );
      const [start, end] = pick(next, sick);
      const value = pick(next, ['101.00', '50.50', '0.00', '9999.99']);
      return { kind, xml: `${base.slice(0, start)}<PrcVrzm>${value}</PrcVrzm>${base.slice(end)}` };
    }
    case 'recovery-date': {
      const [start, end] = pick(next, occurrences(base, 'DatHrstld'));
      return { kind, xml: base.slice(0, start) + base.slice(end) };
    }
    case 'drop': {
      const [start, end] = pick(next, occurrences(base, pick(next, required)));
      return { kind, xml: base.slice(0, start) + base.slice(end) };
    }
    case 'duplicate': {
      const [start, end] = pick(next, occurrences(base, pick(next, singletons)));
      return { kind, xml: base.slice(0, end) + base.slice(start, end) + base.slice(end) };
    }
    case 'value': {
      const name = pick(next, Object.keys(badValues));
      const [start, end] = pick(next, occurrences(base, name));
      const value = pick(next, badValues[name] ?? []);
      return { kind, xml: `${base.slice(0, start)}<${name}>${value}</${name}>${base.slice(end)}` };
    }
    case 'unknown': {
      const [, end] = pick(next, occurrences(base, pick(next, required)));
      return { kind, xml: `${base.slice(0, end)}<Onbekend>x</Onbekend>${base.slice(end)}` };
    }
    case 'cut': {
      const limit = base.lastIndexOf('</Verzuimmeldingen>') + 5;
      return { kind, xml: base.slice(0, Math.floor(next() * limit)) };
    }
    case 'swap': {
      // Gebdat and SignNm, or PrcVrzm and DatEerstVrzmdg: a sequence out of order.
      const [first, second] = pick(next, [
        ['Gebdat', 'SignNm'],
        ['DatEerstVrzmdg', 'PrcVrzm'],
      ] as const);
      const a = pick(next, occurrences(base, first));
      const b = occurrences(base, second).find(([start]) => start > a[1]);
      if (!b) throw new Error('no pair');
      const between = base.slice(a[1], b[0]);
      const swapped = base.slice(...b) + between + base.slice(...a);
      return { kind, xml: base.slice(0, a[0]) + swapped + base.slice(b[1]) };
    }
    default:
      return { kind, xml: base.replace('/Verzuimmeldingen/2024', '/Verzuimmeldingen/2021') };
  }
}

describe('malformed SIVI messages', () => {
  it('the base message is valid', () => {
    expect(verzuimmeldingenSchema().validate(base)).toEqual({ valid: true });
  });

  it('refuses 1,000 mutants of a valid message, each with a reason and a line', () => {
    expect(readVerzuimmeldingen(base, verzuimmeldingenSchema()).ok).toBe(true);
    const next = random(13);
    const kinds = new Map<string, number>();
    for (let index = 0; index < 1000; index += 1) {
      const mutant = mutate(next);
      const reading = readVerzuimmeldingen(mutant.xml, verzuimmeldingenSchema());
      if (reading.ok) throw new Error(`mutant ${index} (${mutant.kind}) passed:\n${mutant.xml}`);
      const [first] = reading.refusals;
      expect(first?.code).toBeDefined();
      // Damage the XSD sees is refused by it; the rest by the rules of a case's chain.
      expect(first?.code === 'sivi_invalid_xml').toBe(!chainDamage.includes(mutant.kind));
      if (mutant.kind !== 'cut') expect(first?.line).toBeGreaterThan(0);
      kinds.set(mutant.kind, (kinds.get(mutant.kind) ?? 0) + 1);
    }
    // Every kind of damage was tried.
    expect(kinds.size).toBe(11);
  });

  it('keeps the schema byte for byte as published (schema/README.md)', () => {
    const file = new URL('./schema/Verzuimmeldingen.xsd', import.meta.url);
    const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(digest).toBe('4485998e2544f5b8c8824da0659d446c42c2667873812d471314500d0bf49ab5');
  });
});

describeEachDatabase('malformed SIVI messages through the import route', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** The employer's employees, employments, cases and segments, as one digest. */
  async function digestOf(employerId: string): Promise<string> {
    const tables = ['employees', 'employments', 'employment_versions', 'cases', 'case_segments'];
    const rows = await Promise.all(
      tables.map(
        async (table) =>
          (
            await context.database.sql.query(
              `select * from ${table} where employer_id = $1 order by id`,
              [employerId],
            )
          ).rows,
      ),
    );
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  }

  it('answers 100 mutants with a refusal, never a 5xx, and changes no data', async () => {
    const user = await createTestUser(testApp, { role: 'super_user_integration' });
    const employerId = trustEmployerId(user.employerId);
    await testApp.modules.organisation.createDepartment(employerId, {
      name: demoLikeExport.employees[0]?.employments[0]?.departmentName ?? 'Zorg',
      parentId: null,
    });
    const cookie = await logIn(testApp, user);
    const before = await digestOf(employerId);
    const next = random(13);
    for (let index = 0; index < 100; index += 1) {
      const mutant = mutate(next);
      const body = multipartBody([], {
        name: 'mutant.xml',
        content: Buffer.from(mutant.xml, 'utf8'),
        contentType: 'application/xml',
      });
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/integration/sivi/verzuimmeldingen/import',
        headers: { ...fetchHeaders, cookie, 'content-type': body.contentType },
        payload: body.payload,
      });
      expect(response.statusCode, `${mutant.kind}: ${response.body}`).toBe(422);
    }
    expect(await digestOf(employerId)).toBe(before);
    // Each refusal writes its log entry: on a busy machine this takes longer than the default.
  }, 180_000);
});
