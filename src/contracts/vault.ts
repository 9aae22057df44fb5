import { z } from 'zod';
import {
  isValidBsn,
  isValidHouseNumberAddition,
  normaliseBsn,
  normaliseDutchPostcode,
} from './dutch-personal-data.js';

/**
 * The datakluis (data vault, SPEC.md §2.4): an employee's BSN, address and contact details,
 * stored encrypted. Names stay with the employee (search and lists need them in clear).
 */

/** Optional free text: trimmed, empty means "not given" (null). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

/** The fields of the vault; each one optional, empty = not given. */
export const personalDataShape = {
  /** Burgerservicenummer, checked with the 11-test and stored as its 9 digits. */
  bsn: optionalText(20)
    .refine((value) => value === null || isValidBsn(value), { params: { code: 'bsn_invalid' } })
    .transform((value) => (value === null ? null : normaliseBsn(value))),
  street: optionalText(200),
  houseNumber: z
    .number()
    .int()
    .min(1)
    .max(99_999)
    .nullish()
    .transform((value) => value ?? null),
  houseNumberAddition: optionalText(6).refine(
    (value) => value === null || isValidHouseNumberAddition(value),
    { params: { code: 'house_number_addition_invalid' } },
  ),
  /** Checked as a Dutch postcode ("1234 AB") when the country is NL. */
  postcode: optionalText(12),
  city: optionalText(100),
  /** ISO 3166-1 alpha-2; the Netherlands unless said otherwise. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .nullish()
    .transform((value) => value ?? 'NL'),
  phone: optionalText(30).refine((value) => value === null || /^\+?[\d ()-]{6,30}$/.test(value), {
    params: { code: 'invalid_phone' },
  }),
  privateEmail: z
    .email()
    .max(254)
    .nullish()
    .or(z.literal(''))
    .transform((value) => (value ? value.toLowerCase() : null)),
  /** Letters by e-mail (to the private address) instead of by post. */
  lettersByEmail: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
};

/** The rules across fields, shared by a full record and a merged change. */
export function personalDataIssues(
  data: Pick<PersonalData, 'postcode' | 'country' | 'privateEmail' | 'lettersByEmail'>,
): { path: string; code: string }[] {
  const issues: { path: string; code: string }[] = [];
  if (data.postcode !== null && data.country === 'NL' && !normaliseDutchPostcode(data.postcode)) {
    issues.push({ path: 'postcode', code: 'postcode_invalid' });
  }
  if (data.lettersByEmail && data.privateEmail === null) {
    issues.push({ path: 'privateEmail', code: 'letters_by_email_needs_address' });
  }
  return issues;
}

/** A Dutch postcode in its written form; other countries' postcodes as typed. */
function withNormalisedPostcode<T extends { postcode: string | null; country: string }>(
  data: T,
): T {
  if (data.postcode === null || data.country !== 'NL') return data;
  return { ...data, postcode: normaliseDutchPostcode(data.postcode) ?? data.postcode };
}

/** A whole vault record, e.g. from "werknemer toevoegen". */
export const personalDataSchema = z
  .object(personalDataShape)
  .superRefine((data, context) => {
    for (const issue of personalDataIssues(data)) {
      context.addIssue({ code: 'custom', path: [issue.path], params: { code: issue.code } });
    }
  })
  .transform(withNormalisedPostcode);
export type PersonalData = {
  bsn: string | null;
  street: string | null;
  houseNumber: number | null;
  houseNumberAddition: string | null;
  postcode: string | null;
  city: string | null;
  country: string;
  phone: string | null;
  privateEmail: string | null;
  lettersByEmail: boolean;
};
/** What a form sends (before trimming and normalising). */
export type PersonalDataInput = z.input<typeof personalDataSchema>;

/** A change: the fields sent replace the stored ones, the others stay (checked after merging). */
export const personalDataChangeSchema = z.object(personalDataShape).partial();
export type PersonalDataChange = Partial<PersonalData>;

export const emptyPersonalData: PersonalData = {
  bsn: null,
  street: null,
  houseNumber: null,
  houseNumberAddition: null,
  postcode: null,
  city: null,
  country: 'NL',
  phone: null,
  privateEmail: null,
  lettersByEmail: false,
};

/** Merges a change into a record and normalises the postcode for the (new) country. */
export function mergePersonalData(current: PersonalData, change: PersonalDataChange): PersonalData {
  const defined = Object.fromEntries(
    Object.entries(change).filter(([, value]) => value !== undefined),
  ) as PersonalDataChange;
  return withNormalisedPostcode({ ...current, ...defined });
}

/**
 * What every user who may read the employee sees: the BSN as •••••1234 and the rest reduced to
 * hints that do not identify (postcode digits, city, last two digits of the phone, the e-mail
 * domain). The whole record needs a reveal.
 */
export const maskedPersonalDataSchema = z.object({
  stored: z.boolean(),
  bsn: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  privateEmail: z.string().nullable(),
  lettersByEmail: z.boolean(),
});
export type MaskedPersonalData = z.infer<typeof maskedPersonalDataSchema>;

export const maskedPersonalDataResponseSchema = z.object({
  personalData: maskedPersonalDataSchema,
  /** Whether this user may ask to reveal the whole record (vault access, and for operators an open case). */
  mayReveal: z.boolean(),
  /** An operator without an open case of the employee: no vault field at all (`personalData` empty). */
  withheld: z.boolean(),
});

const personalDataOutputSchema = z.object({
  bsn: z.string().nullable(),
  street: z.string().nullable(),
  houseNumber: z.number().nullable(),
  houseNumberAddition: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string(),
  phone: z.string().nullable(),
  privateEmail: z.string().nullable(),
  lettersByEmail: z.boolean(),
});

export const revealPurposes = ['view', 'edit', 'care_request'] as const;
export const revealRequestSchema = z.strictObject({
  /** Why the user opens the vault: written into the audit row. */
  purpose: z.enum(revealPurposes),
});

export const revealResponseSchema = z.object({ personalData: personalDataOutputSchema });

// ---------------------------------------------------------------------------------------------
// Agreement, access and management (Datakluisbeheer)
// ---------------------------------------------------------------------------------------------

export const vaultAccessLevels = ['admin', 'access', 'none'] as const;
export type VaultAccessLevel = (typeof vaultAccessLevels)[number];

export const vaultStatusResponseSchema = z.object({
  agreementSigned: z.boolean(),
  maySign: z.boolean(),
  access: z.enum(vaultAccessLevels),
  requestPending: z.boolean(),
  /** An employer-side user without access, who may ask a vault admin for it. */
  mayRequest: z.boolean(),
  pendingRequests: z.number().int().min(0),
});
export type VaultStatus = z.infer<typeof vaultStatusResponseSchema>;

export const vaultDocumentNames = [
  'user_agreement',
  'sla',
  'licence_terms',
  'service_description',
] as const;
export type VaultDocumentName = (typeof vaultDocumentNames)[number];

export const vaultDocumentListResponseSchema = z.object({
  documents: z.array(
    z.object({
      document: z.enum(vaultDocumentNames),
      versions: z.array(z.string()),
      current: z.string(),
    }),
  ),
});

export const vaultDocumentResponseSchema = z.object({
  document: z.enum(vaultDocumentNames),
  version: z.string(),
  text: z.string(),
  /** SHA-256 of the text: what a signature records. */
  sha256: z.string(),
});

export const signAgreementRequestSchema = z.strictObject({
  /** The version shown to the signer; refused when another version has become current. */
  version: z.string().min(1).max(40),
  /** The legally authorised person (rechtsbevoegde persoon). */
  authorisedName: z.string().trim().min(2).max(200),
  authorisedEmail: z.email().max(254),
});

export const authorisationResponseSchema = z.object({
  users: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      email: z.string(),
      role: z.string(),
      level: z.enum(vaultAccessLevels),
    }),
  ),
});

export const setAccessRequestSchema = z.strictObject({ level: z.enum(vaultAccessLevels) });

export const accessRequestListResponseSchema = z.object({
  requests: z.array(
    z.object({
      id: z.string(),
      userId: z.string(),
      displayName: z.string(),
      requestedAt: z.string(),
      status: z.enum(['pending', 'approved', 'refused']),
      decidedAt: z.string().nullable(),
    }),
  ),
});

export const decideRequestSchema = z.strictObject({ decision: z.enum(['approved', 'refused']) });
