/**
 * The function file of the ribbon commands. "Relance express" runs here, without a pane: it reads the open
 * message, opens the reply with the next stage's reminder and the invoice attached, records the follow-up and
 * reports in the message's info bar. Office waits for `event.completed()`, called whatever happens.
 */
import '../../shared/app/zod-jitless';
import { createOfficeHost } from '../office/outlook-host';
import { describeOfficeError } from '../office/office-async';
import { INFO_BAR_KEY, meOf, quickRelance } from '../flow';
import { browserPdfReader } from '../pdf-reader';
import { createMailCache } from '../mail-cache';
import { createRelanceClient } from '../service';
import { createPaneTranslate, paneLanguage } from '../taskpane/strings';
import { localIsoDate } from '../../shared/core/schedule/business-days';

async function onQuickRelance(event: Office.AddinCommands.Event): Promise<void> {
  const host = createOfficeHost(Office);
  const language = paneLanguage(host.displayLanguage());
  const t = createPaneTranslate(language);
  try {
    const client = await createRelanceClient({ defaults: { me: meOf({ me: [] }, host.userAddress()), language } });
    await quickRelance({ host, client, pdfReader: browserPdfReader(), mailCache: createMailCache() }, localIsoDate(new Date()), t, language);
  } catch (error) {
    await host.notify(INFO_BAR_KEY, t('officeError', describeOfficeError(error, language)), 'error').catch(() => undefined);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Clients that read the unified manifest or a recent XML one look the function up by name…
  Office.actions?.associate('quickRelance', onQuickRelance);
});
// …older ones call a global function named as in <FunctionName>.
(globalThis as { quickRelance?: typeof onQuickRelance }).quickRelance = onQuickRelance;
