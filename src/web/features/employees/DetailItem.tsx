import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value of a dossier section. */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}
