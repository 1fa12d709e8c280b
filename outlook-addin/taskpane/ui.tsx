/** Small pieces the pane's views share: styles, error and notice bars. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, boxSizing: 'border-box' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  preview: { width: '100%', minHeight: '220px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%' },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
});

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  text: string;
}

export function NoticeBar({ notice, action, testId }: { notice: Notice; action?: ReactNode; testId?: string }) {
  return (
    <MessageBar intent={notice.intent} data-testid={testId ?? `notice-${notice.intent}`} role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
}

export function RetryBar({ text, label, onRetry }: { text: string; label: string; onRetry(): void }) {
  return <NoticeBar notice={{ intent: 'error', text }} action={<Button onClick={onRetry}>{label}</Button>} testId="load-error" />;
}

/** Runs an action, turning any failure into a message for the pane. */
export async function attempt<T>(run: () => Promise<T>, onError: (message: string) => void, describe: (error: unknown) => string): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    onError(describe(error));
    return undefined;
  }
}
