import '../../../shared/app/zod-jitless';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../ui/Popup';
import { createTranslate } from '../../../shared/app/i18n';
import { extensionClient } from '../../ui/extension-client';
import '../../ui/relance.css';

const send = extensionClient();
const { language } = await send('settings.get', {});
createRoot(document.getElementById('root')!).render(
  <Popup send={send} t={createTranslate(language)} language={language} dashboardUrl={browser.runtime.getURL('/options.html')} />,
);
