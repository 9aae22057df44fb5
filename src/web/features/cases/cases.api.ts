import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CaseFlag,
  CaseList,
  CaseView,
  changePercentageRequestSchema,
  correctCaseRequestSchema,
  correctPregnancyRequestSchema,
  CurrentAbsence,
  endCaseRequestSchema,
  endPregnancyRequestSchema,
  pregnancyPreviewRequestSchema,
  pregnancyPreviewResponseSchema,
  recordBirthRequestSchema,
  recoveryRequestSchema,
  ReportSickRequest,
  reportPregnancyRequestSchema,
  SickReportPreview,
} from '../../../contracts/cases.js';
import type { SickTodayQuery, SickTodayResponse } from '../../../contracts/sick-today.js';
import { api } from '../../lib/api.js';

const employeeBase = (employeeId: string) => `/api/employees/${encodeURIComponent(employeeId)}`;
const caseBase = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const caseKeys = {
  all: ['cases'] as const,
  history: (employeeId: string) => ['cases', 'history', employeeId] as const,
  open: (employeeId: string) => ['cases', 'open', employeeId] as const,
  currentAbsence: ['cases', 'current-absence'] as const,
};

/** Every case of the employee (cases.read). */
export const caseHistoryQuery = (employeeId: string) =>
  queryOptions({
    queryKey: caseKeys.history(employeeId),
    queryFn: ({ signal }) => api.get<CaseList>(`${employeeBase(employeeId)}/cases`, signal),
  });

/** The open cases without notes (cases.report): enough to report a change or recovery. */
export const openCasesQuery = (employeeId: string) =>
  queryOptions({
    queryKey: caseKeys.open(employeeId),
    queryFn: ({ signal }) => api.get<CaseList>(`${employeeBase(employeeId)}/cases/open`, signal),
  });

export const currentAbsenceQuery = queryOptions({
  queryKey: caseKeys.currentAbsence,
  queryFn: ({ signal }) => api.get<CurrentAbsence>('/api/cases/current-absence', signal),
});

export function previewSickReport(
  employeeId: string,
  body: { firstSickDay: string; hoursNotWorked?: number },
): Promise<SickReportPreview> {
  return api.post<SickReportPreview>(`${employeeBase(employeeId)}/cases/preview`, body);
}

export function previewPregnancy(
  body: z.input<typeof pregnancyPreviewRequestSchema>,
): Promise<z.infer<typeof pregnancyPreviewResponseSchema>> {
  return api.post('/api/cases/pregnancy-preview', body);
}

/** A mutation that answers with a case and refreshes every case query. */
function useCaseMutation<Input>(send: (input: Input) => Promise<CaseView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export const useReportSick = (employeeId: string) =>
  useCaseMutation((body: ReportSickRequest) =>
    api.post<CaseView>(`${employeeBase(employeeId)}/cases`, body),
  );
export const useReportPregnancy = (employeeId: string) =>
  useCaseMutation((body: z.input<typeof reportPregnancyRequestSchema>) =>
    api.post<CaseView>(`${employeeBase(employeeId)}/pregnancies`, body),
  );
export const useChangePercentage = (caseId: string) =>
  useCaseMutation((body: z.input<typeof changePercentageRequestSchema>) =>
    api.post<CaseView>(`${caseBase(caseId)}/percentage`, body),
  );
export const useRecovery = (caseId: string) =>
  useCaseMutation((body: z.input<typeof recoveryRequestSchema>) =>
    api.post<CaseView>(`${caseBase(caseId)}/recovery`, body),
  );
export const useEndCase = (caseId: string) =>
  useCaseMutation((body: z.input<typeof endCaseRequestSchema>) =>
    api.post<CaseView>(`${caseBase(caseId)}/end`, body),
  );
export const useCorrectCase = (caseId: string) =>
  useCaseMutation((body: z.input<typeof correctCaseRequestSchema>) =>
    api.post<CaseView>(`${caseBase(caseId)}/correction`, body),
  );
export const useCorrectPregnancy = (caseId: string) =>
  useCaseMutation((body: z.input<typeof correctPregnancyRequestSchema>) =>
    api.post<CaseView>(`${caseBase(caseId)}/pregnancy/correction`, body),
  );
export const useRecordBirth = (caseId: string) =>
  useCaseMutation((body: z.input<typeof recordBirthRequestSchema>) =>
    api.post<CaseView>(`${caseBase(caseId)}/pregnancy/birth`, body),
  );
export const useEndPregnancy = (caseId: string) =>
  useCaseMutation((body: z.input<typeof endPregnancyRequestSchema>) =>
    api.post<CaseView>(`${caseBase(caseId)}/pregnancy/end`, body),
  );
export const useSetFlag = (caseId: string) =>
  useCaseMutation(({ flag, ...body }: { flag: CaseFlag; setOn: string; value?: string }) =>
    api.put<CaseView>(`${caseBase(caseId)}/flags/${flag}`, body),
  );
export const useClearFlag = (caseId: string) =>
  useCaseMutation((flag: CaseFlag) => api.delete<CaseView>(`${caseBase(caseId)}/flags/${flag}`));

/** Actueel verzuim: one page of who is sick today (cases.current). */
export const sickTodayQuery = (query: SickTodayQuery) =>
  queryOptions({
    queryKey: ['cases', 'sick-today', query] as const,
    queryFn: ({ signal }) =>
      api.get<SickTodayResponse>(`/api/cases/sick-today?${sickTodaySearch(query)}`, signal),
    placeholderData: (previous) => previous,
  });

/** The query string of the list and of its export (`page` and `pageSize` only for the list). */
export function sickTodaySearch(query: SickTodayQuery): string {
  const entries = Object.entries(query).filter(([, value]) => value !== undefined);
  return new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString();
}
