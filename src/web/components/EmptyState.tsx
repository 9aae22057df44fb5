import { EmptyState as MantineEmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title?: ReactNode;
  description: ReactNode;
  icon?: ReactNode;
  /** Buttons or links that help the user on. */
  children?: ReactNode;
  size?: 'sm' | 'md';
}

/** The one way to say "nothing here yet": an icon, an optional title and a sentence. */
export function EmptyState({ title, description, icon, children, size = 'md' }: EmptyStateProps) {
  return (
    <MantineEmptyState
      size={size}
      withIndicatorBackground
      icon={icon ?? <IconInbox aria-hidden stroke={1.5} />}
      title={title}
      description={description}
      py={size === 'sm' ? 'md' : 'xl'}
    >
      {children}
    </MantineEmptyState>
  );
}
