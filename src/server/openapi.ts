import { z } from 'zod/mini';
import {
  apiErrorSchema,
  contactSchema,
  healthSchema,
  idempotencyKeySchema,
  intakeReceiptSchema,
  intakeRequestSchema,
  publicConfigSchema,
} from '../api/contract';
import {
  auditQuery,
  deliveriesQuery,
  deliveryParams,
  intakeParams,
  listQuery,
  loginSchema,
  mfaCodeSchema,
  patchSchema,
  questionnaireParams,
  questionnaireReadQuery,
  questionnaireSearchQuery,
  setupSchema,
} from '../api/staff-contract';
import {
  assessmentSchema,
  assessmentV1Schema,
  auditPageSchema,
  deliveryPageSchema,
  intakeDetailSchema,
  intakeListPageSchema,
  loginResponseSchema,
  meResponseSchema,
  mfaChallengeSchema,
  mfaEnrolmentSchema,
  okSchema,
  recoveryCodesSchema,
  staffUserResponseSchema,
} from '../api/staff-responses';
import { answersSchema } from '../rules';
import { answersV1Schema } from '../rules/v1';
import { challengeCookie, sessionCookie, type Access } from './routes/staff';

// The OpenAPI 3.1 document of GET /api/openapi.json, generated from the zod contract: request
// bodies, query and path parameters from the schemas the routes validate with, answers from
// src/api/staff-responses.ts. One entry of `operations` per route, keyed as the app's route table
// names it ("METHOD /path/:param"); openapi.test.ts fails for a route of the table that has no
// entry here, and for an entry that names no route.

type Schema = z.ZodMiniType;
type ObjectSchema = z.ZodMiniObject;

/** A successful answer: JSON described by a schema, or another media type (FHIR, CSV, HTML…). */
type Success =
  | { description: string; json: Schema; headers?: Record<string, string> }
  | { description: string; media: string; headers?: Record<string, string> }
  | { description: string; empty: true; headers?: Record<string, string> };

export interface Operation {
  operationId: string;
  /** Who may use it; must agree with the route's own `config.access` (the test checks). */
  access: Access;
  tag: 'Patient' | 'Staff' | 'FHIR' | 'Pages' | 'Service';
  summary: string;
  description?: string;
  params?: ObjectSchema;
  query?: ObjectSchema;
  headers?: { name: string; description: string; required: boolean; schema: Schema }[];
  body?: Schema;
  responses: Record<number, Success>;
  /** The errors this route answers itself, by status (all in the API's error shape). */
  errors?: Record<number, string>;
}

const json = 'application/json';
const setCookie = {
  'Set-Cookie': `The session: \`${sessionCookie}=…; Path=/; HttpOnly; Secure; SameSite=Strict\`.`,
};
const rateLimited = 'Too many requests from this address: wait a minute (`rate_limited`).';

/** The components the document names, each once: requests, answers and what they share. */
const components: Record<string, Schema> = {
  IntakeRequest: intakeRequestSchema,
  Answers: answersSchema,
  AnswersV1: answersV1Schema,
  Contact: contactSchema,
  IntakeReceipt: intakeReceiptSchema,
  Error: apiErrorSchema,
  Health: healthSchema,
  PublicConfig: publicConfigSchema,
  Login: loginSchema,
  Setup: setupSchema,
  StaffUserResponse: staffUserResponseSchema,
  MfaChallenge: mfaChallengeSchema,
  LoginResponse: loginResponseSchema,
  MfaCode: mfaCodeSchema,
  MeResponse: meResponseSchema,
  MfaEnrolment: mfaEnrolmentSchema,
  RecoveryCodes: recoveryCodesSchema,
  IntakeListPage: intakeListPageSchema,
  IntakeDetail: intakeDetailSchema,
  Assessment: assessmentSchema,
  AssessmentV1: assessmentV1Schema,
  IntakePatch: patchSchema,
  Ok: okSchema,
  AuditPage: auditPageSchema,
  DeliveryPage: deliveryPageSchema,
};

/** Every route the app serves, with what it takes and answers. */
export const operations: Record<string, Operation> = {
  // The service
  'GET /api/health': {
    operationId: 'health',
    access: 'public',
    tag: 'Service',
    summary: 'Whether the service and its database answer',
    responses: { 200: { description: 'Up, and which database it uses.', json: healthSchema } },
  },
  'GET /api/openapi.json': {
    operationId: 'openApi',
    access: 'public',
    tag: 'Service',
    summary: 'This document',
    responses: { 200: { description: 'The OpenAPI 3.1 document of this API.', media: json } },
  },

  // The patient app
  'GET /api/config': {
    operationId: 'publicConfig',
    access: 'public',
    tag: 'Patient',
    summary: "The clinic's public settings (name, contact, brand, procedures offered)",
    responses: { 200: { description: 'The public configuration.', json: publicConfigSchema } },
  },
  'POST /api/intakes': {
    operationId: 'createIntake',
    access: 'public',
    tag: 'Patient',
    summary: 'Send a consultation request',
    description:
      'The server validates the answers and contact details, makes its own assessment and stores the request once per Idempotency-Key: the same key with the same request answers the same receipt.',
    headers: [
      {
        name: 'Idempotency-Key',
        description: 'A UUID, new for each request and the same for its retries.',
        required: true,
        schema: idempotencyKeySchema,
      },
    ],
    body: intakeRequestSchema,
    responses: {
      201: {
        description: 'Stored (or already stored under this key): the reference to quote.',
        json: intakeReceiptSchema,
      },
    },
    errors: {
      400: 'A field is missing or not valid (`invalid_request`, with `fields`), the answers are of a version no longer accepted (`unsupported_version`), or the Idempotency-Key is missing or not a UUID.',
      413: 'The request is larger than 64 KB.',
      415: 'The body is not application/json.',
      422: 'The answers call for emergency care now (`emergency`), or the key was used for a different request (`idempotency_key_reused`).',
      429: rateLimited,
    },
  },

  // FHIR Questionnaires (public: they hold no patient's data)
  'GET /api/fhir/Questionnaire/:id': {
    operationId: 'readQuestionnaire',
    access: 'public',
    tag: 'FHIR',
    summary: 'A FHIR R4 Questionnaire of the form, by id (at a version, for the canonical id)',
    description:
      '`ipm-candidacy` is the current questionnaire, `ipm-candidacy-2026.1` an earlier one; the canonical id with `?version=` reads that version.',
    params: questionnaireParams,
    query: questionnaireReadQuery,
    responses: {
      200: { description: 'A FHIR R4 Questionnaire resource.', media: 'application/fhir+json' },
    },
    errors: { 404: 'There is no such questionnaire (or version).' },
  },
  'GET /api/fhir/Questionnaire': {
    operationId: 'searchQuestionnaires',
    access: 'public',
    tag: 'FHIR',
    summary: 'Search the FHIR Questionnaires by canonical URL and version',
    query: questionnaireSearchQuery,
    responses: {
      200: {
        description: 'A FHIR R4 Bundle of type searchset.',
        media: 'application/fhir+json',
      },
    },
    errors: { 400: 'The search is not valid.' },
  },

  // Staff: signing in
  'POST /api/staff/login': {
    operationId: 'login',
    access: 'public',
    tag: 'Staff',
    summary:
      'Sign in; the answer sets the session cookie (or, with a second factor, asks for the code)',
    description:
      'For an account with a second factor, the right password answers `{ "mfaRequired": true }` and sets only the pre-session cookie (5 minutes, sent only to the sign-in routes): POST /api/staff/login/mfa finishes the sign-in.',
    body: loginSchema,
    responses: {
      200: {
        description: 'Signed in; or the password was right and the code comes next.',
        json: loginResponseSchema,
        headers: {
          'Set-Cookie': `${setCookie['Set-Cookie']} Or the pre-session: \`${challengeCookie}=…; Path=/api/staff/login; Max-Age=300\`.`,
        },
      },
    },
    errors: {
      400: 'No email or password.',
      401: 'The email or the password is not right (`invalid_credentials`).',
      423: 'Too many failed attempts with this email: paused for 15 minutes (`locked`).',
      429: 'Too many failed sign-ins from this network, or too many requests (`rate_limited`).',
    },
  },
  'POST /api/staff/login/mfa': {
    operationId: 'loginSecondFactor',
    access: 'public',
    tag: 'Staff',
    summary: 'Finish a sign-in with the code of the second factor (or a recovery code)',
    description: `Needs the pre-session cookie (\`${challengeCookie}\`) that the right password set. A code from the authenticator app is accepted one 30-second step either side of now, and once; a recovery code once. Wrong codes count toward the same lock as wrong passwords.`,
    body: mfaCodeSchema,
    responses: {
      200: { description: 'Signed in.', json: staffUserResponseSchema, headers: setCookie },
    },
    errors: {
      400: 'No code.',
      401: 'The code is wrong or was used (`invalid_code`), or there is no sign-in waiting for a code: it expired after 5 minutes or was finished (`mfa_sign_in_expired`).',
      423: 'Too many failed attempts with this email: paused for 15 minutes (`locked`).',
      429: 'Too many failed sign-ins from this network, or too many requests (`rate_limited`).',
    },
  },
  'POST /api/staff/mfa/enroll': {
    operationId: 'enrolSecondFactor',
    access: 'enrolment',
    tag: 'Staff',
    summary: 'Start setting up two-step sign-in: a new TOTP secret and its QR code',
    description:
      'The secret is kept, off, until POST /api/staff/mfa/confirm turns it on with a code from it. Calling this again replaces a secret not yet confirmed.',
    responses: { 200: { description: 'The secret to confirm.', json: mfaEnrolmentSchema } },
    errors: {
      409: 'Two-step sign-in is already on (`mfa_already_enabled`): an administrator resets it first (`npm run staff -- reset-mfa`).',
    },
  },
  'POST /api/staff/mfa/confirm': {
    operationId: 'confirmSecondFactor',
    access: 'enrolment',
    tag: 'Staff',
    summary: 'Turn two-step sign-in on with a code from the new secret; answers the recovery codes',
    body: mfaCodeSchema,
    responses: {
      200: {
        description: 'On. Ten one-time recovery codes, shown this once.',
        json: recoveryCodesSchema,
      },
    },
    errors: {
      400: 'No code, or the code is not right (`invalid_code`): two-step sign-in stays off.',
      409: 'Already on (`mfa_already_enabled`), or no enrolment was started (`mfa_not_started`).',
    },
  },
  'POST /api/staff/setup': {
    operationId: 'setupFirstAdmin',
    access: 'public',
    tag: 'Staff',
    summary: 'Create the first administrator with the one-time set-up token',
    body: setupSchema,
    responses: {
      201: {
        description: 'Created and signed in.',
        json: staffUserResponseSchema,
        headers: setCookie,
      },
    },
    errors: {
      400: 'Missing fields, or the account was refused (`setup_refused`: e.g. a weak password).',
      410: 'The set-up token was used or has expired (`setup_link_gone`).',
      429: rateLimited,
    },
  },
  'POST /api/staff/logout': {
    operationId: 'logout',
    access: 'enrolment',
    tag: 'Staff',
    summary: 'Sign out: end the session and clear its cookie',
    responses: { 204: { description: 'Signed out.', empty: true, headers: setCookie } },
  },
  'GET /api/staff/me': {
    operationId: 'me',
    access: 'enrolment',
    tag: 'Staff',
    summary: 'Who is signed in, and where their second factor stands',
    responses: { 200: { description: 'The member of staff.', json: meResponseSchema } },
  },

  // Staff: the inbox
  'GET /api/staff/intakes': {
    operationId: 'listIntakes',
    access: 'staff',
    tag: 'Staff',
    summary: 'A page of intakes, most pressing first, filtered',
    query: listQuery,
    responses: { 200: { description: 'One page of the list.', json: intakeListPageSchema } },
    errors: { 400: 'The filters or the cursor are not valid.' },
  },
  'GET /api/staff/intakes.csv': {
    operationId: 'exportIntakesCsv',
    access: 'staff',
    tag: 'Staff',
    summary: 'The intakes the filters select (up to 10,000), as CSV',
    query: listQuery,
    responses: {
      200: {
        description: 'A CSV file (attachment `intakes.csv`), one intake a line.',
        media: 'text/csv',
      },
    },
    errors: { 400: 'The filters are not valid.' },
  },
  'GET /api/staff/intakes/:id': {
    operationId: 'readIntake',
    access: 'staff',
    tag: 'Staff',
    summary: 'One intake: contact, answers, assessment and notes',
    params: intakeParams,
    responses: { 200: { description: 'The intake as stored.', json: intakeDetailSchema } },
    errors: { 404: 'There is no such intake.' },
  },
  'PATCH /api/staff/intakes/:id': {
    operationId: 'updateIntake',
    access: 'staff',
    tag: 'Staff',
    summary: 'Change the status of an intake, add a note, or both',
    params: intakeParams,
    body: patchSchema,
    responses: { 200: { description: 'Written.', json: okSchema } },
    errors: {
      400: 'Neither a status nor a note, or a note with characters that cannot be kept, or `outreach` without a note.',
      404: 'There is no such intake.',
      409: 'Closing an intake with a self-harm answer before a note marked as the outreach record exists (`outreach_required`).',
    },
  },
  'GET /api/staff/intakes/:id/fhir': {
    operationId: 'exportIntakeFhir',
    access: 'staff',
    tag: 'Staff',
    summary: 'One intake as a FHIR R4 QuestionnaireResponse',
    params: intakeParams,
    responses: {
      200: {
        description: 'A FHIR R4 QuestionnaireResponse resource.',
        media: 'application/fhir+json',
      },
    },
    errors: { 404: 'There is no such intake.' },
  },
  'GET /api/staff/audit': {
    operationId: 'readAuditLog',
    access: 'admin',
    tag: 'Staff',
    summary: 'The audit log, newest first (100 entries a page)',
    query: auditQuery,
    responses: { 200: { description: 'One page of entries.', json: auditPageSchema } },
    errors: { 400: 'The filters are not valid.' },
  },
  'GET /api/staff/deliveries': {
    operationId: 'listDeliveries',
    access: 'admin',
    tag: 'Staff',
    summary:
      'Notifications (e-mail, webhooks) that failed, are still being tried, or were delivered',
    query: deliveriesQuery,
    responses: {
      200: { description: 'The notifications in that state.', json: deliveryPageSchema },
    },
    errors: { 400: 'State must be failed, pending or delivered.' },
  },
  'POST /api/staff/deliveries/:id/retry': {
    operationId: 'retryDelivery',
    access: 'admin',
    tag: 'Staff',
    summary: 'Try a notification again now (one that was given up on gets one more attempt)',
    params: deliveryParams,
    responses: { 200: { description: 'Due now.', json: okSchema } },
    errors: {
      404: 'There is no such delivery.',
      409: 'Delivered already (`already_delivered`), or being sent right now (`being_sent`).',
    },
  },

  // Pages and files
  'GET /': {
    operationId: 'patientApp',
    access: 'public',
    tag: 'Pages',
    summary: 'The patient app (present once built)',
    responses: { 200: { description: 'The page.', media: 'text/html' } },
  },
  'GET /embed': {
    operationId: 'embeddedApp',
    access: 'public',
    tag: 'Pages',
    summary: "The patient app inside a clinic's own site (present once built)",
    responses: { 200: { description: 'The page.', media: 'text/html' } },
  },
  'GET /staff': {
    operationId: 'staffInbox',
    access: 'public',
    tag: 'Pages',
    summary: 'The staff inbox (present once built; its API calls need a session)',
    responses: { 200: { description: 'The page.', media: 'text/html' } },
  },
  'GET /theme.css': {
    operationId: 'theme',
    access: 'public',
    tag: 'Pages',
    summary: "The clinic's brand colours",
    responses: { 200: { description: 'A style sheet.', media: 'text/css' } },
  },
  'GET /widget.js': {
    operationId: 'widget',
    access: 'public',
    tag: 'Pages',
    summary: "The loader a clinic's site includes to open the form (present once built)",
    responses: { 200: { description: 'A script.', media: 'text/javascript' } },
  },
};

type JsonSchema = Record<string, unknown>;

/** A JSON Schema as it stands inside the document: no dialect or id of its own. */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

/** The parameters an object schema of the contract describes, as the client sends them. */
function parameters(where: 'path' | 'query', schema: ObjectSchema): JsonSchema[] {
  const converted = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  const properties = (converted.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((converted.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description !== undefined && { description }),
      schema: rest,
    };
  });
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, unknown>;
  [key: string]: unknown;
}

/** The document for a server whose absolute URLs start at linkBase (PUBLIC_URL). */
export function buildOpenApiDocument(linkBase: string): OpenApiDocument {
  const registry = z.registry<{ id: string }>();
  const names = new Map<Schema, string>();
  for (const [id, schema] of Object.entries(components)) {
    registry.add(schema, { id });
    names.set(schema, id);
  }
  const converted = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas;
  const schemas = Object.fromEntries(
    Object.entries(converted).map(([id, schema]) => [id, bare(schema as JsonSchema)]),
  );
  const ref = (schema: Schema) => {
    const id = names.get(schema);
    if (id === undefined) throw new Error('Name this schema in the components of openapi.ts.');
    return { $ref: `#/components/schemas/${id}` };
  };
  const errorContent = { [json]: { schema: ref(apiErrorSchema) } };

  const paths: OpenApiDocument['paths'] = {};
  for (const [key, operation] of Object.entries(operations)) {
    const [method = '', url = ''] = key.split(' ');
    const path = url.replace(/:(\w+)/g, '{$1}');
    const guarded = operation.access !== 'public';
    const staffApi = url.startsWith('/api/staff/');

    const responses: Record<string, unknown> = {};
    for (const [status, success] of Object.entries(operation.responses)) {
      responses[status] = {
        description: success.description,
        ...(success.headers && {
          headers: Object.fromEntries(
            Object.entries(success.headers).map(([name, description]) => [
              name,
              { description, schema: { type: 'string' } },
            ]),
          ),
        }),
        ...('json' in success && { content: { [json]: { schema: ref(success.json) } } }),
        ...('media' in success && { content: { [success.media]: {} } }),
      };
    }
    const errors: Record<number, string[]> = {};
    const add = (status: number, text: string) => (errors[status] ??= []).push(text);
    for (const [status, text] of Object.entries(operation.errors ?? {})) add(Number(status), text);
    if (staffApi && method !== 'GET')
      add(403, 'The request came from another site (`cross_origin`).');
    if (guarded) add(401, 'No valid session (`unauthenticated`).');
    if (operation.access === 'staff' || operation.access === 'admin')
      add(
        403,
        'The clinic asks this account for a second factor and it has none yet: only enrolment answers (`mfa_enrolment_required`).',
      );
    if (operation.access === 'admin') add(403, 'Not an administrator (`forbidden`).');
    for (const [status, texts] of Object.entries(errors))
      responses[status] = { description: texts.join(' Or: '), content: errorContent };
    responses.default = {
      description:
        'Any other error, in the same shape: e.g. 500 `internal`, 503 `shutting_down` (retry).',
      content: errorContent,
    };

    const headers = (operation.headers ?? []).map((header) => ({
      name: header.name,
      in: 'header',
      required: header.required,
      description: header.description,
      schema: bare(z.toJSONSchema(header.schema, { io: 'input' }) as JsonSchema),
    }));
    const params = [
      ...(operation.params ? parameters('path', operation.params) : []),
      ...(operation.query ? parameters('query', operation.query) : []),
      ...headers,
    ];
    (paths[path] ??= {})[method.toLowerCase()] = {
      operationId: operation.operationId,
      tags: [operation.tag],
      summary: operation.summary,
      ...(operation.description !== undefined && { description: operation.description }),
      ...(params.length > 0 && { parameters: params }),
      ...(operation.body && {
        requestBody: { required: true, content: { [json]: { schema: ref(operation.body) } } },
      }),
      responses,
      security: guarded ? [{ staffSession: [] }] : [],
      ...(operation.access === 'admin' && { 'x-access': 'admin' }),
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Interventional pain medicine candidacy: HTTP API',
      version: '0.1.0',
      description:
        'The patient app sends a consultation request; staff sign in to read, triage and export them. Every error is `{ "error": { "code", "message", "fields"? } }`. Every GET is also answered to HEAD.',
    },
    servers: [{ url: linkBase }],
    tags: [
      { name: 'Patient', description: 'What the patient app uses: no session.' },
      { name: 'Staff', description: `The staff inbox's API: a session cookie (${sessionCookie}).` },
      { name: 'FHIR', description: 'FHIR R4 Questionnaires of the form.' },
      { name: 'Pages', description: 'The pages and files a browser loads.' },
      { name: 'Service', description: 'For operators and tools.' },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        staffSession: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookie,
          description:
            'Set by POST /api/staff/login. Requests that change anything must also come from the same site (Origin).',
        },
      },
    },
  };
}

const built = new Map<string, string>();

/** The document as JSON, built once per linkBase (it changes only with a new release). */
export function openApiJson(linkBase: string): string {
  let text = built.get(linkBase);
  if (text === undefined) {
    text = JSON.stringify(buildOpenApiDocument(linkBase));
    built.set(linkBase, text);
  }
  return text;
}
