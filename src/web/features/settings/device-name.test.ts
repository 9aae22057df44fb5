import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../contracts/i18n/index.js';
import { deviceName } from './device-name.js';

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: { nl: { translation: catalogues.nl }, en: { translation: catalogues.en } },
  interpolation: { escapeValue: false },
});
const dutch = instance.getFixedT('nl');
const english = instance.getFixedT('en');

const windowsChrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const iphoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe('the device of a session', () => {
  it('names browser and system with the joining word of the language, not the raw user agent', () => {
    expect(deviceName(windowsChrome, dutch)).toBe('Chrome op Windows');
    expect(deviceName(windowsChrome, english)).toBe('Chrome on Windows');
    expect(deviceName(iphoneSafari, dutch)).toBe('Safari op iOS');
    expect(
      deviceName('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', english),
    ).toBe('Firefox on Linux');
  });

  it('calls what it does not recognise an unknown device, in the language', () => {
    for (const userAgent of [null, '', '   ', 'curl/8.5.0', 'Test browser']) {
      expect(deviceName(userAgent, dutch)).toBe('Onbekend apparaat');
      expect(deviceName(userAgent, english)).toBe('Unknown device');
    }
  });
});
