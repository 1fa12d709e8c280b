/**
 * Clients' replies in each language and what they do to the invoice's status (README conventions): a payment
 * made → paid; a promise → promised with its date (absolute or relative); a dispute → disputed; questions and
 * out-of-office auto-replies change nothing. The company's reminders in the thread are counted.
 */
import { describe, expect, it } from 'vitest';
import { scan } from './scan';
import type { EmlSpec } from './eml';

const me = ['menuiserie-girard.fr'];
const luc = 'Luc Girard <luc@menuiserie-girard.fr>';
const client = 'Paul Garnier <paul@garnier-immo.fr>';

interface Reply {
  from?: string;
  /** ISO with offset. */
  date: string;
  subject?: string;
  text: string;
  headers?: Record<string, string>;
}

async function thread(replies: Reply[]) {
  const invoice: EmlSpec = {
    id: '<inv-2026-300@menuiserie-girard.fr>', from: luc, to: [client], date: '2026-11-02T10:00:00+01:00', subject: 'Facture F-2026-300',
    text: 'Bonjour,\n\nVeuillez trouver la facture F-2026-300 du 02/11/2026 : 1 500,00 € TTC, échéance le 02/12/2026.\n\nLuc',
  };
  const specs: EmlSpec[] = [invoice, ...replies.map((r, i) => ({
    id: `<reply-${i}@x>`, from: r.from ?? client, to: [r.from ? client : luc], date: r.date, subject: r.subject ?? 'Re: Facture F-2026-300', inReplyTo: invoice.id, headers: r.headers,
    text: `${r.text}\n\nLe 02/11/2026 à 10:00, Luc Girard <luc@menuiserie-girard.fr> a écrit :\n> Veuillez trouver la facture F-2026-300 : 1 500,00 € TTC.`,
  }))];
  const found = await scan(specs, me);
  expect(found).toHaveLength(1);
  const { status, promisedDate, remindersSent } = found[0]!;
  return { status, promisedDate, remindersSent };
}

const open = { status: 'open', promisedDate: null, remindersSent: 0 };
const paid = { status: 'paid', promisedDate: null, remindersSent: 0 };
const disputed = { status: 'disputed', promisedDate: null, remindersSent: 0 };
const promised = (date: string) => ({ status: 'promised', promisedDate: date, remindersSent: 0 });
/** Wednesday 2 December 2026. */
const WED = '2026-12-02T09:30:00+01:00';

const CASES: [string, Reply[], object][] = [
  ['fr paid: virement effectué', [{ date: WED, text: 'Bonjour,\n\nVirement effectué ce matin.\n\nCordialement' }], paid],
  ['fr paid: nous avons procédé au règlement', [{ date: WED, text: 'Bonjour, nous avons procédé au règlement de la facture ce jour.' }], paid],
  ["fr paid: c'est réglé", [{ date: WED, text: "C'est réglé depuis hier, merci !" }], paid],
  ['en paid: payment sent', [{ date: WED, text: 'Hi Luc,\n\nPayment sent today.\n\nThanks' }], paid],
  ["en paid: we've paid, remittance attached", [{ date: WED, text: "We've paid this — remittance advice attached." }], paid],
  ['de paid: Zahlung veranlasst', [{ date: WED, text: 'Guten Tag,\n\nZahlung veranlasst.\n\nGrüße' }], paid],
  ['de paid: heute überwiesen', [{ date: WED, text: 'Wir haben den Betrag heute überwiesen.' }], paid],
  ['es paid: hemos realizado la transferencia', [{ date: WED, text: 'Buenos días, hemos realizado la transferencia esta mañana.' }], paid],
  ['it paid: abbiamo effettuato il bonifico', [{ date: WED, text: 'Buongiorno, abbiamo effettuato il bonifico ieri.' }], paid],
  ["fr promise: d'ici vendredi", [{ date: WED, text: "Bonjour, nous réglerons d'ici vendredi." }], promised('2026-12-04')],
  ['fr promise: le virement sera fait le 15 décembre', [{ date: WED, text: 'Le virement sera fait le 15 décembre.' }], promised('2026-12-15')],
  ['fr promise: je lance le paiement la semaine prochaine', [{ date: WED, text: 'Je lance le paiement la semaine prochaine.' }], promised('2026-12-07')],
  ['en promise: by the end of the month', [{ date: WED, text: "We'll pay by the end of the month." }], promised('2026-12-31')],
  ['en promise: payment will be made on 10 December', [{ date: WED, text: 'Payment will be made on 10 December.' }], promised('2026-12-10')],
  ['de promise: bis Ende des Monats', [{ date: WED, text: 'Wir werden die Rechnung bis Ende des Monats begleichen.' }], promised('2026-12-31')],
  ['es promise: antes del 15 de diciembre', [{ date: WED, text: 'Le pagaremos antes del 15 de diciembre.' }], promised('2026-12-15')],
  ['it promise: entro il 18/12', [{ date: WED, text: 'Effettueremo il pagamento entro il 18/12/2026.' }], promised('2026-12-18')],
  ["en promise: we're sending the payment on Friday", [{ date: WED, text: "We're sending the payment on Friday." }], promised('2026-12-04')],
  ['de promise: wir veranlassen die Zahlung nächste Woche', [{ date: WED, text: 'Wir veranlassen die Zahlung nächste Woche.' }], promised('2026-12-07')],
  ['es promise: hacemos la transferencia el lunes', [{ date: WED, text: 'Hacemos la transferencia el lunes.' }], promised('2026-12-07')],
  ['it promise: facciamo il bonifico lunedì', [{ date: WED, text: 'Facciamo il bonifico lunedì.' }], promised('2026-12-07')],
  ['fr dispute: contestons', [{ date: WED, text: 'Nous contestons cette facture : les travaux ne sont pas terminés.' }], disputed],
  ['en dispute: the delivery was incomplete', [{ date: WED, text: 'We dispute this invoice: the delivery was incomplete.' }], disputed],
  ['de dispute: Menge stimmt nicht', [{ date: WED, text: 'Die Rechnung ist nicht korrekt, die Menge stimmt nicht.' }], disputed],
  ['es dispute: no estamos de acuerdo', [{ date: WED, text: 'No estamos de acuerdo con el importe facturado.' }], disputed],
  ['it dispute: contestiamo', [{ date: WED, text: 'Contestiamo la fattura: la merce è arrivata danneggiata.' }], disputed],
  ['fr question: RIB', [{ date: WED, text: 'Bonjour, pourriez-vous me renvoyer votre RIB ?' }], open],
  ['en question: PO number', [{ date: WED, text: 'Could you resend the invoice with our PO number on it?' }], open],
  ['fr out-of-office with headers', [{ date: WED, subject: 'Absence : Re: Facture F-2026-300', headers: { 'Auto-Submitted': 'auto-replied' }, text: "Je suis absent jusqu'au 5 janvier. Pour toute urgence, contactez le standard." }], open],
  ['en out-of-office by subject', [{ date: WED, subject: 'Automatic reply: Facture F-2026-300', text: 'I am out of the office until 4 January with limited access to email. Payments are handled when I am back.' }], open],
  ['de out-of-office', [{ date: WED, subject: 'Abwesenheitsnotiz: Facture F-2026-300', text: 'Ich bin bis zum 05.01.2027 nicht im Büro.' }], open],
  ['es out-of-office', [{ date: WED, subject: 'Respuesta automática: Facture F-2026-300', text: 'Estaré fuera de la oficina hasta el 7 de enero.' }], open],
  ['it out-of-office', [{ date: WED, subject: 'Risposta automatica: Facture F-2026-300', text: 'Sono fuori ufficio fino al 7 gennaio.' }], open],
  [
    'reminders of ours in fr, en, de, es, it are counted; a dispute then a payment is paid',
    [
      { from: luc, date: '2026-12-04T09:00:00+01:00', text: 'Bonjour, sauf erreur de notre part, la facture F-2026-300 reste impayée. Merci de bien vouloir procéder au règlement.' },
      { from: luc, date: '2026-12-08T09:00:00+01:00', text: 'Just a friendly reminder that the invoice is now overdue.' },
      { from: luc, date: '2026-12-09T09:00:00+01:00', text: 'Zahlungserinnerung: die Rechnung ist noch offen.' },
      { from: luc, date: '2026-12-10T09:00:00+01:00', text: 'Le recordamos que la factura sigue pendiente de pago.' },
      { from: luc, date: '2026-12-11T09:00:00+01:00', text: 'Sollecito di pagamento: la fattura risulta scaduta.' },
    ],
    { status: 'open', promisedDate: null, remindersSent: 5 },
  ],
];

describe("clients' replies and the company's reminders", () => {
  it.each(CASES)('%s', async (_name, replies, expected) => {
    expect(await thread(replies)).toEqual(expected);
  });
});
