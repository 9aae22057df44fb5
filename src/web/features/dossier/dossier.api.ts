import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  DocumentCategory,
  DocumentListResponse,
  DossierDocument,
  MedicalNote,
  MedicalNoteListResponse,
  NewNote,
  Note,
  NoteListResponse,
} from '../../../contracts/dossier.js';
import type { CaseView } from '../../../contracts/cases.js';
import type { DossierTag, DossierTagsResponse } from '../../../contracts/retention.js';
import type {
  Feedback,
  FeedbackListResponse,
  FunctionalAdvice,
  FunctionalAdviceListResponse,
  NewFeedback,
  NewFunctionalAdvice,
} from '../../../contracts/dossier-advice.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import { currentLocale, i18n } from '../../i18n/i18n.js';
import { api, ApiError } from '../../lib/api.js';

const base = (employeeId: string) => `/api/employees/${encodeURIComponent(employeeId)}`;

export const dossierKeys = {
  notes: (employeeId: string) => ['dossier', employeeId, 'notes'] as const,
  documents: (employeeId: string) => ['dossier', employeeId, 'documents'] as const,
  medical: (employeeId: string) => ['dossier', employeeId, 'medical'] as const,
  tags: (employeeId: string) => ['dossier', employeeId, 'tags'] as const,
  // The key of the cases feature's case history (cases.api.ts, which imports this feature): the
  // dossier page shows both and asks the API once; every case change refreshes it.
  cases: (employeeId: string) => ['cases', 'history', employeeId] as const,
};

/** The employee's cases, to link a note or document to one (cases.read). */
export const caseChoicesQuery = (employeeId: string) =>
  queryOptions({
    queryKey: dossierKeys.cases(employeeId),
    queryFn: ({ signal }) => api.get<{ cases: CaseView[] }>(`${base(employeeId)}/cases`, signal),
  });

export const notesQuery = (employeeId: string) =>
  queryOptions({
    queryKey: dossierKeys.notes(employeeId),
    queryFn: ({ signal }) => api.get<NoteListResponse>(`${base(employeeId)}/notes`, signal),
  });

export const documentsQuery = (employeeId: string) =>
  queryOptions({
    queryKey: dossierKeys.documents(employeeId),
    queryFn: ({ signal }) => api.get<DocumentListResponse>(`${base(employeeId)}/documents`, signal),
  });

export const medicalNotesQuery = (employeeId: string) =>
  queryOptions({
    queryKey: dossierKeys.medical(employeeId),
    queryFn: ({ signal }) =>
      api.get<MedicalNoteListResponse>(`${base(employeeId)}/medical-notes`, signal),
  });

export const dossierTagsQuery = (employeeId: string) =>
  queryOptions({
    queryKey: dossierKeys.tags(employeeId),
    queryFn: ({ signal }) => api.get<DossierTagsResponse>(`${base(employeeId)}/tags`, signal),
  });

/** Sets or removes a dossier tag (dossier.tags); the answer is the dossier's tags after it. */
export function useSetDossierTag(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ tag, present }: { tag: DossierTag; present: boolean }) => {
      const url = `${base(employeeId)}/tags/${encodeURIComponent(tag)}`;
      return present ? api.put<DossierTagsResponse>(url) : api.delete<DossierTagsResponse>(url);
    },
    onSuccess: (answer) => queryClient.setQueryData(dossierKeys.tags(employeeId), answer),
  });
}

/** Where the browser downloads a document: the server answers with an attachment. */
export function documentContentUrl(employeeId: string, documentId: string): string {
  return `${base(employeeId)}/documents/${encodeURIComponent(documentId)}/content`;
}

export function useAddNote(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: NewNote) => api.post<Note>(`${base(employeeId)}/notes`, note),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.notes(employeeId) }),
  });
}

export function useWithdrawDocument(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ documentId, reason }: { documentId: string; reason: string }) =>
      api.post<DossierDocument>(
        `${base(employeeId)}/documents/${encodeURIComponent(documentId)}/withdraw`,
        { reason },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.documents(employeeId) }),
  });
}

export function useAddMedicalNote(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api.post<MedicalNote>(`${base(employeeId)}/medical-notes`, { text }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.medical(employeeId) }),
  });
}

export type UploadInput = {
  file: File;
  category: DocumentCategory;
  caseId: string | null;
  /** 0–100 while the bytes go out. */
  onProgress: (percent: number) => void;
};

/**
 * Sends one file as multipart/form-data. XMLHttpRequest rather than fetch: only it reports
 * upload progress. Same headers as `apiRequest` (language, the CSRF header); the fields go
 * before the file, as the server reads them.
 */
function uploadDocument(employeeId: string, input: UploadInput): Promise<DossierDocument> {
  const form = new FormData();
  form.append('category', input.category);
  if (input.caseId) form.append('caseId', input.caseId);
  form.append('file', input.file, input.file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${base(employeeId)}/documents`);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', currentLocale());
    request.setRequestHeader('X-Requested-With', 'fetch');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) input.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () =>
      reject(new ApiError(0, { code: 'network', message: i18n.t('errors.network') }));
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as DossierDocument);
        return;
      }
      const parsed = errorResponseSchema.safeParse(body);
      reject(
        new ApiError(
          request.status,
          parsed.success
            ? parsed.data.error
            : { code: 'internal', message: i18n.t('errors.internal') },
        ),
      );
    };
    request.send(form);
  });
}

export function useUploadDocument(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) => uploadDocument(employeeId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.documents(employeeId) }),
  });
}

export const functionalAdviceQuery = (employeeId: string) =>
  queryOptions({
    queryKey: [...dossierKeys.notes(employeeId), 'advice'] as const,
    queryFn: ({ signal }) =>
      api.get<FunctionalAdviceListResponse>(`${base(employeeId)}/functional-advice`, signal),
  });

export const feedbackQuery = (employeeId: string) =>
  queryOptions({
    queryKey: [...dossierKeys.notes(employeeId), 'feedback'] as const,
    queryFn: ({ signal }) => api.get<FeedbackListResponse>(`${base(employeeId)}/feedback`, signal),
  });

export function useAddFunctionalAdvice(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (advice: NewFunctionalAdvice) =>
      api.post<FunctionalAdvice>(`${base(employeeId)}/functional-advice`, advice),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: functionalAdviceQuery(employeeId).queryKey }),
  });
}

export function useAddFeedback(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedback: NewFeedback) =>
      api.post<Feedback>(`${base(employeeId)}/feedback`, feedback),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: feedbackQuery(employeeId).queryKey }),
  });
}
