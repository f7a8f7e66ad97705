import type { ReactNode } from 'react';
import { Button as AriaButton, Link as AriaLink, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'crisis';

interface Look {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  fullWidth?: boolean;
}

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'style' | 'isPending'>, Look {
  children: ReactNode;
  /** Busy: the button keeps its place and cannot be pressed twice. */
  isPending?: boolean;
}

function lookAttributes({ variant = 'primary', size = 'normal', fullWidth = false }: Look) {
  return { 'data-variant': variant, 'data-size': size, ...(fullWidth ? { 'data-full-width': '' } : {}) };
}

/**
 * A button. `isPending` disables it and marks it busy rather than using React Aria's own pending
 * state, whose announcement points at the button by id and dangles once the page moves on
 * (axe: role-img-alt), as after accepting an invitation.
 */
export function Button({ variant, size, fullWidth, children, isPending = false, isDisabled, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      isDisabled={isDisabled || isPending}
      aria-busy={isPending || undefined}
      className="k-button"
      {...lookAttributes({ variant, size, fullWidth })}
    >
      {children}
    </AriaButton>
  );
}

export interface ButtonLinkProps extends Look {
  /** An in-app path (client-side navigation) or a tel:/https: address. */
  href: string;
  children: ReactNode;
  'aria-label'?: string;
}

/** Looks like a button, navigates like a link. */
export function ButtonLink({ href, children, variant, size, fullWidth, ...rest }: ButtonLinkProps) {
  return (
    <AriaLink href={href} className="k-button" {...lookAttributes({ variant, size, fullWidth })} {...rest}>
      {children}
    </AriaLink>
  );
}
