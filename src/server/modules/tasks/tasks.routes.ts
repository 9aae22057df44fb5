import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  assignTaskRequestSchema,
  cancelTaskRequestSchema,
  doneTaskRequestSchema,
  employeeTaskParamsSchema,
  employeeTasksResponseSchema,
  importantTaskRequestSchema,
  postponeTaskRequestSchema,
  taskListQuerySchema,
  taskListResponseSchema,
  taskParamsSchema,
  taskSchema,
  taskAssigneesResponseSchema,
  taskSummarySchema,
} from '../../../contracts/tasks.js';
import type { TasksUseCases } from './tasks.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const work = { permission: 'tasks.work' } as const;
const tags = ['tasks'];

/** Taken (SPEC.md §2.7). Every route checks role, employer and the employee's scope. */
export async function tasksRoutes(
  app: FastifyInstance,
  options: { tasks: TasksUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { tasks } = options;

  routes.get(
    '/api/employees/:employeeId/tasks',
    {
      config: work,
      schema: {
        tags,
        summary:
          "The employee's tasks and their cases: legal cases with today's sick-day and week, pregnancies (audited)",
        params: employeeTaskParamsSchema,
        response: { 200: employeeTasksResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('tasks.work');
      return tasks.employeeTasks(actor, request.params.employeeId, request.locale);
    },
  );

  routes.get(
    '/api/tasks',
    {
      config: work,
      schema: {
        tags,
        summary: 'Taken: the tasks of the employees in scope, by due date, filtered and paged',
        querystring: taskListQuerySchema,
        response: { 200: taskListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('tasks.work');
      return tasks.listTasks(actor, request.query, request.locale);
    },
  );

  routes.get(
    '/api/tasks/summary',
    {
      config: work,
      schema: {
        tags,
        summary: 'The Taken widget: late, due within 7 days, and later',
        response: { 200: taskSummarySchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('tasks.work');
      return tasks.taskSummary(actor, request.locale);
    },
  );

  routes.post(
    '/api/tasks/:taskId/done',
    {
      config: work,
      schema: {
        tags,
        summary: 'Marks the task done on a date, with a note (audited)',
        params: taskParamsSchema,
        body: doneTaskRequestSchema,
        response: { 200: taskSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('tasks.work');
      return tasks.markTaskDone(actor, request.params.taskId, request.body, request.locale);
    },
  );

  routes.post(
    '/api/tasks/:taskId/postpone',
    {
      config: work,
      schema: {
        tags,
        summary: 'Postpones the task to a later date with a reason (audited)',
        params: taskParamsSchema,
        body: postponeTaskRequestSchema,
        response: { 200: taskSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('tasks.work');
      return tasks.postponeTask(actor, request.params.taskId, request.body, request.locale);
    },
  );

  routes.post(
    '/api/tasks/:taskId/cancel',
    {
      config: work,
      schema: {
        tags,
        summary: 'Laten vervallen: cancels the task with a reason (audited)',
        params: taskParamsSchema,
        body: cancelTaskRequestSchema,
        response: { 200: taskSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('tasks.work');
      return tasks.cancelTask(actor, request.params.taskId, request.body, request.locale);
    },
  );

  routes.put(
    '/api/tasks/:taskId/important',
    {
      config: work,
      schema: {
        tags,
        summary: 'Marks the task important, or no longer (audited)',
        params: taskParamsSchema,
        body: importantTaskRequestSchema,
        response: { 200: taskSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('tasks.work');
      return tasks.markTaskImportant(actor, request.params.taskId, request.body, request.locale);
    },
  );

  routes.get(
    '/api/tasks/:taskId/assignees',
    {
      config: work,
      schema: {
        tags,
        summary: 'Whom the task may be given to: users who work on tasks and see the employee',
        params: taskParamsSchema,
        response: { 200: taskAssigneesResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('tasks.work');
      return tasks.taskAssignees(actor, request.params.taskId, request.locale);
    },
  );

  routes.put(
    '/api/tasks/:taskId/assignee',
    {
      config: work,
      schema: {
        tags,
        summary: 'Gives the task to a user who may see the employee, or to nobody (audited)',
        params: taskParamsSchema,
        body: assignTaskRequestSchema,
        response: { 200: taskSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('tasks.work');
      return tasks.assignTask(actor, request.params.taskId, request.body, request.locale);
    },
  );
}
