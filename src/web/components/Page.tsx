import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/usePageTitle.js';

export interface PageProps {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}

/** A page body: one `<h1>`, an optional intro, the content; also sets the document title. */
export function Page({ title, description, children }: PageProps) {
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description !== undefined && <Text c="dimmed">{description}</Text>}
      </Stack>
      {children}
    </Stack>
  );
}
