/** The compose tool: switches a reminder draft's stage, tone and language in place. */
import { useState } from 'react';
import { CHASE_STAGES, DRAFT_LANGUAGES, type ChaseStage, type DraftLanguage } from '../../shared/core/ladder/stages';
import type { DraftView, Tone } from '../../shared/app/messages';
import type { MessageKey, Translate } from '../../shared/app/i18n';

export interface DraftSwitcherProps {
  draft: DraftView;
  t: Translate;
  onApply(choice: { stage: ChaseStage; tone: Tone; language: DraftLanguage }): Promise<DraftView>;
  onClose?(): void;
}

export function DraftSwitcher({ draft, t, onApply, onClose }: DraftSwitcherProps) {
  const [stage, setStage] = useState<ChaseStage>(draft.stage);
  const [tone, setTone] = useState<Tone>(draft.tone);
  const [language, setLanguage] = useState<DraftLanguage>(draft.language);
  const [missing, setMissing] = useState<string[]>(draft.missingMentions);
  const [error, setError] = useState<string | null>(null);
  return (
    <form className="rl-switcher" onSubmit={(e) => {
      e.preventDefault();
      onApply({ stage, tone, language }).then((d) => { setMissing(d.missingMentions); setError(null); onClose?.(); }, (err: unknown) => setError(String(err instanceof Error ? err.message : err)));
    }}>
      <label>{t('stage')} <select name="stage" value={stage} onChange={(e) => setStage(e.target.value as ChaseStage)}>
        {CHASE_STAGES.map((s) => <option key={s} value={s}>{t(`stage_${s}` as MessageKey)}</option>)}
      </select></label>
      <label>{t('tone')} <select name="tone" value={tone} onChange={(e) => setTone(e.target.value as Tone)}>
        {(['cordial', 'firmer'] as const).map((s) => <option key={s} value={s}>{t(`tone_${s}`)}</option>)}
      </select></label>
      <label>{t('language')} <select name="language" value={language} onChange={(e) => setLanguage(e.target.value as DraftLanguage)}>
        {DRAFT_LANGUAGES.map((s) => <option key={s} value={s}>{s.toUpperCase()}</option>)}
      </select></label>
      <button type="submit" className="rl-primary">{t('apply')}</button>
      {missing.length > 0 && <p className="rl-warning">{t('missingMentions', missing.join(', '))}</p>}
      {error && <p className="rl-error">{t('error', error)}</p>}
    </form>
  );
}
