import { Pagination, type PaginationProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const controlLabels = {
  first: 'employees.search.page.first',
  last: 'employees.search.page.last',
  next: 'employees.search.page.next',
  previous: 'employees.search.page.previous',
} as const;

/**
 * The pages of a list, every button named: Mantine's arrows have no text (axe: button-name) and
 * a bare page number does not say what it is to a screen reader.
 */
export function ListPagination(props: PaginationProps) {
  const { t } = useTranslation();
  return (
    <Pagination
      getControlProps={(control) => ({ 'aria-label': t(controlLabels[control]) })}
      getItemProps={(page) => ({ 'aria-label': t('employees.search.page.number', { page }) })}
      {...props}
    />
  );
}
