import { queryOptions } from '@tanstack/react-query';
import type { Worklist, WorklistFilter } from '../../../contracts/worklist.js';
import { api } from '../../lib/api.js';

export const worklistQuery = (filter: WorklistFilter) =>
  queryOptions({
    queryKey: ['worklist', filter],
    queryFn: ({ signal }) => {
      const query = new URLSearchParams({ show: filter.show, sort: filter.sort });
      if (filter.employerId) query.set('employerId', filter.employerId);
      return api.get<Worklist>(`/api/worklist?${query.toString()}`, signal);
    },
  });
