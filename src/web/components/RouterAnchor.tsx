import { Anchor } from '@mantine/core';
import type { AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { LinkComponent } from '@tanstack/react-router';
import { forwardRef } from 'react';
import type { AnchorHTMLAttributes } from 'react';

type AnchorLinkProps = AnchorProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof AnchorProps>;

const AnchorLink = forwardRef<HTMLAnchorElement, AnchorLinkProps>((props, ref) => (
  <Anchor ref={ref} component="a" {...props} />
));
AnchorLink.displayName = 'AnchorLink';

const CreatedAnchor = createLink(AnchorLink);

/** Mantine's Anchor (a text link) driven by TanStack Router: typed `to`, `params` and `search`. */
export const RouterAnchor: LinkComponent<typeof AnchorLink> = (props) => (
  <CreatedAnchor preload="intent" {...props} />
);
