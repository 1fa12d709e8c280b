/** Every word the pane shows exists in French and English (a missing one would show as its key). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogKeys } from '../../shared/app/i18n';
import { createPaneTranslate, outlookKeys, paneLanguage } from '../../outlook-addin/taskpane/strings';
import { CHASE_STAGES } from '../../shared/core/ladder/stages';
import { CALL_OUTCOMES, CORRECTABLE_FIELDS } from '../../shared/core/schedule/events';

const ADDIN = join(import.meta.dirname, '..', '..', 'outlook-addin');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('the pane’s strings', () => {
  it('has the same Outlook keys in French and English', () => {
    expect(outlookKeys('en').sort()).toEqual(outlookKeys('fr').sort());
  });

  it('knows every literal key the add-in’s code asks for, in both languages', () => {
    const code = sources(ADDIN).join('\n');
    const keys = [...new Set([...code.matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]!))];
    expect(keys.length).toBeGreaterThan(40);
    for (const language of ['fr', 'en'] as const) {
      const known = new Set([...outlookKeys(language), ...catalogKeys(language)]);
      expect(keys.filter((k) => !known.has(k)), language).toEqual([]);
    }
  });

  it('knows every key built from a value: statuses, stages, call outcomes, fields, filters, buckets', () => {
    const built = [
      ...['open', 'paid', 'promised', 'disputed'].map((s) => `status_${s}`),
      ...CHASE_STAGES.map((s) => `stage_${s}`),
      ...CALL_OUTCOMES.map((o) => `outcome_${o}`),
      ...CORRECTABLE_FIELDS.map((f) => `field_${f}`),
      ...['all', 'open', 'overdue', 'promised', 'disputed', 'paid'].map((f) => `filter_${f}`),
      ...['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90'].map((b) => `bucket_${b}`),
      ...['companyName', 'address', 'email', 'phone', 'siren', 'iban', 'signatoryName', 'signatoryTitle', 'jurisdiction', 'language', 'penaltyRate'].map((p) => `p_${p}`),
    ];
    for (const language of ['fr', 'en'] as const) {
      // The extension's catalogs write "stage_pre_due" (chrome.i18n's rule); the translation takes both spellings.
      const known = new Set([...outlookKeys(language), ...catalogKeys(language)]);
      expect(built.filter((k) => !known.has(k) && !known.has(k.replace(/-/g, '_'))), language).toEqual([]);
      const t = createPaneTranslate(language) as (key: string) => string;
      expect(built.filter((k) => t(k) === k), language).toEqual([]);
    }
  });

  it('substitutes, and follows Outlook’s display language', () => {
    expect(createPaneTranslate('fr')('infoNext', 'Relance ferme', '04/12')).toBe('Relance ferme prévue le 04/12');
    expect(createPaneTranslate('en')('infoNext', 'Firm reminder', '4 Dec 2026')).toBe('Firm reminder planned on 4 Dec 2026');
    expect(createPaneTranslate('en')('markPaid')).toBe(createPaneTranslate('en')('markPaid'));
    expect(paneLanguage('fr-CA')).toBe('fr');
    expect(paneLanguage('en-GB')).toBe('en');
    expect(paneLanguage('de-DE')).toBe('en');
    expect(paneLanguage('en-US', 'fr')).toBe('fr');
  });
});
