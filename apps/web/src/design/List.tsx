import type { ReactNode } from 'react';

export interface ListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Names the list for screen readers when no heading just above does. */
  label?: string;
  /** Shown instead of an empty list. */
  empty?: ReactNode;
}

/** A plain, semantic list of cards (role="list" keeps list semantics where CSS removes bullets). */
export function List<T>({ items, getKey, renderItem, label, empty }: ListProps<T>) {
  if (items.length === 0 && empty) return <>{empty}</>;
  // role="list" because Safari drops list semantics once CSS removes the bullets.
  return (
    <ul className="k-list" role="list" aria-label={label}>
      {items.map((item) => (
        <li key={getKey(item)} className="k-list__item">
          {renderItem(item)}
        </li>
      ))}
    </ul>
  );
}
