import { NavLink } from '@mantine/core';
import type { NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { LinkComponent } from '@tanstack/react-router';
import { forwardRef } from 'react';
import type { AnchorHTMLAttributes } from 'react';

type NavLinkAnchorProps = NavLinkProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof NavLinkProps>;

const NavLinkAnchor = forwardRef<HTMLAnchorElement, NavLinkAnchorProps>((props, ref) => (
  // The router marks the current page with `data-status="active"` and `aria-current="page"`.
  <NavLink ref={ref} component="a" active={props['aria-current'] === 'page'} {...props} />
));
NavLinkAnchor.displayName = 'NavLinkAnchor';

const CreatedNavLink = createLink(NavLinkAnchor);

/** Mantine's NavLink driven by TanStack Router: typed `to`, active state and `aria-current`. */
export const RouterNavLink: LinkComponent<typeof NavLinkAnchor> = (props) => (
  <CreatedNavLink preload="intent" {...props} />
);
