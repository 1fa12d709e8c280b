/**
 * The drafts of each stage of the chase, one tab per stage, the proposed one first selected: subject,
 * a preview of the HTML (in a sandboxed frame: no script, no network), the attachment it re-attaches and,
 * for a formal notice, the mentions the law checker finds missing. The primary button is the view's:
 * "Ouvrir la réponse" on a read message, "Insérer dans le message" in compose.
 */
import { useState } from 'react';
import { Button, Caption1, Subtitle2, Tab, TabList, Text } from '@fluentui/react-components';
import type { ChaseStage } from '../../shared/core/ladder/stages';
import type { DraftView } from '../../shared/app/messages';
import type { PaneTranslate } from './strings';
import { NoticeBar, useStyles } from './ui';

/** The preview frame may show images of the draft itself, nothing else: no scripts, forms or remote loads. */
const PREVIEW_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

export function previewDocument(html: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}"><style>body{font:14px/1.45 'Segoe UI',system-ui,sans-serif;margin:12px;color:#242424}</style></head><body>${html}</body></html>`;
}

interface Props {
  drafts: DraftView[];
  initial: ChaseStage;
  t: PaneTranslate;
  actionLabel: string;
  busy: boolean;
  onAction(draft: DraftView): void;
}

export function DraftsPanel({ drafts, initial, t, actionLabel, busy, onAction }: Props) {
  const s = useStyles();
  const [stage, setStage] = useState<ChaseStage>(initial);
  const draft = drafts.find((d) => d.stage === stage) ?? drafts[0];
  if (!draft) return null;
  return (
    <section className={s.section} data-testid="drafts">
      <Subtitle2>{t('drafts')}</Subtitle2>
      <TabList size="small" selectedValue={draft.stage} onTabSelect={(_, d) => setStage(d.value as ChaseStage)}>
        {drafts.map((d) => (
          <Tab key={d.stage} value={d.stage} data-stage={d.stage}>
            {t(`stage_${d.stage}`)}
          </Tab>
        ))}
      </TabList>
      <Text weight="semibold" data-testid="draft-subject">
        {draft.subject}
      </Text>
      <Caption1 data-testid="draft-recipients">
        {[...draft.to, ...draft.cc.map((c) => `cc ${c}`)].join(', ')}
      </Caption1>
      <iframe className={s.preview} title={t('preview')} sandbox="" srcDoc={previewDocument(draft.html)} data-testid="draft-preview" />
      <Caption1 data-testid="draft-attachments">
        {draft.attachments.length ? t(draft.attachments.length > 1 ? 'attachedFiles' : 'attachedFile', draft.attachments.map((a) => a.filename).join(', ')) : t('noAttachment')}
      </Caption1>
      {draft.missingMentions.length > 0 && <NoticeBar notice={{ intent: 'warning', text: t('formalMissing', draft.missingMentions.join(', ')) }} testId="missing-mentions" />}
      {draft.warnings.map((w) => (
        <NoticeBar key={w} notice={{ intent: 'warning', text: w }} testId="draft-warning" />
      ))}
      <div className={s.row}>
        <Button appearance="primary" disabled={busy} onClick={() => onAction(draft)} data-testid="draft-action" data-stage={draft.stage}>
          {actionLabel}
        </Button>
      </div>
    </section>
  );
}
