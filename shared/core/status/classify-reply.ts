import type { MailMessage } from '../mail/model';
import { fold } from '../text/fold';
import { resolveRelativeDateCandidates } from '../extract/locale/relative-date';
import { guessDateOrder } from '../extract/fields/date-order';
import { detectLanguage } from '../text/language';
import { cueRegex } from './cues';
import { stripQuoted } from './strip-quoted';

export type ClientReplyKind = 'paid' | 'promise' | 'dispute' | 'question' | 'ack' | 'auto-reply' | 'bounce' | 'other';

export interface ClientReplyReading {
  kind: ClientReplyKind;
  promisedDate: string | null;
  promisedCandidates: string[];
  /** The words that decided, for the history and for debugging. */
  evidence: string;
}

/** The payment was made (past tense, in the languages Relance reads). */
const PAID = cueRegex([
  'virement effectue', 'virement a ete effectue', 'virement emis', 'virement realise', 'virement envoye', 'virement est parti', 'paiement effectue', 'paiement a ete effectue', 'reglement effectue', 'reglement a ete effectue',
  'nous avons regle', 'nous avons paye', 'avons procede au reglement', 'avons procede au paiement', 'avons procede au virement', 'avons effectue le virement', 'avons effectue le paiement', 'est parti', 'est partie',
  'a ete payee', 'a ete paye', 'a ete reglee', 'a ete regle', 'a ete viree', 'facture est reglee', 'facture reglee', 'deja regle', 'deja reglee', 'deja paye', 'deja payee', "c'est regle", 'reglement envoye', 'paye ce jour', 'regle ce jour',
  'paid', 'have paid', 'has been paid', 'was paid', 'we paid', "we've paid", 'payment sent', 'payment has been sent', 'payment made', 'payment has been made', 'payment was made', 'payment processed', 'payment has been processed',
  'payment completed', 'payment released', 'payment has been released', 'transfer made', 'transfer has been made', 'transfer sent', 'settled', 'remittance', 'funds sent', 'paid today', 'already paid',
  'bezahlt', 'uberwiesen', 'ueberwiesen', 'zahlung wurde angewiesen', 'zahlung angewiesen', 'zahlung veranlasst', 'zahlung wurde veranlasst', 'zahlung ausgefuhrt', 'zahlung wurde ausgefuhrt', 'beglichen', 'angewiesen',
  'hemos pagado', 'hemos realizado la transferencia', 'transferencia realizada', 'hemos abonado', 'ya pagado', 'ya esta pagada', 'pago realizado', 'hemos efectuado el pago',
  'abbiamo pagato', 'bonifico effettuato', 'abbiamo effettuato il bonifico', 'abbiamo saldato', 'pagamento effettuato', 'gia pagato', 'gia pagata',
  'betaald', 'overgemaakt', 'betaling is verricht',
]);
/** Words that turn "paid" into its opposite when they stand just before it. */
const NEGATION = /(?:pas encore|pas|jamais|not yet|not been|not|never|haven't|hasn't|won't|will not|cannot|can't|noch nicht|nicht|kein|no hemos|todavia no|aun no|non ancora|non|niet|nog niet|until)\s+(?:\S+\s+){0,3}$/;

const PROMISE = cueRegex([
  'nous reglerons', 'je reglerai', 'sera reglee', 'sera regle', 'sera payee', 'sera paye', 'sera vire', 'sera viree', 'reglement est prevu', 'reglement prevu', 'paiement est prevu', 'paiement prevu', 'paiement est programme',
  'paiement programme', 'virement est programme', 'virement programme', 'virement sera', 'virement partira', 'paiement partira', 'reglement partira', 'partira', 'nous allons regler', 'nous allons payer', 'nous allons proceder',
  'je vais regler', 'je vais payer', 'nous procederons', 'sera effectue', 'mise en paiement', 'prochaine campagne de paiement', 'prochain virement',
  'will pay', 'will be paid', 'will go out', 'payment run', 'scheduled', 'will process', 'will settle', 'will transfer', 'will make the payment', 'will send the payment', 'expect to pay', 'plan to pay', 'going to pay', 'will be settled', 'will be processed',
  'werden wir bezahlen', 'werden die rechnung', 'wird bezahlt', 'wird uberwiesen', 'wird beglichen', 'zahlungslauf', 'zahlung erfolgt', 'werden wir uberweisen', 'werden wir begleichen', 'uberweisen wir', 'bezahlen wir',
  'pagaremos', 'se pagara', 'realizaremos el pago', 'realizaremos la transferencia', 'efectuaremos el pago', 'abonaremos',
  'pagheremo', 'sara pagata', 'effettueremo il bonifico', 'effettueremo il pagamento', 'provvederemo al pagamento', 'salderemo',
  'zullen betalen', 'wordt betaald', 'zullen overmaken',
]);

const DISPUTE = cueRegex([
  'contestons', 'conteste', 'contestation', 'litige', 'desaccord', 'ne correspond pas', 'erreur sur la facture', 'erreur sur votre facture', 'facture erronee', 'facture incorrecte', 'ne paierons pas', 'refusons',
  'non conforme', 'pas conforme', 'reclamation', 'defectueux', 'defectueuse', 'endommage', 'endommagee', "pas ete realise", "pas ete realisee", "pas ete livre", 'jamais recu la marchandise', 'facture corrigee', 'facture rectificative',
  'dispute', 'disputing', 'disputed', 'do not agree', "don't agree", 'disagree', 'incorrect', 'wrong amount', 'damaged', "won't pay", 'will not pay', 'refuse to pay', 'never received the goods', 'not as ordered', 'overcharged',
  "doesn't match", 'does not match', 'not been delivered', 'not delivered', 'faulty', 'defective', 'corrected invoice',
  'reklamation', 'beanstanden', 'beanstandung', 'einspruch', 'widersprechen', 'fehlerhaft', 'beschadigt', 'nicht einverstanden', 'stimmt nicht', 'mangelhaft', 'werden nicht zahlen',
  'no estamos de acuerdo', 'reclamacion', 'disconformidad', 'incorrecta', 'danado', 'danada', 'no pagaremos',
  'contestiamo', 'contestazione', "non siamo d'accordo", 'errata', 'danneggiato', 'danneggiata', 'non pagheremo',
  'betwisten', 'niet akkoord', 'beschadigd',
]);

const QUESTION = cueRegex([
  'rib', 'iban', 'coordonnees bancaires', 'bank details', 'bankverbindung', 'bon de commande', 'purchase order', 'po number', 'numero de commande', 'renvoyer la facture', 'resend the invoice', 'duplicata', 'copie de la facture',
  'could you', 'pourriez-vous', 'pouvez-vous', 'konnten sie', 'puede', 'potete', 'potreste',
]);
const ACK = cueRegex(['bien recu', 'bien recue', 'received', 'noted', 'bien note', 'je transmets', 'transmis', 'passing this on', 'erhalten', 'recibido', 'ricevuto', 'ontvangen', 'merci', 'thanks', 'thank you', 'danke', 'gracias', 'grazie']);

const AUTO_SUBJECT = /^(?:absence|absent|out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|reponse automatique|r[ée]ponse automatique|abwesenheit|abwesenheitsnotiz|automatische antwort|fuera de la oficina|respuesta autom[áa]tica|risposta automatica|fuori sede|afwezig|automatisch antwoord|undeliverable|undelivered mail|delivery status notification|mail delivery failed|non remis|non distribu)/i;
const AUTO_BODY = cueRegex(['je serai de retour', 'je suis absent', 'je suis absente', 'en conges', 'out of the office', 'out of office', 'i am away', 'on annual leave', 'ich bin bis', 'abwesend', 'ausser haus', 'estare fuera', 'fuera de la oficina', 'saro assente', 'fuori ufficio', 'ben afwezig']);

export function isAutoReply(message: MailMessage): boolean {
  const h = message.headers;
  const auto = h['auto-submitted']?.trim().toLowerCase();
  if (auto && auto !== 'no') return true;
  if (h['x-autoreply'] || h['x-autorespond']) return true;
  if (/auto_reply|auto-reply/i.test(h['precedence'] ?? '')) return true;
  if (/^(?:mailer-daemon|postmaster)@/i.test(message.from?.address ?? '')) return true;
  if (AUTO_SUBJECT.test(message.subject.replace(/^\s*(?:re|aw|tr|fwd?)\s*:\s*/i, ''))) return true;
  return AUTO_BODY.test(fold(stripQuoted(message.text).slice(0, 600)));
}

function firstUnnegated(re: RegExp, folded: string): RegExpExecArray | null {
  const global = new RegExp(re.source, 'g');
  for (let m = global.exec(folded); m; m = global.exec(folded)) {
    if (!NEGATION.test(folded.slice(Math.max(0, m.index - 40), m.index))) return m;
  }
  return null;
}

/** What a client's reply says about the invoice: paid, a promise (with its date), a dispute, or nothing that changes the chase. */
export function classifyClientReply(message: MailMessage): ClientReplyReading {
  const none = { promisedDate: null, promisedCandidates: [] as string[] };
  if (isAutoReply(message)) {
    const bounce = /^(?:mailer-daemon|postmaster)@/i.test(message.from?.address ?? '');
    return { kind: bounce ? 'bounce' : 'auto-reply', ...none, evidence: message.subject };
  }
  const text = stripQuoted(message.text);
  const folded = fold(`${text}`);
  const paid = firstUnnegated(PAID, folded);
  const dispute = DISPUTE.exec(folded);
  const promise = PROMISE.exec(folded);
  if (paid && !promise?.[0].startsWith('will') && !(dispute && dispute.index < paid.index)) {
    return { kind: 'paid', ...none, evidence: paid[0] };
  }
  if (dispute) return { kind: 'dispute', ...none, evidence: dispute[0] };
  if (promise || paid) {
    const reference = message.calendarDate ?? message.date?.slice(0, 10) ?? '1970-01-01';
    const lang = detectLanguage(text);
    const order = guessDateOrder(text, { lang, currency: lang === 'en' && /-0[4-8]00$/.test(message.headers['date'] ?? '') ? 'USD' : null });
    const candidates = resolveRelativeDateCandidates(text, reference, { order }).filter((d) => d >= reference);
    if (promise) return { kind: 'promise', promisedDate: candidates[0] ?? null, promisedCandidates: candidates, evidence: promise[0] };
  }
  const question = QUESTION.exec(folded);
  if (question || /\?/.test(text)) return { kind: 'question', ...none, evidence: question?.[0] ?? '?' };
  const ack = ACK.exec(folded);
  if (ack) return { kind: 'ack', ...none, evidence: ack[0] };
  return { kind: 'other', ...none, evidence: '' };
}

export type OwnMessageKind = 'reminder' | 'answer' | 'thanks' | 'other';

/** Words only a reminder uses: the invoice is unpaid, overdue, or payment is awaited. */
const REMINDER_STRONG = cueRegex([
  'impaye', 'impayee', 'reste impayee', 'reste due', 'toujours en attente', 'en attente de reglement', 'en attente de paiement', 'sauf erreur de notre part', "n'avons pas recu", "n'avons pas encore recu", 'pas encore recu votre reglement',
  'date de reglement prevue', 'retard de paiement', 'arrivee a echeance', 'arrive a echeance', 'echue', 'depassee', 'mise en demeure', 'relance', 'dernier rappel',
  'overdue', 'past due', 'outstanding', 'remains unpaid', 'still unpaid', 'not yet been paid', 'has not been paid', 'not received payment', 'have not received', 'expect payment', 'payment reminder', 'friendly reminder', 'final reminder', 'final notice',
  'zahlungserinnerung', 'mahnung', 'noch offen', 'noch nicht beglichen', 'noch nicht bezahlt', 'uberfallig', 'zahlungsruckstand',
  'recordatorio', 'pendiente de pago', 'vencida', 'impagada', 'sollecito', 'ancora da saldare', 'in sospeso', 'scaduta', 'non ancora pagata',
  'herinnering', 'aanmaning', 'openstaand', 'vervallen',
  'ou en est le reglement', 'ou en est le paiement', 'revenir vers vous au sujet de la facture', 'etait fixee au', 'etait due le', 'was due', 'is now due', 'expect payment', 'update on payment', 'ubersehen', 'offenen betrag', 'fallig war',
]);
/** A message of the company about the invoice or its payment, after the invoice: a reminder unless it answers something. */
const PAYMENT_TOPIC = cueRegex([
  'facture', 'reglement', 'paiement', 'virement', 'echeance', 'montant', 'invoice', 'payment', 'amount', 'balance', 'rechnung', 'zahlung', 'betrag', 'uberweisen', 'factura', 'pago', 'importe', 'fattura', 'pagamento', 'importo', 'factuur', 'betaling',
]);
const REMINDER_WEAK = cueRegex(['rappel', 'reminder', 'erinnerung', 'promemoria']);
const ANSWER = cueRegex([
  'voici notre rib', 'notre rib', 'rib en piece jointe', 'ci-joint notre rib', 'coordonnees bancaires', 'bank details', 'our iban', 'bankverbindung', 'datos bancarios', 'coordinate bancarie',
  'find the invoice attached again', 'invoice attached again', 'copy of the invoice', 'ci-joint la facture demandee', 'ci-joint le duplicata', 'duplicata', 'voici la facture demandee', 'comme demande', 'as requested',
  'sorry to hear', 'looking into it', 'je regarde', 'nous regardons', 'we are checking', 'je reviens vers vous', 'come back to you', 'bon de commande', 'purchase order', 'po number',
]);
const THANKS = cueRegex(['merci pour votre reglement', 'merci pour le reglement', 'merci pour votre paiement', 'bien recu votre reglement', 'bonne reception du reglement', 'thank you for your payment', 'thanks for your payment', 'payment received', 'vielen dank fur ihre zahlung', 'gracias por su pago', 'grazie per il pagamento']);

/** What a message of the user's company says after the invoice: a reminder, an answer to a question, a thank-you. */
export function classifyOwnFollowUp(message: MailMessage): OwnMessageKind {
  const text = `${message.subject}\n${stripQuoted(message.text)}`;
  const folded = fold(text);
  if (THANKS.test(folded)) return 'thanks';
  if (REMINDER_STRONG.test(folded)) return 'reminder';
  if (ANSWER.test(folded)) return 'answer';
  if (REMINDER_WEAK.test(folded)) return 'reminder';
  return PAYMENT_TOPIC.test(fold(stripQuoted(message.text))) ? 'reminder' : 'other';
}
