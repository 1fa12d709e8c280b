/** What the twenty-sixth session's fifth batch of unseen mailboxes (PVW–PWY) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { scanMessages } from '../../../shared/core/scan/scan-mailbox';
import { message } from '../../fixtures/mail';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it("« Wir werden den Betrag von CHF 18'450.00 bis Ende nächster Woche überweisen » promises (nine words between)", () => {
    expect(reply("Sehr geehrte Frau Roux\nEntschuldigen Sie bitte die Verzögerung, die Rechnung ist bei uns in der Buchhaltung liegen geblieben. Wir werden den Betrag von CHF 18'450.00 bis Ende nächster Woche überweisen.", '2026-12-03')).toMatchObject({ kind: 'promise', promisedDate: '2026-12-11' });
  });

  it('"I\'ll have Jenna wire it next Friday" promises', () => {
    expect(reply("Camille – sorry, this fell through the cracks with Thanksgiving. I'll have Jenna wire it next Friday.", '2026-12-02').kind).toBe('promise');
  });
});

describe('invoice fields', () => {
  it('« Complément dû : 4 318,60 € » is the amount due, not the expenses above it', () => {
    expect(extractTextFields('Facture n° CYA-2026-079 – 20 août 2026\nRelevé APA S/Y Mistral, 8–15 août 2026\nProvision APA versée : 14 625,00 €\nDépenses réelles (détail et justificatifs joints par le capitaine) : 18 943,60 €\nComplément dû : 4 318,60 €\nPayable à réception.', 'DMY').amount?.value.value).toBe(4318.6);
  });
});

describe('not invoices', () => {
  it('a note to the accountant about the books (« pour la saisie … on la passe en créance douteuse ? ») sends no invoice', async () => {
    const note = message({ from: 'Julien <julien@solaire.example>', to: ['Cabinet Roca <sandrine@roca.example>'], subject: 'Factures novembre + question F-2026-0398', text: 'Bonjour Sandrine,\n\nJe te transmets les factures de novembre pour la saisie. Pour la F-2026-0398 (SCI Rivesaltes, 2 940 €), toujours impayée : on la passe en créance douteuse à la clôture ou on attend ?\n\nBonne journée,\nJulien', date: '2026-12-04T17:30:00+01:00' });
    expect(await scanMessages([note], { me: ['solaire.example'], today: '2026-12-07' })).toEqual([]);
  });
});
