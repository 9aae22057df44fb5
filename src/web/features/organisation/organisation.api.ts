import { queryOptions } from '@tanstack/react-query';
import type { OrganisationStructure } from '../../../contracts/organisation.js';
import { api } from '../../lib/api.js';

export const organisationStructureQuery = queryOptions({
  queryKey: ['organisation', 'departments'],
  queryFn: ({ signal }) => api.get<OrganisationStructure>('/api/organisation/departments', signal),
});
