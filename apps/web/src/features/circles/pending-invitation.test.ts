import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingInvitation } from './pending-invitation';

describe('pendingInvitation', () => {
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it('keeps the invitation page a signed-out person opened, until they answer it', () => {
    pendingInvitation.remember('/circles/join?token=abc');
    expect(pendingInvitation.path()).toBe('/circles/join?token=abc');
    pendingInvitation.forget();
    expect(pendingInvitation.path()).toBeNull();
  });

  it('lets go of it after two weeks', () => {
    vi.useFakeTimers();
    pendingInvitation.remember('/circles/join?token=abc');
    vi.advanceTimersByTime(15 * 24 * 60 * 60 * 1000);
    expect(pendingInvitation.path()).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('only ever leads back to an invitation page', () => {
    localStorage.setItem('kindred.pendingInvitation', JSON.stringify({ path: 'https://elsewhere.example/', until: Date.now() + 1000 }));
    expect(pendingInvitation.path()).toBeNull();
    localStorage.setItem('kindred.pendingInvitation', '{not json');
    expect(pendingInvitation.path()).toBeNull();
  });
});
