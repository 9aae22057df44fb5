import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Locale } from '../../../contracts/common.js';
import { localeFromAcceptLanguage, type Translate, translator } from '../i18n/i18n.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language of this request's answers: the user's own setting, else Accept-Language. */
    locale: Locale;
    t: Translate;
  }
}

/** Gives every request its own locale and translate function; auth may override them later. */
export const requestContext = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('locale', 'nl');
    app.decorateRequest('t', null as unknown as Translate);
    app.addHook('onRequest', async (request) => {
      setRequestLocale(request, localeFromAcceptLanguage(request.headers['accept-language']));
    });
  },
  { name: 'request-context' },
);

export function setRequestLocale(request: { locale: Locale; t: Translate }, locale: Locale): void {
  request.locale = locale;
  request.t = translator(locale);
}
