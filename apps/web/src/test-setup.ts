import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Pages load lazily, as in the browser; on a busy CI machine the first one can take more than the default second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
