import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ChangeProtocolTaskRequest,
  ProtocolTaskView,
  ProtocolView,
  TaskTrigger,
  Responsible,
} from '../../../contracts/protocols.js';
import { api } from '../../lib/api.js';

export const protocolsQuery = queryOptions({
  queryKey: ['protocols'],
  queryFn: ({ signal }) => api.get<{ items: ProtocolView[] }>('/api/protocols', signal),
});

const protocolUrl = (id: string) => `/api/protocols/${encodeURIComponent(id)}`;

/** One mutation per protocol edit; each answers the next version and refreshes the list. */
export function useProtocolMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['protocols'] });
  return {
    change: useMutation({
      mutationFn: ({
        id,
        task,
        body,
      }: {
        id: string;
        task: string;
        body: ChangeProtocolTaskRequest;
      }) => api.put<ProtocolView>(`${protocolUrl(id)}/tasks/${encodeURIComponent(task)}`, body),
      onSuccess,
    }),
    add: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ProtocolTaskView }) =>
        api.post<ProtocolView>(`${protocolUrl(id)}/tasks`, body),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: ({ id, task }: { id: string; task: string }) =>
        api.delete<ProtocolView>(`${protocolUrl(id)}/tasks/${encodeURIComponent(task)}`),
      onSuccess,
    }),
    variant: useMutation({
      mutationFn: ({ id, employerId }: { id: string; employerId: string }) =>
        api.post<ProtocolView>(`${protocolUrl(id)}/variants`, { employerId }),
      onSuccess,
    }),
  };
}

export const triggerLabelKeys = {
  case_start: 'protocols.triggers.case_start',
  sick_day: 'protocols.triggers.sick_day',
  first_working_day_after_sick_day: 'protocols.triggers.first_working_day_after_sick_day',
  calendar_days: 'protocols.triggers.calendar_days',
  expected_delivery_date: 'protocols.triggers.expected_delivery_date',
  end_of_employment: 'protocols.triggers.end_of_employment',
} as const satisfies Record<TaskTrigger, string>;

export const responsibleLabelKeys = {
  employer: 'protocols.responsible.employer',
  employee: 'protocols.responsible.employee',
  bedrijfsarts: 'protocols.responsible.bedrijfsarts',
  casemanager: 'protocols.responsible.casemanager',
} as const satisfies Record<Responsible, string>;
