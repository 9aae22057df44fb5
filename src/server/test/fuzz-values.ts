import { firstDomainDate, lastDomainDate } from '../../contracts/civil-dates.js';

/** Values for the fuzz requests of openapi-fuzz.ts: plausible ones, and ones a schema refuses. */

export type JsonSchema = {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';
  nullable?: boolean;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/** A seeded generator (mulberry32): the same seed gives the same sequence. */
export type Random = {
  next(): number;
  integer(below: number): number;
  chance(probability: number): boolean;
  pick<T>(values: readonly T[]): T;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (below: number) => Math.floor(next() * below);
  return {
    next,
    integer,
    chance: (probability) => next() < probability,
    pick<T>(values: readonly T[]): T {
      if (values.length === 0) throw new Error('pick from an empty list');
      return values[integer(values.length)] as T;
    },
  };
}

export type FuzzContext = {
  random: Random;
  /** An id for a parameter or property: of a real row of the own or a foreign employer, or new. */
  id(name: string, path: string): string;
  /** The app's body limit: a body above it must be refused as too large. */
  bodyLimitBytes: number;
};

export const nul = '\u0000';
const loneSurrogate = '\ud800';

/** Text a person might type, and text nobody should: scripts, emoji, controls, markup. */
const texts = [
  'Jansen',
  'Özlem Yılmaz',
  'van der Meer-de Vries',
  'Ærø Straße Łódź',
  '日本語のテキスト',
  'مرحبا بالعالم',
  '🙂👍🏽🇳🇱',
  'e\u0301e\u0301',
  '\u202eevil',
  'zero\u200bwidth',
  '<script>alert(1)</script>',
  "'; drop table employees; --",
  '../../etc/passwd',
  '%00%2e%2e',
  '  spaces  ',
  '\t\r\n',
  '{{7*7}}',
  '0',
];

const impossibleDates = [
  '0000-01-01',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-04-31',
  '2024-1-1',
  '01-01-2024',
  '2024-01-01T00:00:00Z',
  '+002024-01-01',
  '20240101',
];

/** Calendar dates outside the range the domain accepts (civil-dates.ts). */
const outOfRangeDates = ['0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31'];

const validDates = [firstDomainDate, lastDomainDate, '1980-02-29', '2026-03-02', '2026-12-31'];

function alternativesOf(schema: JsonSchema): JsonSchema[] {
  return schema.anyOf ?? schema.oneOf ?? [schema];
}

function truncate(text: string, maxLength: number | undefined): string {
  return maxLength === undefined ? text : text.slice(0, maxLength);
}

/** A plausible value for `schema`: usually valid, never relied upon to be. */
export function sample(schema: JsonSchema, context: FuzzContext, name = '', path = ''): unknown {
  const { random } = context;
  if (schema.anyOf || schema.oneOf) {
    return sample(random.pick(alternativesOf(schema)), context, name, path);
  }
  if (schema.nullable && random.chance(0.1)) return null;
  if (schema.enum) return random.pick(schema.enum);
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'uuid') return context.id(name, path);
      if (schema.format === 'date') return random.pick(validDates);
      if (schema.format === 'email') return random.pick(['fuzz@example.test', 'Ö@例え.jp']);
      if (schema.pattern === '^\\d{6}$') return '123456';
      const text = random.chance(0.05)
        ? 'x'.repeat(Math.min(schema.maxLength ?? 50_000, 50_000))
        : random.pick(texts);
      return truncate(text.padEnd(schema.minLength ?? 0, 'x'), schema.maxLength);
    }
    case 'integer':
    case 'number': {
      const minimum = schema.minimum ?? -1_000;
      const maximum = Math.min(schema.maximum ?? 1_000, minimum + 1_000_000);
      const value = random.pick([minimum, maximum, minimum + random.integer(maximum - minimum)]);
      return schema.multipleOf ? Math.round(value / schema.multipleOf) * schema.multipleOf : value;
    }
    case 'boolean':
      return random.chance(0.5);
    case 'array': {
      const count = Math.min(schema.maxItems ?? 3, (schema.minItems ?? 0) + random.integer(3));
      return Array.from({ length: count }, () =>
        sample(schema.items ?? {}, context, name, `${path}[]`),
      );
    }
    case 'object': {
      const required = new Set(schema.required ?? []);
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => required.has(key) || random.chance(0.5))
          .map(([key, property]) => [key, sample(property, context, key, `${path}.${key}`)]),
      );
    }
    default:
      return random.pick(texts);
  }
}

export type Defect = { value: unknown; label: string };

/** The JSON types a schema accepts; undefined when it accepts anything. */
function acceptedTypes(schema: JsonSchema): Set<string> | undefined {
  const types = new Set<string>();
  for (const alternative of alternativesOf(schema)) {
    if (!alternative.type) return undefined;
    types.add(alternative.type === 'integer' ? 'number' : alternative.type);
    if (alternative.nullable) types.add('null');
  }
  return types;
}

const valuesOfEachType: [string, unknown][] = [
  ['number', 42],
  ['boolean', true],
  ['string', 'text'],
  ['array', []],
  ['object', {}],
  ['null', null],
];

/**
 * Values `schema` refuses, with what is wrong with each. A string with a NUL is refused by every
 * schema: by a non-string one for its type, by a string one because no text may hold a NUL.
 */
function defectsOf(schema: JsonSchema, context: FuzzContext, name: string, path: string): Defect[] {
  const accepted = acceptedTypes(schema);
  if (!accepted) return [];
  const defects: Defect[] = valuesOfEachType
    .filter(([type]) => !accepted.has(type))
    .map(([type, value]) => ({ value, label: `${path || 'body'}: ${type} instead` }));
  defects.push({ value: `text${nul}nul`, label: `${path || 'body'}: NUL in text` });
  const alternatives = alternativesOf(schema);
  if (alternatives.every((alternative) => alternative.type === 'string')) {
    defects.push({ value: `a${loneSurrogate}b`, label: `${path}: lone surrogate` });
  }
  if (alternatives.length > 1) return defects;
  const { random } = context;
  const at = (label: string) => `${path}: ${label}`;
  switch (schema.type) {
    case 'string':
      if (schema.maxLength !== undefined) {
        const length = random.chance(0.2)
          ? Math.max(schema.maxLength + 1, 100_000)
          : schema.maxLength + 1;
        defects.push({ value: 'é'.repeat(length), label: at(`${length} characters`) });
      }
      if ((schema.minLength ?? 0) > 0) defects.push({ value: '', label: at('empty') });
      if (schema.enum) defects.push({ value: 'ünknown', label: at('not in the enum') });
      if (schema.format === 'uuid') {
        for (const value of [
          'not-a-uuid',
          `${context.id(name, path).slice(0, 35)}`,
          '0'.repeat(36),
        ]) {
          defects.push({ value, label: at(`id ${JSON.stringify(value)}`) });
        }
      }
      if (schema.format === 'date') {
        const date = random.pick([...impossibleDates, ...outOfRangeDates]);
        defects.push({ value: date, label: at(`date ${date}`) });
      }
      break;
    case 'integer':
    case 'number':
      if (schema.type === 'integer') defects.push({ value: 1.5, label: at('fraction') });
      if (schema.minimum !== undefined) {
        defects.push({ value: schema.minimum - 1, label: at('below minimum') });
      }
      if (schema.maximum !== undefined) {
        defects.push({ value: schema.maximum + 1, label: at('above maximum') });
        defects.push({ value: 1e300, label: at('1e300') });
      }
      break;
    case 'array': {
      if (schema.maxItems !== undefined) {
        const items = Array.from({ length: schema.maxItems + 1 }, () =>
          sample(schema.items ?? {}, context, name, `${path}[]`),
        );
        defects.push({ value: items, label: at('too many items') });
      }
      if ((schema.minItems ?? 0) > 0) defects.push({ value: [], label: at('too few items') });
      const item = schema.items && pickDefect(schema.items, context, name, `${path}[0]`);
      if (item) {
        const rest = sample({ ...schema, minItems: 0 }, context, name, path) as unknown[];
        defects.push({ value: [item.value, ...rest.slice(1)], label: item.label });
      }
      break;
    }
    case 'object': {
      // A nullable object samples to null now and then; its defects need the object itself.
      const base = sample({ ...schema, nullable: false }, context, name, path) as Record<
        string,
        unknown
      >;
      for (const key of schema.required ?? []) {
        const { [key]: _removed, ...rest } = base;
        defects.push({ value: rest, label: at(`without ${key}`) });
      }
      if (schema.additionalProperties === false) {
        const key = random.pick(['unknownKey', 'isAdmin', `k${nul}`, '__proto__']);
        defects.push({
          value: JSON.parse(`{${JSON.stringify(key)}: 1}`) as object,
          label: at(`unknown key ${JSON.stringify(key)}`),
        });
        defects.push({
          value: { ...base, [key]: 1 },
          label: at(`extra key ${JSON.stringify(key)}`),
        });
      }
      const keys = Object.keys(schema.properties ?? {});
      if (keys.length > 0) {
        const key = random.pick(keys);
        const inner = pickDefect(schema.properties?.[key] ?? {}, context, key, `${path}.${key}`);
        if (inner) defects.push({ value: { ...base, [key]: inner.value }, label: inner.label });
      }
      break;
    }
  }
  return defects;
}

export function pickDefect(
  schema: JsonSchema,
  context: FuzzContext,
  name: string,
  path: string,
): Defect | undefined {
  const defects = defectsOf(schema, context, name, path);
  return defects.length > 0 ? context.random.pick(defects) : undefined;
}

/** A path or query value that `schema` refuses, as text (URL-encoded by the caller). */
export function textDefectOf(schema: JsonSchema, context: FuzzContext, name: string): Defect {
  const { random } = context;
  const defects: Defect[] = [{ value: `a${nul}b`, label: `${name}: NUL` }];
  if (schema.maxLength !== undefined) {
    defects.push({ value: 'x'.repeat(schema.maxLength + 1), label: `${name}: too long` });
  }
  if (schema.enum) defects.push({ value: 'ünknown', label: `${name}: not in the enum` });
  if (schema.format === 'uuid') {
    defects.push({ value: 'not-a-uuid', label: `${name}: not a uuid` });
    defects.push({ value: '..', label: `${name}: ..` });
  }
  if (schema.format === 'date') {
    const date = random.pick([...impossibleDates, ...outOfRangeDates]);
    defects.push({ value: date, label: `${name}: date ${date}` });
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    defects.push({
      value: random.pick(['abc', '1.5', '1e999', 'NaN', '1,5']),
      label: `${name}: not a number`,
    });
    if (schema.minimum !== undefined) {
      defects.push({ value: String(schema.minimum - 1), label: `${name}: below minimum` });
    }
    if (schema.maximum !== undefined) {
      defects.push({ value: String(schema.maximum + 1), label: `${name}: above maximum` });
    }
  }
  return random.pick(defects);
}
