/** Everyday replies in fifteen languages, written without mail by a session that never read this code (2026-12-06 probe): the ones first unread. */
import { describe, expect, it } from 'vitest';
import { classifyClientReply } from '../../../shared/core/status/classify-reply';
import { mail } from './mail';

describe('classifyClientReply: replies of the thirteenth session\'s probe, written on Wednesday 2 December 2026', () => {
  it.each([
    ["fr", "Oups, ça m'était complètement sorti de la tête ! Je m'en occupe en fin de semaine, vendredi au plus tard c'est viré.", 'promise', "2026-12-04"],
    ["en", "We've been billed twice for the November callout, F-2026-0412 duplicates 0398 which we already paid. Please cancel it and reissue.", 'dispute', null],
    ["de", "Servus, sorry, ist bei uns leider untergegangen. Ich überweis das gleich am Montag, versprochen!", 'promise', "2026-12-07"],
    ["es", "Che, mil disculpas, se me pasó. La semana que viene sin falta te lo transfiero, el lunes a más tardar.", 'promise', "2026-12-07"],
    ["it", "Domattina faccio partire il bonifico, te lo confermo appena fatto.", 'promise', "2026-12-03"],
    ["pt", "Oi, boa tarde! O boleto foi pago ontem pelo Itaú, segue o comprovante em anexo.", 'paid', null],
    ["pt", "Desculpa a demora, vou fazer o Pix na sexta sem falta.", 'promise', "2026-12-04"],
    ["nl", "Wij zullen de betaling uitvoeren tegen 20 december, zoals afgesproken met uw collega.", 'promise', "2026-12-20"],
    ["cs", "Omlouvám se, zaplatím to do konce týdne.", 'promise', "2026-12-04"],
    ["sv", "Hej! Fakturan F-2026-0412 betaldes i måndags via Swedbank, 8 450 kr. Mvh", 'paid', null],
    ["sv", "Ber om ursäkt, den har hamnat mellan stolarna. Betalar på fredag.", 'promise', "2026-12-04"],
    ["da", "F-2026-0412 blev indbetalt d. 27/11 med valørdato 30/11. Kan I bekræfte modtagelsen?", 'paid', null],
    ["da", "Jeg overfører pengene i morgen.", 'promise', "2026-12-03"],
    ["no", "Denne er allerede betalt, pengene gikk ut fra kontoen vår fredag 27. november.", 'paid', null],
    ["no", "Beklager forsinkelsen, den blir betalt innen utgangen av måneden.", 'promise', "2026-12-31"],
    ["fi", "Maksettu jo 27.11., tarkistakaa vielä tilisiirrot.", 'paid', null],
    ["el", "Το έχουμε πληρώσει από την Παρασκευή, 850€ με κατάθεση στην Πειραιώς.", 'paid', null],
    ["el", "Το ποσό στο τιμολόγιο δεν συμφωνεί με την προσφορά σας. Δεν μπορούμε να το πληρώσουμε μέχρι να διορθωθεί.", 'dispute', null],
    ["tr", "Ay sonunda ödeme yapılacak, muhasebe öyle dedi.", 'promise', "2026-12-31"],
    ["tr", "Faturadaki tutar yanlış, anlaştığımız fiyat bu değildi. Düzeltilmiş fatura gönderin lütfen.", 'dispute', null],
  ] as const)('%s: %s', (_lang, text, kind, date) => {
    const r = classifyClientReply(mail({ text, date: '2026-12-02' }));
    expect(r.kind).toBe(kind);
    if (date) expect(r.promisedCandidates).toContain(date);
  });
});
