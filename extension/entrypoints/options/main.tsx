import '../../../shared/app/zod-jitless';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../ui/OptionsApp';
import { extensionClient } from '../../ui/extension-client';
import '../../ui/relance.css';

const send = extensionClient();
const { language } = await send('settings.get', {});
createRoot(document.getElementById('root')!).render(<OptionsApp send={send} language={language} />);
