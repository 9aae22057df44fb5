import {
  type FuzzContext,
  type JsonSchema,
  nul,
  pickDefect,
  sample,
  textDefectOf,
} from './fuzz-values.js';

/**
 * A path parameter as a URL segment. `.` and `..` are dot segments: every URL parser (the
 * browser's, a proxy's, the test client's) resolves them before routing, so `/api/employees/../tasks`
 * is a request for `/api/tasks`, not an odd employee id; they are sent with one dot more.
 */
function pathSegmentOf(value: string): string {
  return value === '.' || value === '..' ? `${value}.` : encodeURIComponent(value);
}

export { type Random, seededRandom } from './fuzz-values.js';

/**
 * Requests generated from the app's own OpenAPI document, each carrying at least one part the
 * document (or the domain's date range) refuses: a wrong type, a value past a bound, a missing or
 * unknown property, text with a NUL or a lone surrogate, an impossible or out-of-range date, a
 * malformed or oversize body. The rest of the request is filled with plausible values (ids of real
 * rows of the own and of foreign employers, unicode, huge strings), so that the refusal must come
 * from the part that is wrong. A request that is refused can write nothing; `fuzz.test.ts` asserts
 * both. Deterministic: the same seed and index give the same request.
 */

type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; schema: JsonSchema };

export type Operation = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, `{name}` for each path parameter. */
  path: string;
  parameters: Parameter[];
  /** The JSON body, when the operation declares one. */
  body: JsonSchema | undefined;
  /** Called with a bearer token (`/api/v1`), not a session. */
  bearer: boolean;
  /** Takes an `Idempotency-Key` header. */
  idempotent: boolean;
};

type OpenApiDocument = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
        security?: Record<string, string[]>[];
      }
    >
  >;
};

/** Every operation of the document, in its order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase() as Operation['method'],
      path,
      parameters: (operation.parameters ?? []).filter(
        (parameter) => parameter.in === 'path' || parameter.in === 'query',
      ),
      body: operation.requestBody?.content['application/json']?.schema,
      bearer: (operation.security ?? []).some((requirement) => 'bearer' in requirement),
      idempotent: (operation.parameters ?? []).some(
        (parameter) => parameter.in === 'header' && parameter.name === 'idempotency-key',
      ),
    })),
  );
}

export type FuzzRequest = {
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  /** JSON text, or the bytes of an upload (test/upload-fuzz.ts). */
  payload: string | Buffer | undefined;
  /** What is wrong with the request; empty when it is a read. */
  defect: string;
  /** A read that may succeed (when public): without parameters, with a broken session. */
  read: boolean;
};

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * One request to `operation` with at least one refused part; for a read with path ids, now and
 * then only ids that are not the actor's (`foreignId`), which must be refused as well.
 */
export function fuzzRequest(
  operation: Operation,
  context: FuzzContext,
  foreignId: (name: string, path: string) => string,
): FuzzRequest {
  const { random } = context;
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const takesBody = bodyMethods.has(operation.method);

  type Place = 'path' | 'query' | 'body' | 'transport' | 'foreign';
  const places: Place[] = [];
  if (pathParameters.length > 0) places.push('path');
  if (queryParameters.length > 0) places.push('query');
  if (operation.body) places.push('body', 'body', 'body');
  else if (takesBody) places.push('body');
  if (takesBody) places.push('transport');
  if (operation.method === 'GET' && pathParameters.length > 0) places.push('foreign');
  // A read without parameters has nothing to get wrong but its session: it is sent with a
  // broken session cookie. (With a real session some reads are audited, as they should be.)
  if (places.length === 0) {
    const junk = random.pick(['', '%00', 'x'.repeat(5_000), '%C3%96zlem', '"a"', 'a.b.c', '%ZZ']);
    return {
      method: operation.method,
      url: operation.path,
      headers: { 'x-requested-with': 'fetch', cookie: `verzuim_session=${junk}` },
      payload: undefined,
      defect: `broken session cookie ${JSON.stringify(junk.slice(0, 20))}`,
      read: true,
    };
  }
  const place = random.pick(places);

  const defects: string[] = [];
  const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const parameter = pathParameters.find((candidate) => candidate.name === name);
    let value: string;
    if (place === 'foreign' && parameter?.schema.format === 'uuid') {
      value = foreignId(name, operation.path);
    } else {
      value = textOf(sample(parameter?.schema ?? {}, context, name, operation.path));
    }
    return pathSegmentOf(value);
  });
  let url = path;
  if (place === 'path') {
    const parameter = random.pick(pathParameters);
    const defect = textDefectOf(parameter.schema, context, parameter.name);
    defects.push(`path ${defect.label}`);
    const segments = operation.path.split('/');
    const index = segments.indexOf(`{${parameter.name}}`);
    const actual = url.split('/');
    actual[index] = pathSegmentOf(textOf(defect.value));
    url = actual.join('/');
  }

  const query = new URLSearchParams();
  for (const parameter of queryParameters) {
    if (random.chance(0.4)) {
      query.append(parameter.name, textOf(sample(parameter.schema, context, parameter.name, '')));
    }
  }
  if (place === 'query') {
    const parameter = random.pick(queryParameters);
    const defect = textDefectOf(parameter.schema, context, parameter.name);
    defects.push(`query ${defect.label}`);
    query.set(parameter.name, textOf(defect.value));
  }
  if (query.size > 0) url += `?${query.toString()}`;

  const headers: Record<string, string> = { 'x-requested-with': 'fetch' };
  let payload: string | undefined;
  if (takesBody) {
    headers['content-type'] = 'application/json';
    const body = operation.body ? sample(operation.body, context) : {};
    payload = JSON.stringify(body);
  }
  if (place === 'body' && !operation.body) {
    // The operation declares no body: any but none or `{}` is refused.
    const body = random.pick([1, 'str', null, true, [], { unexpected: nul }, [{}]]);
    defects.push(`body ${JSON.stringify(body)} where none is declared`);
    payload = JSON.stringify(body);
  }
  if (place === 'body' && operation.body) {
    const defect = pickDefect(operation.body, context, '', '');
    if (defect) {
      defects.push(`body ${defect.label}`);
      payload = JSON.stringify(defect.value);
    }
  }
  if (place === 'transport' || (takesBody && defects.length === 0 && place !== 'foreign')) {
    const kind = random.pick(['malformed', 'content-type', 'empty', 'oversize'] as const);
    defects.push(`transport: ${kind}`);
    if (kind === 'malformed') {
      payload = random.pick(['{"a":', '{"a":1}}', "{'a':1}", '[1,]', `"${nul}`, 'NaN', '{"a":1,}']);
    } else if (kind === 'content-type') {
      headers['content-type'] = random.pick([
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'image/png',
      ]);
      payload = 'a=1';
    } else if (kind === 'empty') {
      payload = '';
    } else {
      payload = JSON.stringify({ text: 'x'.repeat(context.bodyLimitBytes) });
    }
  }
  if (place !== 'foreign' && defects.length === 0) {
    throw new Error(`${operation.method} ${operation.path}: no defect made`);
  }
  return {
    method: operation.method,
    url,
    headers,
    payload,
    defect: defects.join('; '),
    read: false,
  };
}
