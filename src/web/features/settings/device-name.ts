import Bowser from 'bowser';
import type { TFunction } from 'i18next';

/**
 * A session's device as people name it, "Chrome op Windows" / "Chrome on Windows", read from
 * its user agent by bowser (MIT); what bowser does not recognise is an unknown device.
 */
export function deviceName(userAgent: string | null, t: TFunction): string {
  let browser = '';
  let os = '';
  if (userAgent?.trim()) {
    const parsed = Bowser.parse(userAgent);
    browser = parsed.browser.name ?? '';
    os = parsed.os.name ?? '';
  }
  if (browser && os) return t('settings.security.deviceName', { browser, os });
  return browser || os || t('settings.security.unknownDevice');
}
