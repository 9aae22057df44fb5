import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import {
  documentCategorySchema,
  documentListResponseSchema,
  documentSchema,
  medicalNoteListResponseSchema,
  medicalNoteSchema,
  newMedicalNoteSchema,
  newNoteSchema,
  noteListResponseSchema,
  noteSchema,
  withdrawDocumentSchema,
} from '../../../contracts/dossier.js';
import { errors } from '../../platform/errors.js';
import { readUploadedFile } from '../../platform/http/multipart.js';
import { adviceRoutes } from './dossier.advice.routes.js';
import { dossierErrors } from './dossier.errors.js';
import { attachmentDisposition } from './dossier.models.js';
import type { DossierUseCases } from './dossier.usecases.js';

const employeeParams = z.object({ employeeId: entityIdSchema });
const documentParams = z.object({ employeeId: entityIdSchema, documentId: entityIdSchema });

const refusals = {
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** Trajectendossier: notes, documents and the company doctor's medical notes of one employee. */
export async function dossierRoutes(
  app: FastifyInstance,
  options: { dossier: DossierUseCases; documentMaxBytes: number },
): Promise<void> {
  const { dossier, documentMaxBytes } = options;
  // Only this plugin parses multipart, with limits that leave no room for a second file or
  // large fields; the file size limit is the configured document limit.
  await app.register(fastifyMultipart, {
    limits: { fileSize: documentMaxBytes, files: 1, fields: 4, fieldSize: 200, parts: 5 },
  });
  const routes = app.withTypeProvider<ZodTypeProvider>();
  adviceRoutes(app, dossier);

  routes.get(
    '/api/employees/:employeeId/notes',
    {
      config: { permission: 'dossier.notes' },
      schema: {
        tags: ['dossier'],
        summary: 'Contactmomenten overzicht: the notes of an employee (dossier.notes, audited)',
        params: employeeParams,
        response: { 200: noteListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('dossier.notes');
      return { notes: await dossier.listNotes(actor, request.params.employeeId) };
    },
  );

  routes.post(
    '/api/employees/:employeeId/notes',
    {
      config: { permission: 'dossier.notes' },
      schema: {
        tags: ['dossier'],
        summary: 'Notitie toevoegen (dossier.notes, audited)',
        params: employeeParams,
        body: newNoteSchema,
        response: { 201: noteSchema, 400: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('dossier.notes');
      const note = await dossier.addNote(actor, request.params.employeeId, request.body);
      return reply.status(201).send(note);
    },
  );

  routes.get(
    '/api/employees/:employeeId/documents',
    {
      config: { permission: 'dossier.documents' },
      schema: {
        tags: ['dossier'],
        summary: 'Overzichtsdocumenten: the documents of an employee (dossier.documents, audited)',
        params: employeeParams,
        response: { 200: documentListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('dossier.documents');
      return {
        documents: await dossier.listDocuments(actor, request.params.employeeId),
        maxBytes: documentMaxBytes,
      };
    },
  );

  routes.post(
    '/api/employees/:employeeId/documents',
    {
      config: { permission: 'dossier.documents' },
      schema: {
        tags: ['dossier'],
        summary:
          'Upload a document (multipart/form-data: the fields category and optional caseId, then ' +
          'the part file). The type is decided by the content: PDF, PNG, JPEG, DOCX, XLSX.',
        params: employeeParams,
        consumes: ['multipart/form-data'],
        response: {
          201: documentSchema,
          400: errorResponseSchema,
          413: errorResponseSchema,
          415: errorResponseSchema,
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('dossier.documents');
      const upload = await readUploadedFile(request, () =>
        dossierErrors.documentTooLarge(documentMaxBytes),
      );
      if (!upload) throw dossierErrors.documentFileMissing();
      const category = documentCategorySchema.safeParse(upload.fields.category);
      if (!category.success) throw errors.invalidField('category', 'invalid_value');
      const caseField = upload.fields.caseId || null;
      const caseId = caseField === null ? null : entityIdSchema.safeParse(caseField);
      if (caseId !== null && !caseId.success) throw dossierErrors.caseUnknown();
      const document = await dossier.uploadDocument(actor, request.params.employeeId, {
        category: category.data,
        caseId: caseId?.data ?? null,
        uploadedName: upload.fileName,
        content: upload.content,
      });
      return reply.status(201).send(document);
    },
  );

  routes.get(
    '/api/employees/:employeeId/documents/:documentId/content',
    {
      config: { permission: 'dossier.documents' },
      schema: {
        tags: ['dossier'],
        summary:
          'Download a document: always an attachment with its detected type (dossier.documents, audited)',
        params: documentParams,
        produces: ['application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream'],
        response: { 200: z.unknown().describe('The bytes of the document'), ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('dossier.documents');
      const { document, contentType, content } = await dossier.openDocument(
        actor,
        request.params.employeeId,
        request.params.documentId,
      );
      return reply
        .header('content-type', contentType)
        .header('content-length', document.sizeBytes)
        .header('content-disposition', attachmentDisposition(document.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(content);
    },
  );

  routes.post(
    '/api/employees/:employeeId/documents/:documentId/withdraw',
    {
      config: { permission: 'dossier.documents' },
      schema: {
        tags: ['dossier'],
        summary: 'Mark a document withdrawn, with a reason; it is never deleted (audited)',
        params: documentParams,
        body: withdrawDocumentSchema,
        response: {
          200: documentSchema,
          400: errorResponseSchema,
          409: errorResponseSchema,
          ...refusals,
        },
      },
    },
    async (request) => {
      const actor = await request.requireActor('dossier.documents');
      return dossier.withdrawDocument(
        actor,
        request.params.employeeId,
        request.params.documentId,
        request.body.reason,
      );
    },
  );

  routes.get(
    '/api/employees/:employeeId/medical-notes',
    {
      config: { permission: 'medical.notes' },
      schema: {
        tags: ['dossier'],
        summary: "The company doctor's medical notes (medical.notes only, audited)",
        params: employeeParams,
        response: { 200: medicalNoteListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('medical.notes');
      return { notes: await dossier.listMedicalNotes(actor, request.params.employeeId) };
    },
  );

  routes.post(
    '/api/employees/:employeeId/medical-notes',
    {
      config: { permission: 'medical.notes' },
      schema: {
        tags: ['dossier'],
        summary: 'Add a medical note (medical.notes only; stored encrypted, audited)',
        params: employeeParams,
        body: newMedicalNoteSchema,
        response: { 201: medicalNoteSchema, 400: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('medical.notes');
      const note = await dossier.addMedicalNote(
        actor,
        request.params.employeeId,
        request.body.text,
      );
      return reply.status(201).send(note);
    },
  );
}
