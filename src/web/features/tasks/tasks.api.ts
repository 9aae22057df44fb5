import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  EmployeeTasks,
  TaskAssignees,
  TaskList,
  TaskListQuery,
  TaskSummary,
  TaskView,
} from '../../../contracts/tasks.js';
import { api } from '../../lib/api.js';
import { caseKeys } from '../cases/cases.api.js';

// Under the cases key: every change of a case moves its tasks, and the case mutations already
// invalidate `caseKeys.all`.
export const taskKeys = {
  all: [...caseKeys.all, 'tasks'] as const,
  employee: (employeeId: string) => [...caseKeys.all, 'tasks', 'employee', employeeId] as const,
  list: (query: Partial<TaskListQuery>) => [...caseKeys.all, 'tasks', 'list', query] as const,
  summary: [...caseKeys.all, 'tasks', 'summary'] as const,
};

export const employeeTasksQuery = (employeeId: string) =>
  queryOptions({
    queryKey: taskKeys.employee(employeeId),
    queryFn: ({ signal }) =>
      api.get<EmployeeTasks>(`/api/employees/${encodeURIComponent(employeeId)}/tasks`, signal),
  });

export const taskListQuery = (query: Partial<TaskListQuery>) =>
  queryOptions({
    queryKey: taskKeys.list(query),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) {
        if (value !== undefined && value !== '') params.set(key, String(value));
      }
      return api.get<TaskList>(`/api/tasks?${params.toString()}`, signal);
    },
  });

export const taskSummaryQuery = queryOptions({
  queryKey: taskKeys.summary,
  queryFn: ({ signal }) => api.get<TaskSummary>('/api/tasks/summary', signal),
});

export const taskAssigneesQuery = (taskId: string) =>
  queryOptions({
    queryKey: [...taskKeys.all, 'assignees', taskId] as const,
    queryFn: ({ signal }) =>
      api.get<TaskAssignees>(`/api/tasks/${encodeURIComponent(taskId)}/assignees`, signal),
  });

export type TaskAction =
  | { kind: 'done'; doneOn: string; note?: string }
  | { kind: 'postpone'; dueDate: string; reason: string }
  | { kind: 'cancel'; reason: string }
  | { kind: 'important'; important: boolean }
  | { kind: 'assignee'; userId: string | null };

/** Done, postpone, cancel, important or assignee; refreshes every task list. */
export function useTaskAction(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TaskAction) => {
      const path = `/api/tasks/${encodeURIComponent(taskId)}/${action.kind}`;
      const { kind, ...body } = action;
      return kind === 'important' || kind === 'assignee'
        ? api.put<TaskView>(path, body)
        : api.post<TaskView>(path, body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
}
