/** What the twenty-fifth session's tenth batch of unseen mailboxes (NXW–NYY) showed, each rule on its own. */
import { describe, expect, it } from 'vitest';
import { extractTextFields } from '../../../shared/core/extract/fields/text-fields';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { mail } from '../status/mail';

const reply = (text: string, date: string) => classifyClientReply(mail({ text, date }));

describe('client replies', () => {
  it('« Faut refaire la facture à mon nom … Je la paye pas comme ça » disputes (no « ne »)', () => {
    expect(reply("Bonjour Julien,\nLe quad n'est pas au GAEC, il est à mon nom perso. Faut refaire la facture à mon nom, le comptable du GAEC la refusera. Je la paye pas comme ça.\nLaurent", '2026-11-12').kind).toBe('dispute');
  });

  it('« Je vous ai mis les trois chèques dans la boîte aux lettres ce matin » pays', () => {
    expect(reply("Bonjour,\nMerci encore pour le travail, le jardin est méconnaissable.\nJe vous ai mis les trois chèques dans la boîte aux lettres ce matin (n° 4471203, 4471204, 4471205) avec les dates d'encaissement au dos : 15 juin, 15 juillet, 15 août.", '2026-06-13').kind).toBe('paid');
  });

  it('« no podemos contabilizar esta factura … emita una nueva a nombre correcto » disputes', () => {
    expect(reply('Buenos días Claire,\nno podemos contabilizar esta factura: el contrato lo firmó Grupo Faro Azul S.A., no Ediciones Faro Azul S.L. Por favor anúlela y emita una nueva a nombre correcto.', '2026-11-26').kind).toBe('dispute');
  });

  it("« le prélèvement est parti sur l'ancien compte. Je vous fais le virement vendredi prochain » promises: nothing was paid to us", () => {
    expect(reply("Bonjour Sophie,\nOui désolée, on a changé de banque en octobre et le prélèvement est parti sur l'ancien compte. Je vous fais le virement vendredi prochain, en même temps que nos autres fournisseurs.", '2026-11-13')).toMatchObject({ kind: 'promise', promisedDate: '2026-11-20' });
  });
});

describe('invoice fields', () => {
  it('« la factura del anticipo … Anticipo a cuenta de derechos: 3.450,00 € » bills the advance', () => {
    expect(extractTextFields('Estimado Javier:\nComo acordamos, le envío la factura del anticipo por «Atlas de las mareas».\nFactura ALP-2026-081 — fecha 24 de noviembre de 2026\nAnticipo a cuenta de derechos: 3.450,00 €\nVencimiento: 60 días', 'DMY').amount?.value.value).toBe(3450);
  });
});
