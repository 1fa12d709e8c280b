/** In a reminder's compose window (one invoice's or a grouped one), a tool to switch its stage, tone and language in place. */
import { createRoot } from 'react-dom/client';
import { DraftSwitcher } from '../ui/DraftSwitcher';
import { defineFeature } from './feature';

export default defineFeature({
  name: 'compose-tool',
  start(ctx, signal) {
    const off = ctx.composer.onOpened((opened) => {
      opened.compose.addTool({
        title: ctx.t('composeTool'),
        iconUrl: ctx.asset('icon/32.png'),
        render(el, close) {
          const root = createRoot(el);
          root.render(<DraftSwitcher draft={opened.draft()} t={ctx.t} grouped={opened.mode === 'group'} onApply={(choice) => opened.rebuild(choice)} onClose={close} />);
        },
      });
    });
    signal.addEventListener('abort', off);
  },
});
