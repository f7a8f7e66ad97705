import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../i18n/i18n';

/** Renders with the real catalogues, in the language asked for. */
export function renderWithI18n(ui: ReactElement, language: Language = 'en'): RenderResult {
  const i18n = createI18n(language);
  const Wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return render(ui, { wrapper: Wrapper });
}
