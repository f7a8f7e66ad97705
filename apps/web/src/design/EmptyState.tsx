import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** An invitation, never a reproach: "No check-ins yet. How are you today?" */
  children?: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3;
}

export function EmptyState({ title, children, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="k-empty">
      <Heading className="k-empty__title">{title}</Heading>
      {children ? <div className="k-muted">{children}</div> : null}
      {action ? <div className="k-row k-empty__actions">{action}</div> : null}
    </section>
  );
}
