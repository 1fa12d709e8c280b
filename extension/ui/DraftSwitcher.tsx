/** The compose tool: switches a reminder draft's stage, tone and language in place (and, grouped, lists what is coming up or not). */
import { useState } from 'react';
import { CHASE_STAGES, DRAFT_LANGUAGES, GROUP_STAGES, type ChaseStage, type DraftLanguage } from '../../shared/core/ladder/stages';
import type { DraftView, GroupDraftView, Tone } from '../../shared/app/messages';
import type { MessageKey, Translate } from '../../shared/app/i18n';

export interface DraftSwitcherProps {
  draft: DraftView | GroupDraftView;
  t: Translate;
  /** A grouped reminder: its stages only, and the choice to list the invoices coming up. */
  grouped?: boolean;
  onApply(choice: { stage: ChaseStage; tone: Tone; language: DraftLanguage; includeUpcoming?: boolean }): Promise<DraftView>;
  onClose?(): void;
}

export function DraftSwitcher({ draft, t, grouped = false, onApply, onClose }: DraftSwitcherProps) {
  const [stage, setStage] = useState<ChaseStage>(draft.stage);
  const [tone, setTone] = useState<Tone>(draft.tone);
  const [language, setLanguage] = useState<DraftLanguage>(draft.language);
  const [includeUpcoming, setIncludeUpcoming] = useState(true);
  const [missing, setMissing] = useState<string[]>(draft.missingMentions);
  const [error, setError] = useState<string | null>(null);
  const stages: readonly ChaseStage[] = grouped ? GROUP_STAGES : CHASE_STAGES;
  return (
    <form className="rl-switcher" data-grouped={grouped} onSubmit={(e) => {
      e.preventDefault();
      onApply({ stage, tone, language, ...(grouped ? { includeUpcoming } : {}) }).then((d) => { setMissing(d.missingMentions); setError(null); onClose?.(); }, (err: unknown) => setError(String(err instanceof Error ? err.message : err)));
    }}>
      {grouped && 'invoices' in draft && <p className="rl-muted" data-testid="group-count">{t('groupDraftOf', draft.invoices.length, draft.invoices.map((i) => i.invoiceNumber).join(', '))}</p>}
      <label>{t('stage')} <select name="stage" value={stage} onChange={(e) => setStage(e.target.value as ChaseStage)}>
        {stages.map((s) => <option key={s} value={s}>{t(`stage_${s}` as MessageKey)}</option>)}
      </select></label>
      <label>{t('tone')} <select name="tone" value={tone} onChange={(e) => setTone(e.target.value as Tone)}>
        {(['cordial', 'firmer'] as const).map((s) => <option key={s} value={s}>{t(`tone_${s}`)}</option>)}
      </select></label>
      <label>{t('language')} <select name="language" value={language} onChange={(e) => setLanguage(e.target.value as DraftLanguage)}>
        {DRAFT_LANGUAGES.map((s) => <option key={s} value={s}>{s.toUpperCase()}</option>)}
      </select></label>
      {grouped && <label className="rl-check"><input type="checkbox" name="includeUpcoming" checked={includeUpcoming} onChange={(e) => setIncludeUpcoming(e.target.checked)} /> {t('groupListUpcoming')}</label>}
      <button type="submit" className="rl-primary">{t('apply')}</button>
      {missing.length > 0 && <p className="rl-warning">{t('missingMentions', missing.join(', '))}</p>}
      {error && <p className="rl-error">{t('error', error)}</p>}
    </form>
  );
}
