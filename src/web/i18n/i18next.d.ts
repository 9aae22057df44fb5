import 'i18next';
import type { nl } from '../../contracts/i18n/nl/index.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
