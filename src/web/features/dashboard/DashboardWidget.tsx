import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';

export interface DashboardWidgetProps {
  title: string;
  children: ReactNode;
}

/** One slot on the start page: a card with a heading, labelled for screen readers. */
export function DashboardWidget({ title, children }: DashboardWidgetProps) {
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId} withBorder radius="md" padding="lg">
      <Card.Section withBorder inheritPadding py="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
      </Card.Section>
      {children}
    </Card>
  );
}
