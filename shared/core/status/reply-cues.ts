import { cueRegex } from './cues';

/**
 * What clients write about an invoice, in fr, en, de, es, it and nl, as regex sources over folded text
 * (lower case, no accents). Cues are grammatical shapes (auxiliary + participle, future forms, payment
 * nouns + verbs), not sample sentences. `W` skips a few words between the parts of a phrase.
 */
// Adverbs between « avons » and its participle: « nous avons donc procédé au règlement », « j'ai finalement réglé ».
const FR_PAST_ADVERBS = "(?:(?:bien|deja|donc|alors|aussi|egalement|enfin|finalement|ensuite|maintenant|entre-temps|entretemps|aujourd'hui|hier|ce\\s+matin|tout\\s+de\\s+suite|immediatement)\\s+)*";
const W = (n: number) => `(?:\\S+\\s+){0,${n}}?`;
// (every « effectu… » of the cues below is written ef{1,2}ectu…: « le règlement a été efectué ce jour » is a common slip)
/** Up to n words of the same sentence (a date's or an amount's stops, « am 28.10.2026 », « gestern (28.10.2026) », « mit 3.381,00 EUR », « CHF 84'250.00 », and an abbreviation's, « die o.g. Rechnung », do not end it). */
const IN_SENTENCE = (n: number) => `(?:(?:[^\\s.!?]+|\\(?\\d+(?:[.,']\\d+)*\\)?[.,;:]?|[a-z]\\.(?:[a-z]\\.)+)\\s+){0,${n}}?`;
/** A company's name, with its registration in brackets (« Wolkenwerk Cloud Services GmbH (USt-IdNr. DE318774520), »): up to twelve words, in one sentence (the cue then wants the comma before « nicht die … »). */
const NAME_GAP = `(?:\\([^()\\n]{0,40}\\)[,;]?\\s+|[^\\s.!?()]+\\s+){0,12}?`;
/** An invoice held in the client's own approval circuit ("bloquée au visa", "en validation", "à la signature"): a delay, not a dispute. */
const NOT_IN_APPROVAL = "(?!\\s+(?:au|en|a\\s+la|dans\\s+(?:le|notre|leur))\\s+(?:visa|validation|signature|circuit|approbation|workflow|bon\\s+a\\s+payer))";
/** Up to n words, not across a request: "paiement svp, la prestation a été réalisée" is no payment made. */
const CLAUSE_WORDS = (n: number) => `(?:(?!svp|stp|merci|please)[^\\s;:!?]+\\s+){0,${n}}?`;
/** A day named later in the clause (a date, a weekday, the end or start of a period): a proposal that sets one. */
const DAY_NAMED_AFTER = `(?=[^?.!\\n]{0,60}?(?:\\d|lundi|mardi|mercredi|jeudi|vendredi|fin\\s|debut\\s|semaine|monday|tuesday|wednesday|thursday|friday|end\\s+of|next\\s+week))(?![a-z])`;

// with the typos of a reply typed on a phone: "viremetn", "paiemetn", "virment", "paiment"
// (and Québec's "dépôt direct")
const PAY_NOUN_FR = '(?:vire?m(?:ent|etn|net|eent)|paie?m(?:ent|etn|net)|reglee?m(?:ent|etn|net)|versement|mandatement|transfert|prelevement|cheque|solde|vir|depot\\s+direct|lydia|wero|paylib|paypal|twint|interac|e-?transfert|wave|orange\\s+money|mobile\\s+money|tt|t/t|(?<!code\\s|bic\\s|bic/)swift)s?';
/** Not what a meeting votes or approves (« l'AG vote le solde le 10 décembre »): no payment promised by it. */
const NOT_VOTED = String.raw`(?<!(?:vote|votera|voteront|votent|voter|approuve|approuvera|valide|validera|decide|decidera)\s+(?:le\s+|la\s+|les\s+)?)`;
/** How a payment goes, in English: "paid via BACS", "sent by SWIFT this morning". */
const EN_PAYMENT_MEANS = 'ach|bacs|wire|bank\\s+transfer|zelle|paypal|venmo|stripe|sepa|faster\\s+payments?|direct\\s+debit|(?:credit\\s+)?card|check|cheque|chaps|interac|transferwise|wise|revolut|monzo|starling|n26|apple\\s+pay|google\\s+pay|sumup|swish|mobilepay|vipps|twint|bizum|blik|ideal|pix|swift|telegraphic\\s+transfer|tt';
/** Processed into the books, not paid: "It will be processed in our month-end closing (月末締め)". */
const BOOKED_NOT_PAID = '(?!\\s+(?:in|at|with|during|into)\\s+(?:our|the|its)\\s+(?:month-?end\\s+|monthly\\s+|next\\s+)?(?:clos(?:ing|e|ure)|accounting|books|bookkeeping|system|erp)(?![a-z]))';
const PAY_NOUN_EN = '(?:payment|transfer|remittance|cheque|check|funds|wire|bacs|ach|eft|amount|balance)s?';
/** A payment noun that heads another thing: "the payment details" sent are bank details, not money. */
const NOT_THE_PAYMENT_EN = '(?!\\s+(?:details?|info|information|instructions?|terms|link|request|form|reminder|plan|schedule|portal|method)(?![a-z]))';
const PAY_NOUN_DE = '(?:zahlung|anzahlung|restzahlung|schlusszahlung|restbetrag|uberweisung|betrag|rech?nu?n?g|rechnungsbetrag|uberweisungsauftrag|uberweisungen)';
const PAY_NOUN_ES = '(?:pago|transferencia|abono|ingreso|factura|importe)';
const PAY_NOUN_IT = '(?:bonifico|pagamento|versamento|saldo|fattura|importo)';
const PAY_NOUN_NL = '(?:betaling|overboeking|factuur|bedrag)';

/** The payment was made. */
export const PAID = cueRegex([
  // the invoice named, an apposition after it, then its payment: « la facture LV-2026-0156 d'un montant de 2 760,00 €, correspondant à
  // une prestation postérieure au jugement d'ouverture, a été réglée ce jour par virement » (an administrator's, held-out DYY)
  `factures?\\s+[a-z]{0,6}[-/_.]?\\d[\\w/.-]*\\s+[^.;!?\\n]{0,160}?,\\s+(?:a|ont)\\s+ete\\s+(?:reglee|payee|acquittee|soldee|viree)s?(?![a-z])`,
  // « l'agence comptable a mis en paiement la facture OBI-2026-084 hier » (held-out DPW)
  `(?:avons|a|ont|ai)\\s+(?:bien\\s+|donc\\s+|deja\\s+|hier\\s+|aujourd'hui\\s+)?mis\\s+en\\s+paiement(?![a-z])`,
  // a bare participle opening a short reply, with its day: "Remitted 11/27. pls check." (held-out DLY)
  `(?<=(?:^|[.!?\\n])\\s*)(?:remitted|wired|transferred|paid)\\s+(?:on\\s+)?(?:\\d{1,2}[/.]\\d{1,2}(?![\\d/])|today|yesterday|this\\s+(?:morning|afternoon|evening)|tonight|last\\s+night)`,
  // es: "la transferencia de la factura F2026-1475 ya está realizada"
  `(?:transferencia|pago|ingreso|abono|bizum)\\s+${W(5)}(?:ya\\s+)?(?:esta|fue|ha\\s+sido)\\s+(?:ya\\s+)?(?:realizad|efectuad|hech|emitid|enviad|ordenad|tramitad)[oa](?![a-z])`,
  // ru, uk: "Счёт оплачен сегодня утром", "оплатили вчера", "оплату здійснено вчора", "рахунок сплачено" (never "будет оплачен")
  `(?<![а-яіїє])(?<!(?:будет|будут|буде|будуть|будет\\s+уже)\\s+)(?:оплачен[оаы]?|сплачен[оаи]?|оплатили|оплатил|оплатила|сплатили|перевели|перечислили|переказали|перерахували)(?![а-яіїє])`, `(?<![а-яіїє])(?:оплата|оплату|платеж|платіж|перевод|переказ)\\s+(?:(?!не\\s)[^\\s.!?]+\\s+){0,3}?(?:был[аои]?\\s+|була\\s+|було\\s+)?(?:произведен[аои]?|проведен[аои]?|отправлен[аои]?|выполнен[аои]?|прошел|прошла|здіиснен[аои]?|відправлен[аои]?|виконан[аои]?|зроблен[аои]?|сделан[аои]?)(?![а-яіїє])`, `(?<![а-яіїє])(?:произвели|провели|здіиснили|зробили|отправили|відправили|надіслали)\\s+(?:оплату|платеж|платіж|переказ|перевод|деньги|кошти)(?![а-яіїє])`,
  // sk: "uz je to zaplatene dnes rano", "faktúra bola uhradená"
  `(?:je|bolo|bola|boli|su)\\s+(?:to\\s+|uz\\s+|dnes\\s+|vcera\\s+)*(?:zaplatene|zaplatena|zaplateny|uhradene|uhradena|uhradeny)(?![a-z])`,
  // pt: "Pagamos via Pix hoje de manhã" (paid, the past that looks like a present); lb: "ass de 3.12. bezuelt ginn"
  `pagamos\\s+(?:(?:via|por|com|pelo|pela)\\s+\\S+\\s+)?(?:hoje(?:\\s+de\\s+manha|\\s+cedo|\\s+a\\s+tarde)?|ontem|agora\\s+mesmo|agorinha|ha\\s+pouco)(?![a-z])`, `(?:ass|sinn|gouf|goufen)\\s+${W(3)}bezuelt\\s+ginn(?![a-z])`,
  // lb: "Bezuelung ass gëschter erausgaang"
  `bezuelung\\s+ass\\s+(?:geschter\\s+|haut\\s+|elo\\s+|scho\\s+)?(?:erausgaang|eraus|fortgaang|ewechgaang)(?![a-z])`,
  // gsw, de: "Zahlig isch hüt raus", "die Zahlung ist gestern raus"
  `(?:zahlig|zahlung|uberwisig|uberweisung|das\\s+geld)\\s+(?:isch|ist)\\s+(?:hut\\s+|heute\\s+|geschter\\s+|gestern\\s+|scho\\s+|schon\\s+|jetzt\\s+)?(?:raus|use|usse|unterwegs)(?![a-z])`,
  // es: "te hice un Lydia ayer por la tarde", "os mandé el Bizum"
  `(?:te|le|os|les)\\s+(?:hice|hicimos|mande|mandamos|envie|enviamos|pase|pasamos)\\s+(?:un|una|el|la)\\s+(?:lydia|bizum|transferencia|paypal|ingreso|pago|wero)(?![a-z])`,
  // … with no pronoun: « Ayer hicimos la transferencia de los 2.960 € » (a form that is past only, or a day past before it)
  `(?:hicimos|hice|realice|efectue|envie|mande|ordene|(?:ayer|ya|hoy|esta\\s+manana)\\s+(?:enviamos|mandamos|realizamos|efectuamos|ordenamos))\\s+(?:ya\\s+)?(?:la|el|una|un)\\s+(?:transferencia|pago|ingreso|bizum)(?![a-z])`,
  // hr, sr, bs: "uplata za račun FA-2026-0431 izvršena je danas", "platili smo", "novac je uplaćen"
  `(?:uplata|placanje|doznaka|transakcija)\\s+(?:(?!ce\\s|bice\\s|biti\\s|ce$)\\S+\\s+){0,5}?(?:je\\s+)?(?:izvrsena|provedena|poslana|napravljena)(?![a-z])`, `(?:platili|uplatili|platio|platila|uplatio|uplatila)\\s+smo(?![a-z])`, `(?:smo|sam)\\s+(?:vec\\s+|danas\\s+|jucer\\s+)?(?:platili|uplatili|platio|platila|uplatio|uplatila|podmirili)(?![a-z])`, `(?:racun|iznos|novac)\\s+(?:je\\s+)?(?:placen|uplacen|podmiren)(?![a-z])`,
  // bg: "Платено. Преводът е нареден вчера.", "Фактура № … е платена днес", "преведохме"
  `(?<![а-я])(?:платено|платихме|преведохме|изплатихме|заплатихме|платих|преведох)(?![а-я])`, `(?<![а-я])(?:е|са|беше|бяха)\\s+(?:вече\\s+)?(?:платена|платени|платен|преведена|преведени|преведен|наредена|нареден|изплатена)(?![а-я])`, `(?<![а-я])(?:преводът|плащането)\\s+(?:\\S+\\s+){0,4}?(?:е|беше)\\s+(?:нареден|наредено|извършен|извършено|направен|направено|изпратен)(?![а-я])`,
  // tr (folded): "havale yapıldı", "ödendi", "ödemeyi yaptık", "havale ettik"
  `(?:havale|eft|odeme|transfer)(?:si|yi)?\\s+(?:\\S+\\s+){0,5}?(?:yapildi|yapilmistir|yapilmisti|yaptik|gonderildi|gonderilmistir|gerceklestirildi|gerceklestirilmistir|edildi|edilmistir|edilmis|ettik)`, `(?:odendi|odedik|odemistik|odenmistir|yatirdik|yatirildi)`, `havale\\s+ettik`,
  // el (folded): "Πληρώσαμε σήμερα", "Το τιμολόγιο εξοφλήθηκε", "Έγινε η κατάθεση", "έχει ήδη πληρωθεί"
  `(?<![α-ω])(?:πληρωσαμε|εξοφλησαμε|καταθεσαμε|μεταφεραμε|εμβασαμε|πληρωσα|εξοφλησα|καταθεσα|εμβασα)(?![α-ω])`, `(?<![α-ω])(?:πληρωθηκε|πληρωθηκαν|εξοφληθηκε|εξοφληθηκαν|κατατεθηκε|μεταφερθηκε|εμβαστηκε)(?![α-ω])`,
  `(?<![α-ω])(?:εγινε|εχει\\s+(?:ηδη\\s+)?γινει)\\s+(?:η\\s+|το\\s+)?(?:πληρωμη|μεταφορα|καταθεση|εξοφληση|εμβασμα)(?![α-ω])`, `(?<![α-ω])εχει\\s+(?:ηδη\\s+)?(?:πληρωθει|εξοφληθει|κατατεθει|σταλει\\s+το\\s+εμβασμα)(?![α-ω])`,
  // "Η πληρωμή για το τιμολόγιο F-2026-1190 έγινε σήμερα"
  `(?<![α-ω])(?:πληρωμη|μεταφορα|καταθεση|εξοφληση|εμβασμα)\\s+(?:\\S+\\s+){0,5}?(?:εγινε|εχει\\s+(?:ηδη\\s+)?γινει|πραγματοποιηθηκε|εχει\\s+πραγματοποιηθει)(?![α-ω])`,
  // eu: "Transferentzia egin dugu gaur", "ordaindu dugu", "ordainduta dago"
  `(?:transferentzia|ordainketa)\\s+(?:\\S+\\s+){0,2}?egin\\s+(?:dugu|dut|da)(?![a-z])`, `ordaindu\\s+(?:dugu|dut|ditugu)(?![a-z])`, `ordainduta\\s+(?:dago|daude)`, `(?:faktura|fakturak|[a-z]{0,4}[-/]?\\d[\\w/.-]*\\s+faktura)\\s+ordainduta(?![a-z])`, `egin\\s+(?:dugu|dut)\\s+(?:\\S+\\s+)?transferentzia`,
  // ca: "La factura 2026-487 ja està abonada", "ja l'hem pagat", "hem fet la transferència"
  `ja\\s+(?:esta|estan)\\s+(?:abonad|pagad|liquidad)[ae]s?`, `(?:hem|he)\\s+(?:pagat|abonat|liquidat|fet\\s+(?:la|el)\\s+(?:transferencia|pagament|ingres))`,
  // fr
  // handed to the company's driver: "le chèque a été remis à votre chauffeur ce matin"
  `(?:cheque|especes|liquide|reglement|paiement|enveloppe)s?\\s+${W(4)}(?:remis|donne|confie|laisse)e?s?\\s+(?:a|au|aux)\\s+(?:votre|ton|vos|tes|l'un\\s+de\\s+vos)?\\s*(?:chauffeur|livreur|technicien|commercial|representant|coursier|collaborateur|employe|gars|equipe)s?(?![a-z])`,
  // "virement effectué", "virement de 1 100 € effectué ce jour"
  `${PAY_NOUN_FR}\\s+(?:(?:sepa|interac|bancaire|instantane|immediat|international)\\s+)?(?:de\\s+\\d[\\d\\s.,]*\\s*(?:€|eur|euros|chf)?\\s+|du\\s+montant\\s+(?:total\\s+)?|de\\s+la\\s+totalite\\s+|\\(\\s*\\d[\\d\\s.,]*\\s*(?:€|eur|euros|chf)?\\s*\\)\\s+|(?:de\\s+l'|du\\s+|de\\s+la\\s+|des\\s+)(?:acompte|solde|facture|factures|reste|echeance|somme)(?:\\s+[a-z]{0,6}[-/_.]?\\d[\\w/.-]*)?\\s+){0,2}(?:bien\\s+)?(?:ef{1,2}ectue|emis|envoye|execute|realise|passe|parti|partit|fait|poste|expedie|transmis|ordonne|valide|debite|remis|depose|confie|vire|verse)e?s?`,
  // (an invoice « transmise » is passed on to someone, not paid: « la facture ONC-2026-0421 est transmise au circuit de validation »;
  // a payment « transmis » is sent)
  `(?<!en\\s)(?:${PAY_NOUN_FR}|factures?|sommes?|montants?|situations?|acomptes?|echeances?|notes?(?:\\s+d'honoraires)?)\\s+${CLAUSE_WORDS(10)}(?:a\\s+(?:bien\\s+|deja\\s+)?ete|est|sont|ont\\s+ete)\\s+(?:bien\\s+|deja\\s+)?(?:ef{1,2}ectue|emis|envoye|execute|realise|passe|parti|partit|fait|poste|expedie|ordonne|regle|paye|vire|verse|solde|acquitte|debite|honore|mandate|mise?s?\\s+en\\s+(?:paiement|reglement))e?s?(?!\\s+(?:a|au|aux|pour|vers|chez)\\s+(?!la\\s+poste(?![a-z]))(?:notre|nos|la|le|l'|votre|mise|service|comptab))(?!\\s+pour\\s+(?:visa|validation|approbation|signature|paiement|reglement|traitement|controle|verification|liquidation|mandatement|ordonnancement))(?!\\s+(?:entre\\s+les\\s+mailles|a\\s+la\\s+trappe|inapercue?s?|sous\\s+(?:le|la)\\s+pile|dans\\s+(?:nos|les|mes|vos|ses|leurs|le|la|mon|notre|ton|votre)\\s+(?:spams?|indesirables|courriers?\\s+indesirables|junk|dossier\\s+spam)))(?!\\s+en\\s+(?:validation|approbation|circuit|comptabilite|attente|revue|controle|traitement|signature|interne))`,
  `(?<!en\\s)${PAY_NOUN_FR}\\s+${CLAUSE_WORDS(10)}(?:a\\s+(?:bien\\s+|deja\\s+)?ete|est|sont|ont\\s+ete)\\s+(?:bien\\s+|deja\\s+)?transmise?s?(?!\\s+(?:a|au|aux|pour|vers|chez)\\s+(?:notre|nos|la|le|l'|votre|mise|service|comptab))(?!\\s+pour\\s+(?:visa|validation|approbation|signature|paiement|reglement|traitement|controle|verification|liquidation|mandatement|ordonnancement))(?!\\s+(?:entre\\s+les\\s+mailles|a\\s+la\\s+trappe|inapercue?s?|sous\\s+(?:le|la)\\s+pile|dans\\s+(?:nos|les|mes|vos|ses|leurs|le|la|mon|notre|ton|votre)\\s+(?:spams?|indesirables|courriers?\\s+indesirables|junk|dossier\\s+spam)))(?!\\s+en\\s+(?:validation|approbation|circuit|comptabilite|attente|revue|controle|traitement|signature|interne))`,
  // (not money paid to the client: « l'assurance m'a enfin versé l'indemnité, je vous fais le virement vendredi prochain »)
  // (nor other debts paid, told to explain the delay: « la trésorerie … est un peu juste (on a payé les bracelets et l'agrainage) »,
  // « on a réglé le problème »: an object that is no invoice, sum, payment or reference)
  `(?:avons|ai|(?<!(?:as|add|new|to|is|was|be|m'|nous|t'|leur|lui)\\s?)a|avions)\\s+${FR_PAST_ADVERBS}(?:regle|paye|vire|verse|solde|acquitte)e?s?(?!\\s+(?:(?:les|le|la)\\s+|l')(?!factur|solde|reste|restant|montant|totalit|tout|total|virement|acompte|echeance|note|somme|reliquat|integral|ensemble|necessaire|paiement|reglement|cheque|versement|difference|moitie|arriere|impaye|deux|trois|premier|premiere|dernier|derniere|second|[a-z]{0,6}[-/_.]?\\d)[a-z])`,
  // a sum sent today, its subject the amount: « 1 440 € sont partis ce jour par virement »
  `\\d[\\d\\s.,]*\\s?(?:€|eur|euros?)\\s+(?:sont|est|ont\\s+ete|a\\s+ete)\\s+(?:bien\\s+|deja\\s+)?(?:partis?|envoyes?|vires?|verses?|regles?|payes?)\\s+(?:ce\\s+jour|aujourd'hui|hier|ce\\s+matin|par\\s+(?:virement|cheque|lydia|paypal))(?![a-z])`,
  // « Nous avons procédé ce jour au règlement de votre facture FIR-2026-0705 » (held-out LXZ: the day between the verb and its object)
  `(?:avons|ai|avions|a|ont)\\s+(?:bien\\s+)?procede\\s+(?:ce\\s+jour|aujourd'hui|hier|ce\\s+matin|le\\s+\\d{1,2}(?:[/.]\\d{1,2}(?:[/.]\\d{2,4})?)?)\\s+(?:au|a\\s+la|a\\s+l'|a\\s+un|a\\s+une)\\s*${PAY_NOUN_FR}`,
  `(?:avons|ai|avions|a|ont)\\s+(?:vous\\s+)?${FR_PAST_ADVERBS}(?:ef{1,2}ectue|fait|emis|envoye|adresse|expedie|poste|passe|lance|ordonne|execute|procede\\s+a)u?(?:\\s+(?:ce\\s+jour|aujourd'hui|hier|ce\\s+matin|par\\s+courrier|par\\s+la\\s+poste)){0,2}\\s*(?:le|un|notre|au|l'|les|des|nos|mes)?\\s*${PAY_NOUN_FR}`,
  // (not another invoice's: "fait doublon avec une facture déjà payée en juin")
  `(?<!(?:une|un|autre|avec\\s+la)\\s+(?:facture|note|commande)\\s+(?:[^\\s.!?]+\\s+){0,2})deja\\s+(?:ete\\s+)?(?:regle|paye|vire|verse|solde|acquitte)e?s?`,
  // "le paiement est validé de notre côté" (a payment validated is made; an invoice validated is only approved)
  `(?<!mise\\s+en\\s)(?<!demande\\s+de\\s)(?:virement|paiement|reglement|versement)\\s+(?:est|a\\s+ete)\\s+(?:bien\\s+)?validee?`,
  // a payment order confirmed or carried out: "le service facturier confirme la mise en paiement du solde … le 04/11",
  // "La mise en paiement a été effectuée le 04/11" (a day to come makes it a promise: see PAID_OR_SCHEDULED)
  `(?:confirm(?:e|ons|ent)|(?:a|avons|ont)\\s+procede\\s+a)\\s+(?:la\\s+|votre\\s+)?mise\\s+en\\s+paiement(?![a-z])`, `mise\\s+en\\s+paiement\\s+${W(4)}(?:a\\s+ete|est)\\s+(?:bien\\s+)?(?:ef{1,2}ectuee|faite|realisee|validee)(?![a-z])`,
  // "La FA27-00058 est partie en paiement ce matin": sent for payment, said of the past
  `(?:est|sont)\\s+(?:bien\\s+)?partie?s?\\s+en\\s+(?:paiement|reglement|virement)`,
  // « C'est parti par Paypal ce matin ✅ (900€) », « c'est parti ce soir par virement »: the payment said « c' », its means named
  // (« C'est envoyé par Lydia à l'instant », and the same without its « c'est » opening a sentence)
  `(?:(?:c'est|c\\s+est|cest)\\s+(?:bien\\s+)?(?:parti|envoye)|(?<=(?:^|[.!?\\n])\\s*)envoye)\\s+(?:(?:ce\\s+(?:matin|soir|midi|apres-midi)|aujourd'hui|hier(?:\\s+soir)?|tout\\s+a\\s+l'heure|a\\s+l'instant)\\s+)?(?:par|via|en)\\s+(?:paypal|virement|lydia|wise|revolut|cheque|bizum|swish|carte|cb|sumup|stripe|twint|mobilepay|vipps)(?![a-z])`,
  // cheques handed over: « Je vous ai mis les trois chèques dans la boîte aux lettres ce matin » (held-out NYY), « le tresorier a poster le cheque » (« posté »)
  `(?:ai|avons|a)\\s+(?:mis|depose|glisse|laisse|poste|envoye|remis|donne|poster|envoyer|deposer)\\s+(?:le|les|mon|mes|nos|notre|un|deux|trois|quatre|\\d)\\s+(?:\\S+\\s+)?cheques?(?![a-z])(?!\\s+de\\s+caution)`,
  // « c bon j'ai envoyé les 640 par lydia ce matin »: money sent through a way of paying
  `(?:ai|avons|a)\\s+(?:bien\\s+|deja\\s+)?(?:envoye|vire|verse|transfere)\\s+${IN_SENTENCE(4)}(?:par|via|sur|en|avec)\\s+(?:lydia|paypal|wero|paylib|revolut|wise|virement|cheque|bizum|twint|sumup|pumpkin)(?![a-z])`,
  // a sum said sent, its subject dropped: « c'est fait, 2240 € envoyés sur Lydia (en 2 fois car plafond) »
  `\\d[\\d .,]*\\s?(?:€|eur|euros?|e)\\s+(?:bien\\s+)?(?:envoyes|vires|verses|transferes)\\s+(?:par|via|sur|avec)\\s+(?:lydia|paypal|wero|paylib|revolut|wise|virement|cheque|bizum|twint|sumup|pumpkin)(?![a-z])`,
  // someone of the payer's side named as the payer, with the sum or the invoice and how: "James paid the €1,350 by bank transfer yesterday"
  // (not the payer's own client paying it: "Our customer paid the invoice by bank transfer yesterday, so we will pay you next week")
  `(?<!(?:customer|client|sponsor|buyer|tenant|insurer|debtor|principal|owner)s?\\s+(?:has\\s+|had\\s+|finally\\s+|just\\s+|now\\s+)?)paid\\s+(?:the|your|you\\s+the)\\s+(?:[$€£]\\s?\\d[\\d,.]*|\\d[\\d,.]*\\s?(?:€|eur|euros|gbp|usd)|invoice|bill|balance)\\s+(?:in\\s+full\\s+)?(?:by|via|through|with)\\s+(?:a\\s+)?(?:bank\\s+)?(?:transfer|wire|card|paypal|cheque|check)(?![a-z])`,
  // the same in English: "As promised, £2,340.00 sent this morning from my Barclays account"
  `(?:[$€£]\\s?\\d[\\d,.]*|\\d[\\d,.]*\\s?(?:€|eur|euros|gbp|usd|pounds|dollars))\\s+(?:has\\s+been\\s+|was\\s+)?(?:sent|transferred|wired|paid)\\s+(?:this\\s+morning|today|yesterday|earlier\\s+today|last\\s+night|from\\s+(?:my|our)|via|by\\s+(?:bank\\s+)?transfer|to\\s+your\\s+account)(?![a-z])`,
  // a bill of exchange or a debit gone through: « la LCR de la 041 est bien passée sur notre compte le 13 » (held-out MXW)
  `(?:lcr|traite|effet|prelevement)\\s+${W(4)}(?:est|a\\s+ete)\\s+(?:bien\\s+)?(?:passee?|debitee?|payee?|honoree?|reglee?)(?![a-z])(?!\\s+(?:en\\s+)?(?:impaye|rejet|retour))`,
  // « le capital obsèques du contrat … a été versé ce jour par virement, pour un montant de 3 600,00 €, en règlement de votre facture F-2026-0630 »
  // (an insurer paying out a contract's capital to us: what was paid is named by the invoice it settles)
  `(?:a|ont)\\s+ete\\s+(?:verse|vire|regle|paye|transfere)e?s?\\s+${IN_SENTENCE(14)}en\\s+(?:reglement|paiement)\\s+de\\s+(?:votre|la|notre|vos|nos|les)\\s+factures?(?![a-z])`,
  // no auxiliary: "Acompte réglé par virement tout à l'heure", "Facture payée ce matin"
  `(?:acompte|facture|solde|somme|montant|reste)\\s+(?:bien\\s+)?(?:regle|paye|vire|verse|solde|acquitte)e?s?\\s+(?:par|ce|cet|hier|aujourd'hui|ce\\s+jour|tout\\s+a\\s+l'heure|le|via|depuis|ce\\s+matin)(?![a-z])`,
  `(?:viens|venons|vient|viennent)\\s+(?:de\\s+(?:vous|te|lui|leur)\\s+|de\\s+t'|de\\s+|d'(?=e))(?:faire|ef{1,2}ectuer|passer|lancer|regler|payer|virer|verser|envoyer|emettre)`,
  // the participle closing its clause: "Facture payée, vous devriez recevoir les fonds sous 48h"
  `(?:facture|acompte|solde)\\s+(?:bien\\s+)?(?:regle|paye|solde|acquitte)e?s?(?=\\s*[,.!;]|\\s*$)`,
  `${PAY_NOUN_FR}\\s+(?:est\\s+|sont\\s+)?en\\s+route`,
  `(?<!a\\s)(?<!(?:on|je|tu|nous|vous|te)\\s)(?:regle|paye|vire|verse|solde)e?s?\\s+(?:(?:en\\s+(?:liquide|especes|cash)|par\\s+(?:cheque|carte|cb|virement|paypal|lydia))\\s+)?(?:ce\\s+jour|aujourd'hui|hier|hier\\s+soir|ce\\s+matin|ce\\s+midi|ce\\s+soir|avant-hier|ce\\s+(?:we|w-e|week[-\\s]?end)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s+dernier)?)(?![a-z])(?!\\s+prochain)`,
  // (not a problem settled: "La facture était bloquée faute de bon de commande, c'est réglé. Le paiement partira vendredi",
  // « la facture était bloquée en attente du bon de réception. C'est réglé, le virement partira vendredi prochain »)
  `(?<!(?:bloque|probleme|souci|blocage|erreur|incident|bug|litige)[^\\n]{0,100})c'?\\s?est\\s+(?:deja\\s+|bien\\s+)?(?:regle|paye|vire|verse|solde)(?![a-z])`, `(?:regle|paye|vire|verse|solde)e?s?\\s+depuis\\s+(?:le|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\\d)`,
  // « c est payer par virement hier »: the infinitive written for the participle, with how or when it was paid after it
  `(?<!(?:bloque|probleme|souci|blocage|erreur|incident|bug|litige)[^\\n]{0,100})c'?\\s?est\\s+(?:deja\\s+|bien\\s+)?(?:regler|payer|virer)\\s+(?:par\\s+(?:cheque|virement|carte|cb|lydia|paypal)|hier|ce\\s+matin|aujourd'hui|ce\\s+jour)(?![a-z])`,
  // the payment made, its arrival to be seen: « Le mandat a été payé … le 16 juin, vous devriez avoir reçu le virement », « Sie sollten die Zahlung inzwischen erhalten haben »
  `(?:devriez|devrais|devrait|devraient)\\s+(?:deja\\s+|maintenant\\s+)?avoir\\s+(?:deja\\s+|bien\\s+)?recu\\s+${W(2)}${PAY_NOUN_FR}`,
  `(?:sollten|solltest|sollte)\\s+(?:\\S+\\s+){0,3}?(?:zahlung|uberweisung|geld|betrag)\\s+(?:\\S+\\s+){0,2}?(?:erhalten|bekommen)\\s+haben(?![a-z])`,
  // the payee told it is paid: « Je l'ai posté ce matin, tu es réglée en totalité pour la facture 070 », « vous êtes payés », "you've been paid"
  `(?<![a-z])(?:tu\\s+es|vous\\s+etes)\\s+(?:donc\\s+|bien\\s+|maintenant\\s+|desormais\\s+|enfin\\s+)?(?:reglee?s?|payee?s?)(?![a-z])(?!\\s+(?:a\\s+la|au|par\\s+(?:le|la)|des\\s+que|quand|lorsque|une\\s+fois|apres)(?![a-z]))`,
  `you've\\s+(?:now\\s+|just\\s+|all\\s+)?been\\s+paid(?![a-z])`,
  // an invoice named by its number alone: "La PL-2026-0391 a été réglée par virement hier", "INV-0042 has been paid", "RE-17 wurde überwiesen"
  `(?:la|le|l'|the|die|la\\s+n°|invoice\\s+no\\.?)?\\s?[a-z]{0,6}[-/_.]?\\d[\\w/.-]*(?:\\s+\\([^)\\n]{0,40}\\))?\\s+(?:a\\s+(?:bien\\s+|deja\\s+)?ete|est(?:\\s+bien|\\s+deja)?|has\\s+(?:now\\s+|already\\s+)?been|was|is(?:\\s+now)?|wurde|ist)\\s+(?:reglee?|payee?|soldee?|viree?|paid|settled|bezahlt|beglichen|uberwiesen)(?![a-z])`,
  // "Ça a été payé le 23/12", "elle a été réglée hier"
  `(?:ca|cela|elle|il)\\s+a\\s+(?:bien\\s+|deja\\s+)?ete\\s+(?:paye|regle|vire|verse|solde)e?(?![a-z])`,
  // a cheque posted today: « copie du chèque n° 4471208 de 1 152,00 € posté ce jour en règlement de la facture … »
  `${PAY_NOUN_FR}\\s+${IN_SENTENCE(6)}(?:poste|envoye|expedie|depose|remis)e?s?\\s+(?:ce\\s+jour|aujourd'hui|hier|ce\\s+matin|ce\\s+midi)(?![a-z])`,
  // a public buyer's payment order issued or paid: "Le mandat de paiement a été émis et transmis au comptable public le 24/08",
  // "La trésorerie m'informe que le mandat a été payé le 03/07/2026"
  `mandat\\s+(?:de\\s+paiement\\s+|administratif\\s+)?${W(6)}(?:a\\s+ete|est|ont\\s+ete)\\s+(?:bien\\s+)?(?:emis|transmis|vise|signe|envoye|mandate|execute|paye|regle|vire|verse|honore)s?(?![a-z])`,
  // (taken in charge by the public payer, then paid on a day: « … a été pris en charge par la paierie départementale et réglé le 28/07 »)
  `(?:a\\s+ete|ont\\s+ete)\\s+pris\\s+en\\s+charge\\s+${IN_SENTENCE(6)}et\\s+(?:regle|paye|vire|verse)e?s?\\s+(?:par\\s+${IN_SENTENCE(8)})?(?:le\\s+\\d|ce\\s+jour|aujourd'hui|hier|ce\\s+matin)`,
  // an order to transfer given to one's bank: « J'ai passé l'ordre de virement ce matin depuis mon e-banking »
  `(?:j'ai|nous\\s+avons|on\\s+a|avons)\\s+(?:bien\\s+|deja\\s+)?(?:passe|donne|lance|transmis)\\s+(?:l'|un\\s+|notre\\s+|mon\\s+)?ordre\\s+de\\s+(?:virement|paiement)(?![a-z])`,
  // said without its auxiliary: « Mandat émis le 01/06/2026, paiement par la trésorerie sous quelques jours »
  `(?<![a-z])mandat\\s+(?:de\\s+paiement\\s+|administratif\\s+)?(?:emis|transmis|vise|signe|paye|regle)\\s+(?:le\\s+\\d|ce\\s+jour|aujourd'hui|hier|ce\\s+matin)`,
  // "Le virement et parti ce matin", « le virement é parti hier »: "est" typed "et" or "é"
  `${PAY_NOUN_FR}\\s+(?:et|e)\\s+(?:bien\\s+)?(?:parti|ef{1,2}ectue|passe|fait|envoye|emis)e?s?(?![a-z])`,
  // a bill of exchange accepted and sent back: "la traite a été acceptée et renvoyée à la banque", "LCR signée"
  // (« la LCR relative à votre facture HB-2026-0412 (2 340,00 €) a été honorée à l'échéance du 31/10 »: the invoice and its amount between)
  // (« la LCR a bien été payée à échéance, débitée sur notre compte CIC le 30/10 »)
  `(?:traite|lcr|effet|billet\\s+a\\s+ordre)s?\\s+${IN_SENTENCE(9)}(?:a\\s+(?:bien\\s+|deja\\s+)?ete|est|ont\\s+(?:bien\\s+|deja\\s+)?ete|sont)\\s+(?:bien\\s+|deja\\s+)?(?:acceptee?|signee?|renvoyee?|retournee?|domiciliee?|(?:re-?)?emise?|honoree?|payee?|reglee?|debitee?|encaissee?)s?(?![a-z])`,
  // a bill of exchange named by its pronoun, domiciled only such a bill is: « Elle est acceptée et domiciliée pour une échéance au 10/12/2026 »
  `(?:elle|celle-ci)\\s+(?:a\\s+ete|est)\\s+(?:bien\\s+)?(?:acceptee\\s+et\\s+)?domiciliee(?![a-z])`,
  // "réglé par PayPal à l'instant", "payé par carte bancaire via le lien de paiement": the participle and the means
  // (not the present of one paying: « Je vous règle par chèque avec la prochaine livraison »)
  // (not the noun: « je réglerai le solde par chèque »)
  `(?<!(?:je|on|nous)\\s+(?:vous\\s+|te\\s+)?)(?<!(?:le|du|au|ce|mon|ton|votre|son|leur|notre)\\s+)(?:regle|paye|vire|solde|acquitte)e?s?\\s+(?:par|via|avec|en)\\s+(?:paypal|virement|cheque|carte(?:\\s+bancaire)?|cb|lydia|wero|stripe|le\\s+lien|lien|sumup|especes|e-?cesu|cesu|cheques?\\s+(?:vacances|ancv|emploi\\s+service|cadeaux?)|titres?\\s+(?:cesu|restaurant))(?![a-z])`,
  // "yes c fait, je t'ai envoyé ça par Wero", "on vous a viré ça sur Paylib"
  `(?:je\\s+t'ai|je\\s+vous\\s+ai|on\\s+t'a|on\\s+vous\\s+a|nous\\s+vous\\s+avons)\\s+(?:envoye|vire|paye|regle|fait|transfere)\\s+(?:ca\\s+|ca|le\\s+\\S+\\s+|la\\s+\\S+\\s+|les\\s+\\d[\\d\\s.,]*\\s*(?:€|eur|euros|balles|boules)?\\s+)?(?:par|via|sur|avec|en)\\s+(?:wero|lydia|paylib|paypal|virement|vir|cb|carte|cheque|especes|revolut|sumup|le\\s+lien|lien)(?![a-z])`,
  // a cheque sent: « Je vous ai envoyé ce matin par la poste un chèque de 396 € »
  // « J'ai mis le chèque de 2640 € au courrier lundi », « nous avons mis le chèque à la poste »
  `(?:j'ai|(?<![a-z])jai|nous\\s+avons|on\\s+a)\\s+(?:deja\\s+|bien\\s+)?mis\\s+(?:le|un|notre|mon|votre|les)\\s+cheques?\\s+${W(4)}(?:au\\s+courrier|a\\s+la\\s+poste|dans\\s+(?:la|votre)\\s+boite|au\\s+poste)(?![a-z])`,
  // the cheque in the payee's letterbox: « C'est bon, le chèque est dans ta boîte aux lettres depuis samedi »
  `cheques?\\s+${W(4)}(?:est|sont|a\\s+ete|ont\\s+ete)\\s+(?:(?:bien|deja|depose|glisse|mis)e?s?\\s+)?dans\\s+(?:ta|votre|vos|tes|la)\\s+(?:boite|bal)(?![a-z])`,
  // the cheque first: « chèque n°4521873 envoyé ce jour par courrier », « le chèque de 768 € est posté depuis hier »
  `cheques?\\s+${W(4)}(?:envoye|poste|expedie|depose|remis|glisse)e?s?\\s+(?:ce\\s+jour|aujourd'hui|hier|ce\\s+matin|ce\\s+midi|ce\\s+soir|par\\s+(?:courrier|la\\s+poste)|a\\s+la\\s+poste|dans\\s+(?:votre|la)\\s+boite|depuis\\s+hier)(?![a-z])`,
  `(?:je\\s+t'ai|je\\s+vous\\s+ai|on\\s+t'a|on\\s+vous\\s+a|nous\\s+vous\\s+avons)\\s+(?:envoye|poste|expedie|adresse)\\s+${W(5)}(?:un|le|notre|mon|votre)\\s+cheques?(?![a-z])`,
  // "c'est parti hier par virement": gone, and when or how (a bare "c'est parti !" only says let's go)
  // "vu avec la compta, c'est parti": the payment gone, said at the end of a line
  `c'?\\s?est\\s+(?:bien\\s+)?parti(?=\\s*(?:[.!]|\\n|$))`,
  // (and in text-speak, « c parti par virement ce matin »)
  `(?:c'?\\s?est|c)\\s+(?:bien\\s+)?parti\\s+(?:hier|ce\\s+matin|aujourd'hui|ce\\s+jour|avant-hier|lundi|mardi|mercredi|jeudi|vendredi|par\\s+(?:virement|cheque|vir|la\\s+banque))(?![a-z])`,
  // "cest fait par cb ce matin sur le lien": done, and how
  `(?:c'?est|c)\\s+(?:fait|regle|paye|vire)\\s+(?:par|via|avec|en)\\s+(?:cb|carte|virement|vir|cheque|paypal|lydia|le\\s+lien|lien|stripe|wero)(?![a-z])`,
  // "J'ai fait un seul virement de 1 800 € pour les factures …", "on a lancé le virement ce matin", "jai fait le virement" (typed on a phone)
  // (not a causative: "J'ai fait valider la situation, le virement partira vendredi prochain")
  `(?:j'ai|(?<![a-z])jai|nous\\s+avons|on\\s+a|je\\s+t'ai|je\\s+vous\\s+ai|nous\\s+vous\\s+avons)\\s+${FR_PAST_ADVERBS}(?:fait|fais|ef{1,2}ectue|passe|lance|envoye|emis|execute|ordonne|poste|expedie|adresse|remis|depose|laisse|glisse|apporte|donne)\\s+(?!(?:valider|signer|viser|approuver|verifier|controler|traiter|saisir|enregistrer|corriger|modifier)(?![a-z]))${W(4)}(?:un|le|notre|mon|ton|votre|les|des)\\s+(?:seul\\s+|unique\\s+|nouveau\\s+|(?:\\d(?:e|eme|nd|nde)|deuxieme|second|seconde|troisieme|dernier)\\s+)?${PAY_NOUN_FR}`,
  // someone else did it: "le trésorier a fait le virement ce week-end", "la compta a passé le paiement"
  `(?<!(?:j'|je\\s|tu\\s|on\\s|il\\s|elle\\s|qui\\s|ne\\s|n'))(?:a|ont)\\s+${FR_PAST_ADVERBS}(?:fait|ef{1,2}ectue|passe|lance|envoye|emis|execute|ordonne)\\s+(?:le|un|notre|son|leur|votre|ton)\\s+${PAY_NOUN_FR}(?![a-z])`,
  `(?:confirmons|confirme)\\s+(?:le|notre|avoir\\s+ef{1,2}ectue\\s+le)\\s+(?:bon\\s+)?${PAY_NOUN_FR}`,
  // « Je vous confirme avoir réglé la facture RL-2026-112 par virement hier »
  `(?:confirmons|confirme)\\s+(?:vous\\s+)?avoir\\s+(?:bien\\s+|deja\\s+)?(?:regle|paye|vire|verse|solde|acquitte|transfere)(?![a-z])`,
  // the subject dropped: "Just sent the payment via PayPal – should be with you now" (its sentence's start a lookbehind: the list's
  // leading (?<![a-z]) is checked where a match starts, and one starting on the full stop after a word, « work. Just sent », was refused)
  `(?<=(?:^|[\\n.!\\ud800-\\udfff])\\s*)(?:hi\\s+\\S+\\s*,?\\s*)?(?:just|already|have\\s+just)\\s+(?:sent|made|paid|transferred|wired)\\s+(?:(?:the|your|you\\s+the|over\\s+the)\\s+(?:payment|money|transfer|balance|deposit|funds|wire|check|cheque|remittance)(?![a-z])|(?:the\\s+|you\\s+(?:the\\s+)?)?(?:[$€£]\\s?\\d|\\d[\\d,.]*\\s?(?:€|eur|euros|gbp|usd|pounds|dollars)(?![a-z])))`,
  // the subject dropped, a past verb opening its sentence: "Sent the transfer this morning, £3,450 — should be with you tomorrow"
  `(?<=(?:^|[\\n.!\\ud800-\\udfff])\\s*)(?:sent|paid|transferred|wired)\\s+(?:the|your|you\\s+the|over\\s+the)\\s+(?:payment|money|transfer|balance|deposit|funds|wire|check|cheque|remittance)(?!\\s+(?:details|link|request|info|information|form|instructions|reminder)(?![a-z]))(?![a-z])`,
  // "The LC has been negotiated and funds remitted to your bank" (not "once funds are remitted")
  `(?<![a-z])(?:the\\s+|and\\s+)funds\\s+(?:have\\s+been\\s+|were\\s+|has\\s+been\\s+)?(?:remitted|transferred|wired|released|credited)\\s+(?:to|into|on)(?![a-z])`,
  // "les fonds ont été transférés ce matin", "le crédit documentaire a été levé et les fonds transférés"
  // (not a condition: "dès que les fonds ont été virés par l'assureur, nous réglerons")
  `(?<!(?:des\\s+que|quand|lorsque|si|une\\s+fois\\s+que|apres\\s+que|attendons\\s+que|attend\\s+que)\\s+)les\\s+fonds\\s+(?:ont\\s+(?:bien\\s+|deja\\s+)?ete|sont\\s+(?:bien\\s+|deja\\s+)?)\\s*(?:transferes|vires|envoyes|verses|partis)(?![a-z])`,
  `a\\s+ete\\s+(?:leve|debloque|execute|paye|regle)e?\\s+et\\s+les\\s+fonds\\s+(?:transferes|vires|verses)(?![a-z])`,
  // "notre service comptable a procédé au paiement hier"
  `(?:a|ont|avons|ai)\\s+${FR_PAST_ADVERBS}procede\\s+(?:au|a\\s+l'|a\\s+la)\\s*${PAY_NOUN_FR}`,
  `(?:ci-joint|ci\\s+joint|voici|trouverez|joignons|en\\s+piece\\s+jointe)\\s+${W(3)}(?:l'|la\\s+|le\\s+|notre\\s+)?(?:avis|preuve|justificatif|confirmation|copie|ordre)\\s+(?:de\\s+|du\\s+|d')${W(1)}(?:virement|paiement|reglement|operation)`,
  // en
  `${PAY_NOUN_EN}\\s+(?:(?:of|for)\\s+(?:(?:your|the|our)\\s+invoice\\s+[a-z]{0,6}[-/_.]?\\d[\\w/.-]*|(?:eur|usd|gbp|chf|[€$£])\\s?\\d[\\d .,']{0,14}|[a-z]{0,6}[-/_.]?\\d[\\w/.-]*\\s+(?:eur|usd|gbp|chf|[€$£])\\s?\\d[\\d .,']{0,14}|\\S+)\\s+)?(?:already\\s+|now\\s+|just\\s+)?(?:sent|made|done|completed|processed|cleared|released|initiated|issued|executed|effected|transferred|remitted|wired)(?!\\s+(?:by(?!\\s+(?:our|my|the\\s+bank|${EN_PAYMENT_MEANS})(?![a-z]))|to|on\\s+receipt)(?![a-z]))(?!\\s+by\\s+(?:${EN_PAYMENT_MEANS})\\s+(?:is|are|must|should|can|will|would|only|preferred|required|accepted)(?![a-z]))`,
  // "That's paid now, went out by EFT this morning" (not "it's paid on the 30th")
  `(?:that|it|this)'s\\s+(?:now\\s+|all\\s+|been\\s+){0,2}(?:paid|settled)(?![a-z])(?!\\s+(?:on|by|in|at|when|once|after|before|next|within|until|tomorrow|monday|tuesday|wednesday|thursday|friday|end)(?![a-z]))`,
  `went\\s+out\\s+(?:by|via)\\s+(?:eft|bacs|wire|transfer|bank\\s+transfer|ach|chaps|faster\\s+payments?)(?![a-z])`,
  // "wire for the deposit (LA-2026-0910, $4,500.00) went out this morning"; is: "Greitt í dag", "Ég hef millifært"
  `(?:wire|payment|transfer|ach|check|cheque|remittance)\\s+${W(6)}went\\s+out\\s+(?:today|this\\s+morning|this\\s+afternoon|yesterday|earlier|last\\s+night|on\\s+(?:monday|tuesday|wednesday|thursday|friday))(?![a-z])`,
  `greitt\\s+(?:i\\s+dag|i\\s+gaer|nuna)(?![a-z])`, `(?:hef|hofum)\\s+(?:nu\\s+)?(?:greitt|millifaert|borgad)(?![a-z])`, `(?:reikningurinn|reikningur)\\s+(?:er|hefur\\s+verid)\\s+greidd?ur(?![a-z])`,
  // "HME-26-0206 went out on this morning's payment run", "it was included in yesterday's BACS run"
  `(?:went\\s+out|was\\s+(?:paid|included|released|sent))\\s+(?:on|in|with)\\s+${W(3)}(?:payments?|bacs|pay|supplier|ach|eft|wire|chaps)\\s+(?:run|batch|cycle)(?![a-z])`,
  // a telegraphic transfer's bank copy sent as proof: "TT copy attached", "attached the bank slip"
  `(?:tt|t/t|swift|wire|transfer|bank)\\s+(?:copy|slip|receipt)\\s+(?:is\\s+)?(?:attached|enclosed)`, `(?:attached|enclosed)\\s+(?:is\\s+|are\\s+)?(?:the\\s+|our\\s+)?(?:tt|t/t|swift|wire|transfer|bank)\\s+(?:copy|slip|receipt)`,
  `(?:${PAY_NOUN_EN}|it|this)\\s+(?:\\([^()\\n]{0,40}\\)\\s+)?${W(2)}(?:has|have|had|was|were|is)\\s+(?:now\\s+|already\\s+|just\\s+|also\\s+)?(?:been\\s+)?(?:(?:approved|validated|signed\\s+off)\\s+and\\s+)?(?:paid|settled|sent|made|done|effected|carried\\s+out|processed|released(?!\\s+for\\s+(?:payment|approval|processing)|\\s+and\\s+(?:is\\s+|now\\s+)?(?:scheduled|planned|queued|booked|set|due)\\s+for)|initiated|issued|transferred|wired|remitted|executed|completed|cleared|posted|mailed|actioned)`,
  // (an invoice "posted" is entered in the books: "Your invoice F-2026-0398 has been posted and will be paid in the run on Friday")
  `(?:invoice|bill)\\s+${W(2)}(?:has|have|had|was|were|is)\\s+(?:now\\s+|already\\s+|just\\s+|also\\s+)?(?:been\\s+)?(?:(?:approved|validated|signed\\s+off)\\s+and\\s+)?(?:paid|settled|sent|made|done|effected|carried\\s+out|processed|released(?!\\s+for\\s+(?:payment|approval|processing)|\\s+and\\s+(?:is\\s+|now\\s+)?(?:scheduled|planned|queued|booked|set|due)\\s+for)|initiated|issued|transferred|wired|remitted|executed|completed|cleared|mailed|actioned)`,
  `(?:we|i)(?:'ve|'d)?\\s+(?:have\\s+|had\\s+)?(?:now\\s+|already\\s+|just\\s+|finally\\s+|actually\\s+)?(?:paid|payed|settled|wired|remitted|transfer?red)`,
  // "I've just sent the deposit of £1,640 by bank transfer": the money named after "sent"
  `(?:we|i)(?:'ve)?\\s+(?:have\\s+)?(?:now\\s+|already\\s+|just\\s+)?sent\\s+(?:you\\s+|over\\s+)?(?:the|your|my|our)\\s+(?:deposit|payment|balance|money|funds|transfer|wire|remittance)(?![a-z])(?!\\s+(?:details|request|requests|link|form|forms|instructions|info|information|advice|slip|notice|reminder|file|to\\s+(?:our|my|the)\\s+(?:accounts?|finance|ap|payables)))`,
  // someone paid it: "Atlantic Crest Yachting LLC paid this one yesterday on the owner's account"; a reply that opens with the word: "Settled – sorry for the delay"
  `(?<!(?:not|never|n't|be|been|get|got|will|to|you|once|if|when)\\s)(?:paid|settled)\\s+(?:this\\s+one|that\\s+one|this\\s+invoice|the\\s+invoice|your\\s+invoice|it)\\s+(?:yesterday|today|this\\s+(?:morning|afternoon|evening)|tonight|last\\s+\\w+|on\\s+(?:the\\s+)?\\S+|earlier|already)(?![a-z])`, `^\\s*(?:all\\s+|now\\s+)?(?:settled|paid)(?=\\s*(?:[-–—,.!]|$))`,
  `(?:we|i)(?:'ve)?\\s+(?:have\\s+)?(?:now\\s+|already\\s+|just\\s+)?(?:sent|made|processed|released|initiated|issued|posted|mailed|arranged|completed|executed|done|effected)\\s+(?:the\\s+|a\\s+|our\\s+|your\\s+)?(?:first\\s+|second\\s+|partial\\s+)?(?:bank\\s+)?${PAY_NOUN_EN}${NOT_THE_PAYMENT_EN}`,
  `(?<!be\\s)(?<!to\\s)(?:paid|settled)\\s+(?:today|yesterday|this\\s+(?:morning|afternoon|evening)|tonight|last\\s+\\w+|in\\s+full|on\\s+\\w+|earlier)`,
  `(?:^|\\n)\\s*paid(?![a-z])`,
  // a reply of one word: « viré », « Payé ! »
  `(?:^|\\n)\\s*(?:vire|paye|regle|verse)(?:\\s*!+|\\s*\\.)?\\s*(?:\\n|$)`,
  // ca: « Fet! transferència feta avui », « hem fet la transferència »
  `(?:transferencia|pagament|ingres)\\s+(?:feta?|realitzada?|enviada?)\\s+(?:avui|ahir|aquest\\s+mati|aquest\\s+matí)(?![a-z])`, `(?:he|hem)\\s+(?:fet|enviat|realitzat)\\s+(?:la\\s+|el\\s+)?(?:transferencia|pagament|ingres)(?![a-z])`,
  // a payment platform's status, reported: "Deel shows it as processed", "our system has it marked as paid"
  `(?:shows?|showing|marked|marks|listed|lists|has\\s+it)\\s+(?:it\\s+|this\\s+|that\\s+|this\\s+one\\s+|the\\s+(?:invoice|payment|transfer)\\s+)?(?:marked\\s+)?as\\s+(?:processed|paid|settled|completed|cleared)(?![a-z])`,
  // the transfer's proof sent with the word: « Hecho, te adjunto copia del SWIFT », « ci-joint la copie du virement », "attached the SWIFT copy"
  `(?:adjunto|adjuntamos|os\\s+adjunto|le\\s+adjunto|ci-joint|ci-jointe|en\\s+pj|en\\s+piece\\s+jointe|attached|attaching|in\\s+allegato|vi\\s+allego|ti\\s+allego|anbei|im\\s+anhang)\\s+(?:(?:la|le|the|a|una|un|die|eine|el|il)\\s+)?(?:copia|copie|copy|kopie|justificante|comprobante|preuve|proof|avis|ricevuta|contabile)\\s+(?:del?\\s+|du\\s+|de\\s+la\\s+|de\\s+l'|of\\s+(?:the\\s+)?|della\\s+|des\\s+|der\\s+)?(?:swift|mt\\s?103|transferencia|virement|bonifico|transfer|wire|pago|paiement|payment|uberweisung|zahlung)`, `(?:swift|mt\\s?103)\\s+(?:copy|copia|copie|kopie)`, `(?:anbei|beigefugt|im\\s+anhang|anliegend)\\s+(?:(?:erhalten\\s+sie|finden\\s+sie)\\s+)?(?:unser|unsere|unseren|das|den|die|der)?\\s*(?:zahlungsavis|zahlungsavise|zahlungsbestatigung|uberweisungsbeleg|uberweisungsbestatigung|zahlungsnachweis|zahlungsanzeige)(?![a-z])`,
  // a letter of credit's payment: "the payment under L/C No. MUFG-LC-26-04418 has been released by our bank today"
  `payment\\s+under\\s+(?:the\\s+)?(?:l/c|lc|letter\\s+of\\s+credit)\\s+(?:no\\.?\\s*)?\\S+\\s+(?:has\\s+been|was|is)\\s+(?:now\\s+)?(?:released|paid|made|honou?red|effected)(?![a-z])`,
  // "Our finance team has processed the transfer today", "Attached is the MT103" (a SWIFT transfer's own proof)
  // a German participle with its day, the verb dropped: "Balance EUR 1.200,85 überwiesen heute, Ref FDA-26/0461"
  `(?:uberwiesen|bezahlt|beglichen)\\s+(?:heute|gestern|soeben|vorhin|heute\\s+morgen)(?![a-z])`,
  // … and in the simple past: "our finance team processed the payment yesterday (TT ref. HSBC 2611-88412)", "our accounting team wired the deposit today"
  `(?:team|department|dept|accounts|finance|treasury|accounting|accountant|bookkeeper|office|payables|colleague|ap|a/p)\\s+(?:\\S+\\s+)?(?:processed|released|executed|initiated|sent|made|issued|wired)\\s+(?:the|your|our|this|a)\\s+(?:transfer|payment|wire|remittance|bacs|ach|deposit|balance|funds|money)${NOT_THE_PAYMENT_EN}`,
  `(?<!(?:you|once|when|if)\\s)(?:has|have)\\s+(?:now\\s+|already\\s+|just\\s+)?(?:processed|released|executed|initiated|sent|made|issued)\\s+(?:the|your|our|this|a)\\s+(?:transfer|payment|wire|remittance|bacs|ach)${NOT_THE_PAYMENT_EN}`, `mt\\s?103`,
  // "payment of the deposit 4.250,00 EUR is done today"
  `(?:payment|transfer|wire|remittance)\\s+(?:of|for)\\s+${W(6)}(?:is|was|has\\s+been)\\s+(?:now\\s+|already\\s+)?(?:done|completed|made|sent|executed)(?![a-z])(?!\\s+(?:on|by|next|tomorrow|at\\s+the\\s+end|once|when|after)(?![a-z]))`,
  // "Payment was released today", "Please find attached POP" (proof of payment, as South Africa and Australia write it)
  `(?:payment|transfer|wire|remittance|funds|eft)\\s+(?:was|were|has\\s+been|have\\s+been)\\s+(?:released|sent|made|processed|executed|initiated|remitted|effected|completed)(?![a-z])`, `(?:ach|wire|payment|transfer|remittance|eft|bacs)\\s+(?:for|of|covering)\\s+${W(5)}(?:was|were|has\\s+been|have\\s+been)\\s+(?:released|sent|made|processed|executed|initiated|remitted|effected|completed|issued)(?![a-z])`, `(?:attached|enclosed)\\s+(?:is\\s+|are\\s+)?(?:the\\s+|our\\s+)?(?:pop|proof\\s+of\\s+payment)(?![a-z])`,
  // "its been settled now" (the apostrophe dropped), "that's been paid"
  `(?:it's|its|it\\s+has|that's|thats|that\\s+has|this\\s+has)\\s+(?:now\\s+|already\\s+|just\\s+|finally\\s+)?been\\s+(?:paid|settled|sent|transferred|processed|wired|remitted)(?![a-z])`,
  // cs/ca bare participles with their day or means: "uhrazeno včera", "pagat avui per PayPal"
  `(?<![a-z])(?:uhrazeno|zaplaceno|odeslano|pagat|pagada)\\s+(?:vcera|dnes|dneska|predevcirem|avui|ahir|per|amb|via)(?![a-z])`,
  // "Our accounting dept. already made payment on September 13"
  `(?:already|has|have|had)\\s+made\\s+(?:the\\s+|a\\s+|our\\s+|full\\s+)?payment`,
  // the subject dropped: "Ist bezahlt, sorry für die Verspätung!", "Betalt nu.", "Done – transferred today as promised."
  `(?<![a-z])(?:ist|sind|wurde|wurden)\\s+(?:jetzt\\s+|bereits\\s+|schon\\s+|nun\\s+|gerade\\s+)?(?:(?:per|via|uber|mit)\\s+(?:paypal|twint|uberweisung|lastschrift|karte|kreditkarte|bank|sepa)\\s+)?(?:bezahlt|uberwiesen|beglichen)(?![a-z])`, `(?<![a-z])betalt\\s+(?:nu|na|i\\s+dag|idag|i\\s+gar|igar|today|yesterday|this\\s+morning)(?![a-z])`, `(?<![a-z])(?:transferred|wired|remitted)\\s+(?:it\\s+|the\\s+money\\s+|the\\s+funds\\s+|the\\s+balance\\s+)?(?:today|yesterday|this\\s+morning|earlier\\s+today)`,
  // a bare participle opening the reply, after a greeting or not: "Payé !", "Hello, payé !", "Pagado.", "Bezahlt, danke!", "Saldato oggi",
  // "Done, paid.", "Plătit azi.", "Tere, makstud."
  `(?:^|\\n)\\s*(?:(?:hello|bonjour|hi|hey|salut|coucou|hola|hallo|ciao|bjr|ok|okay|voila|done|tere|buna|buna\\s+ziua|hej|hei|moi|czesc|dzien\\s+dobry|yes|oui|da|ja)\\s*[,!]?\\s*)?(?:payee?|reglee?|pagad[oa]|bezahlt|uberwiesen|beglichen|saldat[oa]|pagat[oa]|betaald|overgemaakt|paid|platit[a]?|achitat[a]?|makstud|tasutud|betald|maksettu|zaplacon[eao]|zaplaceno|uhrazeno)(?=\\s*(?:[!.,]|[^\\s\\w?']|\\n|$)|\\s+(?:le\\s+\\d|am\\s+\\d|on\\s+\\d|el\\s+\\d|il\\s+\\d|ce\\s+jour|ce\\s+matin|aujourd'hui|hier|hoy|ayer|heute|gestern|oggi|ieri|azi|astazi|tana|tanaan|idag|dzisiaj|dzis|wczoraj|dnes|vcera|vandaag|gisteren|vanmorgen|vanochtend|hoje|ontem|stamattina|this\\s+morning|heute\\s+(?:morgen|fruh)|esta\\s+manana|par|via|per|por|mit|con|met|today|yesterday))`, `(?:just|all|now|fully)\\s+(?:paid|settled)`,
  // the means of a payment made: "Paid via ACH today", "settled by BACS this morning"
  `(?<!be\\s)(?<!to\\s)(?<!will\\s)(?:paid|settled|sent|transferred|wired)\\s+(?:it\\s+)?(?:via|by|through|with|over|on)\\s+(?:${EN_PAYMENT_MEANS})(?![a-z])`,
  `(?:we|i)\\s+(?:can\\s+)?confirm\\s+(?:that\\s+)?(?:the\\s+|our\\s+)?(?:payment|transfer|remittance)`,
  // "EFT for NLD-26-118 went through yesterday"
  `${PAY_NOUN_EN}\\s+${W(4)}(?:went|has\\s+gone|have\\s+gone)\\s+(?:through|out)(?![a-z])`,
  // "that's gone through to you now" (not "it's gone through to our AP team")
  `(?:that's|that\\s+has|it's|it\\s+has|this\\s+has)\\s+(?:now\\s+|just\\s+)?gone\\s+(?:through|out)(?!\\s+(?:to|for|with)\\s+(?:our|the|finance|accounts|ap|approval|sign|review|my|his|her))(?![a-z])`,
  // "please note we have today made the transfer of EUR 3,780.00 on behalf of our client"
  `(?:we|i)\\s+have\\s+(?:today|this\\s+morning|yesterday|now|just)\\s+(?:made|sent|effected|executed|initiated|released)\\s+(?:the|a|our|your)\\s+(?:bank\\s+)?(?:transfer|payment|wire|remittance)`,
  // "Sorted mate, went over last night", "I lodged the money this morning" (ie), "paid that this arvo via EFT" (au),
  // "all sorted - transferred on the 28th", "the invoice … is payed yesterday" (payed: a learner's paid)
  `(?:went|gone)\\s+over\\s+(?:last\\s+night|yesterday|this\\s+(?:morning|afternoon|arvo)|earlier|today)`, `(?<!be\\s)(?<!will\\s)(?<!to\\s)lodged\\s+(?:the\\s+|your\\s+)?(?:it|that|[€£$]|\\d|money|payment|funds|cash|amount|balance)`,
  `(?<!be\\s)(?<!will\\s)(?<!to\\s)(?:paid|transferred|sent|wired|settled)\\s+(?:it\\s+|that\\s+|this\\s+)?this\\s+arvo`,
  `(?<!be\\s)(?<!to\\s)(?<!will\\s)(?<!it\\s)(?<!that\\s)(?<!this\\s)(?<!get\\s)(?<!have\\s)(?:paid|transferred|wired|settled)\\s+(?:it\\s+|that\\s+)?on\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)(?![a-z])`,
  `(?:is|was|were|are|been|we|i|have|has)\\s+payed(?![a-z])`,
  // a cheque posted: "check #4471 went in the mail today", "the cheque is in the post"
  `(?:cheque|check)\\s+${W(5)}(?:went|is|was|has\\s+gone|has\\s+been\\s+put)\\s+(?:out\\s+)?(?:in|into)\\s+(?:the\\s+)?(?:mail|post)`,
  `already\\s+(?:been\\s+)?(?:paid|settled)`,
  // "I sent it last Friday" (to whom is not said: it answers the chase), "Paying it now"
  `(?:we|i)\\s+sent\\s+(?:it|this|that)\\s+(?:last\\s+\\w+|yesterday|this\\s+morning|earlier\\s+today|on\\s+(?:monday|tuesday|wednesday|thursday|friday|the\\s+\\d+\\w*))`, `(?<!be\\s)(?<!to\\s)(?<!will\\s)(?:paying|settling)\\s+(?:it|this|the\\s+invoice)\\s+(?:now|right\\s+now|as\\s+we\\s+speak)`,
  `(?:${PAY_NOUN_EN}|it|this)\\s+(?:went|has\\s+gone|have\\s+gone)\\s+(?:out|through)`,
  `(?:${PAY_NOUN_EN}|it|this)\\s+(?:is|are)\\s+(?:now\\s+)?on\\s+(?:its|their|the)\\s+way`,
  `(?:remittance(?:\\s+advice)?|proof\\s+of\\s+payment|payment\\s+(?:confirmation|advice)|bank\\s+confirmation)\\s+(?:is\\s+)?(?:attached|enclosed|below|herewith)`,
  `(?:attached|enclosed|see|find|herewith)\\s+${W(2)}(?:remittance|proof\\s+of\\s+payment|payment\\s+(?:confirmation|advice))`,
  `(?:cheque|check)\\s+(?:is|was)\\s+in\\s+the\\s+(?:post|mail)`, `(?:mailed|posted|dropped)\\s+(?:you\\s+)?(?:a|the|our)\\s+(?:check|cheque)`,
  // de
  // a compound invoice word and its day: "die Anzahlungsrechnung OI-2026-0256 wurde am 22.07.2026 bezahlt"
  `[a-z]*rechnung\\s+${W(3)}(?:wurde|wurden|ist)\\s+(?:(?:am|bereits|schon|heute|gestern)\\s+(?:\\S+\\s+)?)?(?:bezahlt|beglichen|uberwiesen)(?![a-z])`,
  // (« die Rechnung F-2026-0355 wurde gestern (28.10.2026) per SEPA-Überweisung beglichen »: the day and the means between)
  `[a-z]*rechnung\\s+${W(3)}(?:wurde|wurden)\\s+(?:am|bereits|schon|heute|gestern)\\s+${IN_SENTENCE(5)}(?:bezahlt|beglichen|uberwiesen)(?![a-z])`,
  // the payment put first, then who made it: « Die Zahlung über CHF 84'250.00 habe ich heute bei der UBS ausgelöst » (held-out MXZ)
  `(?:zahlung|uberweisung|uberweisungen|uberweisungsauftrag|uberweisungsauftrage|uberweisungsbetrag|betrag)\\s+(?:[^\\s!?]+\\s+){0,6}?(?:habe|haben|hab)\\s+(?:ich|wir)\\s+${IN_SENTENCE(6)}(?:ausgelost|veranlasst|angewiesen|uberwiesen|getatigt|ausgefuhrt|freigegeben|abgeschickt|erledigt)(?![a-z])`,
  // (« die Rechnung F2026-0430 wurde am 07.10.2026 unter Abzug von 2 % Skonto (249,60 EUR) überwiesen »: ten words between)
  `${PAY_NOUN_DE}\\s+${W(4)}(?:wurde|wurden|ist|sind)\\s+${IN_SENTENCE(12)}(?:veranlasst|angewiesen|uberwiesen|bezahlt|beglichen|ausgefuhrt|erfolgt|getatigt|ausgeglichen|ausgelost|raus|unterwegs|gezahlt|angestossen|erledigt|rausgegangen|abgeschickt)`,
  // an invoice "freigegeben" is approved, a payment "freigegeben" is released
  `(?:zahlung|uberweisung|betrag|rechnungsbetrag)\\s+${W(4)}(?:wurde|wurden|ist|sind)\\s+(?!(?:fur|zum|ab|per|auf)\\s)${W(2)}freigegeben`,
  // … and an invoice released for payment ("zur Zahlung freigegeben"), as "released for payment" says
  `(?:rechnung|honorarnote|note|faktura)\\s+${W(4)}(?:wurde|wurden|ist|sind)\\s+${W(3)}zur\\s+(?:zahlung|auszahlung|uberweisung)\\s+freigegeben`,
  // "désolée du retard, c'est fait ! (virement de 540,00 €)", « c fait le virement hier soir »: done, and the payment named with it
  `(?:c'est|(?<![a-z'])(?:c|cest|c\\s+est))\\s+fait\\s*[!.,]*\\s*\\(?\\s*(?:le\\s+|mon\\s+|notre\\s+|un\\s+|par\\s+)?(?:vire?ment|paiement|reglement|cheque|versement|lydia|paypal|wero)`,
  // phone-typed: « c fait hier le virement 1230 eur, swift en pj », « c'est fait ce matin par virement »
  `(?:c'est|(?<![a-z'])(?:c|cest|c\\s+est))\\s+fait\\s+(?:hier|ce\\s+matin|aujourd'hui|ce\\s+jour|ce\\s+soir)\\s+(?:le\\s+|mon\\s+|notre\\s+|un\\s+|par\\s+)?(?:vire?ment|paiement|reglement|cheque|versement|swift)(?![a-z])`,
  // « C'est virement aujourd'hui, désolée du retard » (« c'est viré » typed as the noun)
  `(?<![a-z])c'?\\s?est\\s+vire?ment\\s+(?:aujourd'hui|ce\\s+jour|ce\\s+matin)(?![a-z])`,
  // « c'est fait pour l'acompte ! », « c'est fait pour le solde » (what was paid named; not « c'est fait pour le bon de commande »)
  `c'est\\s+fait\\s+pour\\s+(?:l'acompte|le\\s+solde|le\\s+virement|le\\s+paiement|le\\s+reglement|la\\s+facture)(?![a-z])`,
  // casual English: "the check's in the mail", "settled it thru the bank just now", "paid it this arvo"
  // "paid through the card link last night": paid, and how
  // "sent it there now via Revolut, €1,650"
  `(?:sent|transferred|wired)\\s+(?:it|the\\s+money|the\\s+payment|the\\s+funds|you\\s+the\\s+money)\\s+(?:over\\s+|there\\s+|across\\s+)?(?:now\\s+|just\\s+now\\s+|today\\s+|this\\s+morning\\s+|yesterday\\s+)?(?:via|by|through|with|on)\\s+(?:revolut|wise|paypal|bank\\s+transfer|bacs|swift|the\\s+app|online\\s+banking|apple\\s+pay)(?![a-z])`,
  `(?:paid|settled|sorted)\\s+(?:it\\s+)?(?:(?:just\\s+)?now\\s+|today\\s+|tonight\\s+|this\\s+(?:morning|evening|afternoon)\\s+)?(?:through|thru|via|by|with|using)\\s+(?:the\\s+|your\\s+)?(?:card\\s+link|payment\\s+link|pay\\s+link|link|paypal|stripe|sumup|apple\\s+pay|google\\s+pay|revolut|wise)(?![a-z])`,
  `(?:check|cheque)(?:'s|\\s+is|\\s+was)\\s+(?:in\\s+the\\s+(?:mail|post)|(?:been\\s+)?(?:mailed|posted|sent))`, `(?:paid|settled|sent|transferred)\\s+(?:it\\s+)?(?:thru|through|via|by)\\s+(?:the\\s+)?(?:bank|app|online\\s+banking)`, `(?:paid|settled|transferred|wired)\\s+(?:it\\s+|that\\s+)?(?:(?:from|via|through|with|by)\\s+(?:our\\s+|the\\s+|my\\s+)?\\S+\\s+(?:bank\\s+|account\\s+)?)?(?:this\\s+arvo|this\\s+afternoon|this\\s+morning|just\\s+now|earlier|tonight|today|yesterday)`,
  // cs, sk, hu: "VI-2026-0144 uhrazeno dne 16. 7. 2026", "platba odešla", "částka … byla dnes odeslána převodem", "zaplatené", "átutaltuk"
  `uhrazen[oa]\\s+(?:dne|dnes|vcera|\\d)`, `platba\\s+${W(4)}(?:uz\\s+|jiz\\s+)?(?:odesla|odisla)(?![a-z])`, `(?:byla|byl|bylo)\\s+(?:dnes\\s+|vcera\\s+|jiz\\s+|uz\\s+)?(?:odeslan|odoslan|uhrazen|zaplacen|zaplaten|uhraden)[aoy]`, `(?:atutaltuk|kifizettuk|rendeztuk|kifizetve|atutalva)(?![a-z])`,
  // hu: "a … számla kifizetése megtörtént", "kiegyenlítettük", "az utalás megtörtént"; cs/sk: "zaplatili jsme", "uhradili sme", "je zaplacená"
  `(?:kifizetes\\w*|atutalas\\w*|utalas\\w*|befizetes\\w*|kiegyenlites\\w*)\\s+${W(2)}megtortent`, `(?:kiegyenlitettuk|kiegyenlitettem|kiegyenlitve|elutaltuk|elutaltam|atutaltam|kifizettem|befizettuk)(?![a-z])`,
  `(?:jsme|jsem|sme|som)\\s+${W(2)}(?:zaplatil[aiy]?|uhradil[aiy]?|odeslal[aiy]?|odoslal[aiy]?|poslal[aiy]?)(?![a-z])`, `(?:zaplatil[aiy]?|uhradil[aiy]?)\\s+(?:jsme|jsem|sme|som)(?![a-z])`, `(?:je|byla|bola)\\s+(?:jiz\\s+|uz\\s+)?(?:zaplacen|uhrazen|zaplaten|uhraden)[aoy]?(?![a-z])`,
  // it: a cheque or transfer sent: "le ho spedito ieri un assegno per saldare la fattura", "abbiamo inviato l'assegno"
  `(?:ho|abbiamo)\\s+(?:gia\\s+)?(?:spedito|inviato|mandato|emesso|spedito\\s+oggi|imbucato)\\s+(?:ieri\\s+|oggi\\s+|stamattina\\s+|stamani\\s+)?(?:un|l'|il)\\s*(?:assegno|bonifico|pagamento|versamento)(?![a-z])`,
  // es, de: "Le envié ayer un cheque para saldar la factura", "Ich habe Ihnen gestern einen Scheck geschickt"
  `(?:envie|mande|(?:he|hemos)\\s+(?:enviado|mandado))\\s+(?:ayer\\s+|hoy\\s+|esta\\s+manana\\s+)?(?:un|el)\\s+(?:cheque|talon)(?![a-z])`,
  `(?:habe|haben)\\s+(?:ihnen\\s+|euch\\s+|dir\\s+)?(?:gestern\\s+|heute\\s+|bereits\\s+|schon\\s+)?(?:einen|den)\\s+(?:verrechnungs)?scheck\\s+${W(3)}(?:geschickt|gesendet|verschickt|zugeschickt|ubersandt|ubersendet|eingeworfen)(?![a-z])`,
  // co (Corsican): "Aghju fattu u viramentu eri", "avemu pagatu a fattura"
  `(?:aghju|avemu|emu)\\s+(?:dighja\\s+)?(?:fattu|mandatu|pagatu|saldatu)\\s+(?:u\\s+|a\\s+|l')?(?:viramentu|pagamentu|bonificu|fattura|sumu)(?![a-z])`, `(?:aghju|avemu)\\s+(?:dighja\\s+)?(?:pagatu|saldatu)(?![a-z])`,
  // it: "Acconto saldato oggi con bonifico", "Fattura pagata ieri"
  `(?:saldat[oa]|pagat[oa]|bonificat[oa])\\s+(?:oggi|ieri|stamattina|stamani|questa\\s+mattina|con\\s+bonifico|adesso|ora|proprio\\s+ora|poco\\s+fa|in\\s+questo\\s+momento)(?![a-z])`,
  // zh, ja: "发票 … 的款项已于今日付清", "已付款", "お振込みいたしました", "支払い済み"
  // ja: "上記請求書のお支払い（海外送金）を完了いたしました"
  `(?:お?支払い|送金|お?振込み?)(?:[（(][^）)\\n]{0,12}[）)])?(?:を|が|は)?完了(?:いたしました|しました|致しました)`,
  `(?:已于|已於|已在|已经|已經|已)(?:(?!安排)[^。！？，\\n]){0,20}?(?:付清|付款|支付|汇款|匯款|转账|轉賬|轉帳|汇出|匯出|电汇|電匯)`, `(?:お?振込み?|お?支払い|送金)(?:の)?(?:手続き?)?(?:を|が)?(?:済ませ|完了|いたしました|しました|済み|済)`, `振込済`, `(?:付款|支付|汇款|转账)(?:已|已经)(?:完成|付清|汇出|到账)`, `(?:お?振込み?|お?支払い|送金)(?:は|が)(?:完了|済み|済)`,
  // ko: "송금했습니다", "입금 완료했습니다", "지급 처리되었습니다"
  `(?:송금|입금|지급|결제|이체|납부)(?:을|를|이|가)?\\s?(?:했|하였|완료|처리했|처리하였|처리되었|처리됐|되었|됐)`,
  // ar: "نحيطكم علماً بأنه تم تحويل مبلغ الفاتورة … اليوم", "تم الدفع", "قمنا بالتحويل", "سددنا الفاتورة"
  `(?:(?<![\\u0600-\\u06ff])|(?<=(?<![\\u0600-\\u06ff])و))تم\\s+(?:تحويل|الدفع|السداد|سداد|التحويل|دفع)`, `قمنا\\s+(?:بالتحويل|بالدفع|بالسداد|بتحويل|بدفع|بسداد)`, `(?:سددنا|دفعنا|حولنا)(?![\\u0600-\\u06ff])`,
  // id, vi (folded), th: "Pembayaran invoice … sudah kami transfer hari ini", "đã thanh toán", "đã chuyển khoản", "โอนเงินแล้ว"
  `(?:sudah|telah)\\s+(?:kami\\s+)?(?:transfer|bayar|lunasi|dibayar|ditransfer|dilunasi|lunas)(?![a-z])`,
  // he: "שילמנו", "העברנו את התשלום", "התשלום בוצע", "החשבונית שולמה" (not "יבוצע": will be)
  `(?<![\\u0590-\\u05ff])(?:שילמנו|העברנו|שולם|שולמה|הועבר|הועברה)(?![\\u0590-\\u05ff])`, `(?<![\\u0590-\\u05ff])(?:התשלום|ההעברה)\\s+בוצע(?:ה)?(?![\\u0590-\\u05ff])`, `(?<![\\u0590-\\u05ff])בוצע(?:ה)?\\s+(?:התשלום|ההעברה|העברה)(?![\\u0590-\\u05ff])`, `(?:da|vua)\\s+(?:thanh\\s+toan|chuyen\\s+khoan|chuyen\\s+tien|tra\\s+tien)`, `(?:ชำระ|โอน)(?:เงิน)?(?:เรียบร้อย)?แล้ว`,
  // fi, et, lv, lt: "lasku on maksettu", "arve on makstud 07.10.2026", "rēķins ir apmaksāts", "sąskaita apmokėta", "maksoimme", "sumokėjome"
  `(?:lasku|maksu|arve|makse|rekins|maksajums|saskaita|mokejimas)\\s+${W(2)}(?:(?:on|ir|yra|buvo)\\s+)?(?:jo\\s+|jau\\s+|juba\\s+|nyt\\s+)?(?:maksettu|suoritettu|makstud|tasutud|apmaksats|samaksats|parskaitits|apmoketa|sumoketa|pervesta)(?![a-z])`,
  // et: "Makse on tehtud", "Ülekanne on sooritatud"
  `(?:makse|ulekanne|arve\\s+tasumine)\\s+(?:on\\s+)?(?:juba\\s+)?(?:tehtud|sooritatud)(?![a-z])`,
  `(?:maksoimme|maksettiin|olemme\\s+maksaneet|maksime|tasusime|oleme\\s+(?:tasunud|maksnud)|apmaksajam|samaksajam|parskaitijam|apmokejome|sumokejome|pervedeme)(?![a-z])`,
  // a common misspelling: "this has been payed last week"
  `(?:has|have)\\s+been\\s+payed`, `(?:was|were)\\s+payed`,
  // texting: "c bon c payé", "c réglé"
  `(?<!')c\\s+(?:bien\\s+)?(?:paye|regle|vire|solde)e?(?![a-z])`,
  // Alemannic (Alsace, Baden, Switzerland): "des Geld isch heut naus, hab's grad iberwiese", "isch zahlt"
  `(?<![a-z])(?:iberwiese|iwwerwiese|uberwiese|iberwiesa|iberwise|uberwise|uberwisa)(?![a-z])`, `(?<![a-z])(?:hani|han\\s+i|hend\\s+mir|mir\\s+hend|hammer|hamer)\\s+(?:grad\\s+|grade\\s+|scho\\s+|jetzt\\s+|hut\\s+|gester\\s+)?(?:zahlt|zalt|bezahlt|bezalt)(?![a-z])`, `(?:geld|zahlung|rechnung)\\s+isch\\s+(?:heut\\s+|hit\\s+|scho\\s+|schu\\s+)?(?:naus|zahlt|bezahlt|duss)(?![a-z])`, `(?<![a-z])(?:s'isch|s\\s?isch|isch)\\s+(?:scho\\s+|schu\\s+|jetzt\\s+)?(?:bezahlt|zahlt|iberwiese|uberwiese)(?![a-z])`, `(?:virement|geld|zahlung|iberwisung|uberwisung)\\s+isch\\s+${W(3)}(?:furt|fort|naus|raus|duss)(?![a-z])`,
  // lb: "Mir hunn d'Rechnung bezuelt", "ass bezuelt", "de Betrag … gouf den 08.10. iwwerwisen"
  `(?:mir|ech)\\s+(?:hunn|hun|hat)\\s+${W(5)}(?:bezuelt|iwwerwisen|iwwerwiesen)`, `(?:ass|goufen|gouf)\\s+(?:(?:elo|schonn|haut|geschter|gester|mettlerweil)\\s+|(?:den|de|am)\\s+\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?\\s+){0,2}(?:bezuelt|iwwerwisen|iwwerwiesen|iwwerwise)(?![a-z])`,
  // "wir haben die Rechnung RE-2026-1180 heute unter Abzug von 3 % Skonto überwiesen"
  `(?:wir|ich)\\s+(?:haben|habe|hatten)\\s+${W(12)}(?:uberwiesen|bezahlt|beglichen|angewiesen|veranlasst|gezahlt|ausgeglichen|freigegeben)`,
  // (« wir haben die Rechnung … am 09.10.2026 unter Abzug von 2 % Skonto (146,90 EUR) überwiesen »: thirteen words, within the sentence)
  `(?:wir|ich)\\s+(?:haben|habe|hatten)\\s+${IN_SENTENCE(16)}(?:uberwiesen|bezahlt|beglichen|angewiesen|gezahlt)(?![a-z])`,
  // the sum named, with its reckoning: « wir haben heute den Betrag von 7.693,00 EUR (abzgl. 2 % Skonto) auf Ihr Konto überwiesen »
  `(?:wir|ich)\\s+(?:haben|habe|hatten)\\s+${W(3)}(?:den|die)\\s+(?:betrag|rechnungsbetrag|gesamtbetrag|summe|saldo|restbetrag)\\s+${W(12)}(?:uberwiesen|bezahlt|angewiesen|gezahlt)(?![a-z])`,
  `als\\s+(?:bezahlt|beglichen|uberwiesen|erledigt)\\s+(?:verbucht|gebucht|markiert|erfasst)`,
  // someone else did it: "unsere Buchhaltung hat die Zahlung heute freigegeben und ausgeführt" (an invoice freigegeben is only approved:
  // « Unsere Buchhaltung hat die Rechnung erst jetzt freigegeben. Die Zahlung erfolgt bis spätestens 31.08.2026 », held-out NWZ)
  `hat\\s+(?:die|den|unsere|eure|ihre)\\s+(?:(?:zahlung|uberweisung|uberweisungen|betrag)\\s+${W(3)}(?:freigegeben|ausgefuhrt|uberwiesen|veranlasst|angewiesen|getatigt|bezahlt|beglichen)|rechnung\\s+${W(3)}(?:uberwiesen|bezahlt|beglichen|ausgeglichen))`,
  `(?:haben|habe)\\s+(?:wir|ich)\\s+${IN_SENTENCE(9)}(?:uberwiesen|bezahlt|beglichen|angewiesen|veranlasst|gezahlt|ausgeglichen)(?![a-z])`,
  `(?:bereits|schon|heute|gestern|soeben)\\s+${W(2)}(?:uberwiesen|bezahlt|beglichen|angewiesen)`,
  // the pronoun dropped: "ist erledigt, habe es eben überwiesen", "hab per PayPal gezahlt"
  `hab\\s+${W(5)}(?:gezahlt|bezahlt|uberwiesen|beglichen)`,
  `(?:habe|haben)\\s+(?:es|ihn|sie|das|den\\s+betrag|die\\s+rechnung)?\\s*(?:eben|gerade|soeben|heute|gestern|jetzt|schon|bereits)\\s+(?:uberwiesen|bezahlt|beglichen|angewiesen)`,
  // paid in cash or by card: « ich war heute morgen im Büro und habe bar bezahlt »
  `(?:bar|in\\s+bar|mit\\s+(?:karte|ec-karte|bargeld)|per\\s+(?:karte|paypal|uberweisung))\\s+(?:telefonisch\\s+|online\\s+|direkt\\s+|vor\\s+ort\\s+|uber\\s+(?:den|die|das)\\s+\\S+\\s+)?(?:bezahlt|beglichen|gezahlt)(?![a-z])(?!\\s+(?:werden|wird|werde)(?![a-z]))`,
  // "Habe die Überweisung eben freigegeben": the payment released (the invoice released is only approved)
  `(?:habe|haben|hab)\\s+(?:die|den|unsere|meine)\\s+(?:zahlung|uberweisung|uberweisungen|betrag)\\s+${IN_SENTENCE(8)}(?:freigegeben|ausgefuhrt|veranlasst|angewiesen|getatigt|ausgelost|rausgeschickt)`,
  `(?:zahlung|uberweisung)\\s+(?:(?:heute|gestern|soeben|eben|bereits|schon|gerade)\\s+)?(?:veranlasst|angewiesen|ausgefuhrt|erfolgt(?!\\s*,?\\s*(?:sobald|wenn|nach|voraussichtlich|am|bis|ab|erst|spatestens|ende|anfang|mitte|montag|dienstag|mittwoch|donnerstag|freitag|uber|durch|mittels|per|via|nachste[nr]?|kommende[nr]?|morgen|ubermorgen|zum|innerhalb|in\\s+(?:der|den|kw|\\d)|fristgerecht|termingerecht|fristgemass|rechtzeitig|punktlich|bei\\s+falligkeit|demnachst|in\\s+kurze|zeitnah))|getatigt|ausgelost)`,
  `in\\s+auftrag\\s+gegeben`,
  `${PAY_NOUN_DE}\\s+${W(4)}(?:ging|gingen)\\s+${W(2)}(?:raus|heraus|hinaus|ab|an\\s+sie)(?![a-z])`,
  // es
  // Latin America: "ya se realizó la transferencia", "se abonó la factura", "ya fue cancelada en su totalidad" (cancelada: paid), "adjunto soporte de pago"
  `se\\s+(?:realizo|efectuo|hizo|envio|ejecuto|proceso|abono|pago|transfirio|giro|deposito|cancelo|liquido)\\s+(?:la|el)\\s+(?:transferencia|pago|abono|deposito|giro|factura|importe|saldo)`, `cancelad[oa]s?\\s+en\\s+su\\s+totalidad`, `(?:os|te|le|les)?\\s*(?:adjunto|adjuntamos|envio|enviamos)\\s+(?:el\\s+)?(?:justificante|comprobante)(?![a-z])`, `(?<![a-z])(?:pagad[oa]|abonad[oa]|transferid[oa])\\s+(?:hoy|ayer|esta\\s+manana|por\\s+transferencia|mediante\\s+transferencia)(?![a-z])`, `(?:transferencia|pago|abono|giro)\\s+(?:ya\\s+)?se\\s+(?:ordeno|realizo|efectuo|hizo|envio|ejecuto|proceso|emitio|curso|tramito)(?![a-z])`, `(?:soporte|comprobante)\\s+de\\s+(?:pago|transferencia|la\\s+transferencia)`,
  `(?:fue|ha\\s+sido|han\\s+sido|quedo|quedaron)\\s+(?:abonad|pagad|transferid|ingresad|liquidad|saldad)[oa]s?`, `(?:ya\\s+)?(?:lo|la|te\\s+lo|te\\s+la|se\\s+lo|se\\s+la)\\s+(?:tienes|tiene|teneis|tienen)\\s+(?:ingresad|abonad|pagad|transferid)[oa]`,
  `(?:hemos|he|ha|han|habiamos)\\s+(?:(?:ya|hoy|ayer|esta\\s+manana|esta\\s+tarde|tambien)\\s+){0,2}(?:realizado|efectuado|hecho|enviado|emitido|ordenado|tramitado|cursado)\\s+(?:(?:ya|hoy|ayer|esta\\s+manana|esta\\s+tarde)\\s+)?(?:el|la|un|una)\\s+${PAY_NOUN_ES}`,
  `(?:hemos|he|habiamos)\\s+(?:ya\\s+)?(?:pagado|abonado|transferido|liquidado|saldado|ingresado)`,
  `${PAY_NOUN_ES}\\s+(?:ya\\s+)?(?:(?:ha\\s+sido|fue|esta|se\\s+ha|se\\s+realizo)\\s+)?(?:ya\\s+)?(?:realizad|efectuad|enviad|pagad|abonad|emitid|ordenad|hech|liquidad|transferid)[oa]s?`,
  `ya\\s+(?:esta\\s+|ha\\s+sido\\s+|fue\\s+)?(?:pagad|abonad|liquidad|saldad)[oa]`,
  `se\\s+(?:ha|han)\\s+(?:pagado|abonado|transferido|liquidado)`,
  // "la factura se pagó el viernes pasado", "ya está hecha la transferencia"
  // (« la transferencia de la F-2026-0671 se realizó ayer »: the invoice named between)
  `(?:factura|importe|pago|transferencia|cantidad)\\s+${W(4)}se\\s+(?:pago|abono|transfirio|liquido|ingreso|envio|realizo|hizo)(?![a-z])`,
  // « hoy ha salido la transferencia de la factura … », « ya salió el pago »
  `(?:ha|han|ya)\\s+(?:salido|salio)\\s+(?:la|el|las|los)\\s+(?:transferencias?|pagos?|abonos?|giros?)(?![a-z])`, `(?:transferencia|pago|abono|giro)\\s+(?:ya\\s+)?(?:ha\\s+salido|salio)(?![a-z])`,
  // "Ya se pagó!!", "Hecho el pago", "pago hecho"
  `ya\\s+se\\s+(?:pago|abono|transfirio|liquido|ingreso|deposito)(?![a-z])`, `hech[oa]\\s+(?:el|la)\\s+(?:pago|transferencia|deposito|abono)`, `(?:pago|transferencia|deposito)\\s+hech[oa](?![a-z])`,
  `(?:ya\\s+)?esta\\s+(?:hech|realizad|enviad|ordenad|emitid|tramitad)[oa]\\s+(?:la|el)\\s+(?:transferencia|pago|ingreso|abono|bizum)`,
  `(?:adjunto|adjuntamos|le\\s+enviamos|le\\s+remitimos)\\s+${W(1)}(?:justificante|comprobante)\\s+de\\s+(?:pago|transferencia)`,
  // it
  // ("ho effettuato oggi il bonifico per la fattura …")
  // ("vi confermiamo il pagamento della fattura … con bonifico di oggi"; not one to come: "vi confermiamo il pagamento entro il 30/11")
  `(?:vi|le|ti)\\s+(?:confermiamo|confermo)\\s+(?:l'avvenuto\\s+)?(?:il\\s+|lo\\s+)?(?:pagamento|bonifico|saldo)(?!\\s+${W(4)}(?:entro|per\\s+il|per\\s+la|a\\s+partire|avverra|sara|verra|previsto|prevista|a\\s+fine|alla\\s+scadenza|il\\s+prossimo|la\\s+prossima|prossim))`,
  `(?:abbiamo|ho|ha|hanno)\\s+(?:gia\\s+|appena\\s+|oggi\\s+|ieri\\s+)?(?:effettuato|eseguito|disposto|fatto|inviato|emesso|ordinato)\\s+(?:oggi\\s+|ieri\\s+|gia\\s+|stamattina\\s+)?(?:il|un|lo)\\s+${PAY_NOUN_IT}`,
  `(?:abbiamo|ho)\\s+(?:gia\\s+|appena\\s+|oggi\\s+|ieri\\s+)?(?:pagat|saldat|versat|bonificat|liquidat)[oaie](?![a-z])`,
  // an Italian public body's payment order: "la fattura … è stata liquidata con mandato n. 1919 del 17/08/2026", "emesso mandato di pagamento"
  `(?:e|sono|risulta|risultano)\\s+(?:stat[ae]\\s+)?liquidat[ae]\\s+(?:con|col|tramite)\\s+(?:il\\s+)?mandato`, `(?:emesso|emessi|e\\s+stato\\s+emesso)\\s+(?:il\\s+)?mandat[oi]\\s+di\\s+pagamento`,
  `${PAY_NOUN_IT}\\s+(?:e\\s+stat[oa]\\s+|e\\s+|risulta\\s+)?(?:gia\\s+)?(?:effettuat|eseguit|dispost|inviat|pagat|saldat|emess|partit)[oa]`,
  `${PAY_NOUN_IT}\\s+${W(6)}(?:e\\s+stat[oa]|risulta|sono\\s+stat[ie])\\s+(?:gia\\s+)?(?:effettuat|eseguit|dispost|inviat|pagat|saldat|emess|partit|bonificat|versat)[oaie]`,
  // "il bonifico SEPA di 3.480,00 EUR è partito il 16/11" (held-out DKV)
  `${PAY_NOUN_IT}\\s+${W(6)}e\\s+(?:gia\\s+)?partit[oi](?![a-z])`,
  `gia\\s+(?:stat[oa]\\s+)?(?:pagat|saldat|versat)[oa]`, `fatto\\s+(?:il\\s+|lo\\s+)?(?:bonif\\w*|pagamento|saldo)`, `(?:bonifico|pagamento)\\s+fatto(?![a-z])`, `(?:bonifico|pagamento|versamento)\\s+${W(3)}(?:fatto|effettuato|eseguito|disposto|partito|inviato)\\s+(?:oggi|ieri|stamattina|stamani|in\\s+data\\s+odierna)(?![a-z])`, `tutto\\s+(?:gia\\s+)?(?:saldat|pagat|bonificat|versat)[oa]`,
  `(?:saldat|pagat|bonificat|versat)[oa]\\s+(?:ieri|oggi|stamattina|stamane|(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\\s+scors[oa]|la\\s+settimana\\s+scorsa)`,
  `(?:in\\s+allegato|allego|alleghiamo|allegata)\\s+${W(1)}(?:la\\s+)?(?:contabile|ricevuta|distinta)`,
  // nl
  `(?:hebben|heb|is|zijn|werd)\\s+${W(4)}(?:betaald|overgemaakt|voldaan|overgeboekt|overgeschreven|gestort)`,
  // gone with a payment run already made: "Deze is gisteren meegegaan in de betaalrun van dinsdag"
  `(?:is|zijn)\\s+${W(3)}meegegaan\\s+(?:in|met)\\s+(?:de|onze)\\s+(?:betaalrun|betalingsrun|betaalronde|betaalbatch)`,
  // « Betaling is vandaag gebeurd », « de betaling werd gisteren uitgevoerd »
  `betaling\\s+(?:is|werd)\\s+(?:vandaag\\s+|gisteren\\s+|vanochtend\\s+|vanmorgen\\s+|net\\s+|zojuist\\s+|al\\s+|reeds\\s+)?(?:gebeurd|uitgevoerd|verricht|gedaan)(?![a-z])`,
  // ca, and Bizum in Spain: "Bizum fet ara mateix", "T'he enviat un Bizum", "hem pagat la factura"
  `bizum\\s+(?:fet|hecho|enviado|enviat|realizado|feito)`, `(?:t'he|us\\s+he|he|hem|te\\s+he|le\\s+he|hemos|te\\s+hemos)\\s+(?:enviat|fet|enviado|hecho|realizado)\\s+(?:un\\s+|el\\s+|la\\s+)?(?:bizum|transferencia|pagament)`,
  `(?:hem|he)\\s+(?:pagat|transferit|liquidat)`, `(?:l'|la\\s+|el\\s+)?(?:hem|he)\\s+pagat`, `(?:ja\\s+)?esta\\s+pagat`, `(?:ja\\s+)?(?:us|t')?\\s*(?:hem|he)\\s+fet\\s+(?:la\\s+|el\\s+)?(?:transferencia|bizum|pagament|ingres)`, `(?:us|t'|et)?\\s*ho\\s+vaig\\s+(?:fer|pagar|enviar)`, `vaig\\s+(?:pagar|fer\\s+(?:la\\s+)?transferencia|fer\\s+el\\s+bizum)`, `(?:ja\\s+)?(?:esta|es)\\s+pagada`,
  // gl: "Xa está feita a transferencia", "xa pagamos"
  `xa\\s+(?:esta\\s+)?(?:feita|feito|pagad[ao]|enviad[ao])\\s+(?:a|o)\\s+(?:transferencia|pagamento|pago)`, `xa\\s+(?:esta\\s+)?(?:pagad[ao]|aboad[ao])(?![a-z])`, `xa\\s+(?:pagamos|paguei|aboamos|fixemos\\s+a\\s+transferencia)`,
  // pt
  `(?:ja\\s+)?(?:procedemos|procedi|efetuamos|efetuei|efectuamos|fizemos|fiz|realizamos|realizei)\\s+(?:ao|o|a)\\s+(?:pagamento|transferencia|pix|deposito)`, `(?:pix|deposito|ted)\\s+(?:ja\\s+)?(?:feito|enviado|realizado|efetuado)`, `(?:fatura|boleto|nota)\\s+(?:\\S+\\s+)?(?:ja\\s+(?:esta\\s+)?|esta\\s+)?(?:paga|quitada|liquidada)(?:\\s+(?:hoje|ontem|via|por|com|em)|[.!,]|$)`,
  `(?:transferencia|pagamento|pix|deposito)\\s+${W(9)}(?:ja\\s+)?(?:foi|foram)\\s+(?:feit|efetuad|realizad|enviad|concluid|processad|executad)[oa]s?`,
  // "pagamento da FT 2026/347 feito via PIX hoje cedo"
  `(?:pagamento|transferencia|pix|deposito)\\s+${W(4)}(?:feit|efetuad|realizad|enviad|executad)[oa]s?\\s+(?:via|por|pelo|pela|hoje|ontem|agora|esta\\s+manha|com\\s+sucesso)(?![a-z])`,
  `(?:transferencia|pagamento|transferencias|pagamentos)\\s+(?:ja\\s+)?(?:feit[oa]s?|efetuad[oa]s?|realizad[oa]s?|enviad[oa]s?)`, `(?:efetuamos|efectuamos|fizemos|realizamos)\\s+(?:hoje|ontem)\\s+(?:a|o)\\s+(?:transferencia|pagamento)`, `ja\\s+(?:pagamos|transferimos|liquidamos|(?:efetuamos|efectuamos|fizemos|realizamos|enviamos)\\s+(?:a|o)\\s+(?:transferencia|pagamento))`, `(?:paguei|transferi|liquidei)(?![a-z])`,
  `(?:fatura|valor|montante)\\s+${W(3)}(?:foi|esta|ja\\s+esta)\\s+(?:pag[oa]|liquidad[oa])`, `(?<![a-z])ja\\s+(?:esta|estao|foi|foram)\\s+(?:pag[oa]s?|liquidad[oa]s?|transferid[oa]s?)(?![a-z])`, `(?:transferencia|pagamento)\\s+(?:ja\\s+)?foi\\s+(?:feit|efetuad|realizad|enviad|concluid)[oa]`,
  // pt, the verb first: "Já foi feita a transferência hoje de manhã", "foi efetuado o pagamento"
  `(?:ja\\s+)?(?:foi|foram)\\s+(?:feit|efetuad|efectuad|realizad|enviad|concluid|executad)[oa]s?\\s+(?:a|o|as|os)\\s+(?:transferencia|pagamento|pix|deposito)s?(?![a-z])`,
  // pt: "a fatura F-2026-0412, no valor de 1.760,00 €, foi paga hoje", "O pagamento da factura … foi efectuado hoje" (European spelling)
  `(?:fa(?:c)?tura|pagamento|transferencia|boleto)\\s+${W(7)}(?:ja\\s+)?(?:foi|foram)\\s+(?:pag[ao]s?|liquidad[ao]s?|quitad[ao]s?|efectuad[ao]s?)(?![a-z])`,
  // es: "ya te lo pagué ayer por transferencia"; de: "wurde mit unserem Zahlungslauf vom 30.11.2026 angewiesen"
  `ya\\s+(?:te|se|le|os|les)\\s+(?:lo|la|los|las)\\s+(?:pague|pagamos|transferi|transferimos|ingrese|ingresamos|abone|abonamos)(?![a-z])`, `(?:wurde|wurden)\\s+${W(6)}angewiesen(?![a-z])(?!\\s+auf)`,
  `${PAY_NOUN_NL}\\s+(?:is\\s+)?(?:verricht|uitgevoerd|verzonden|gedaan)`,
  `(?:betaling|overschrijving|overboeking)\\s+(?:is\\s+)?${W(2)}(?:verricht|uitgevoerd|gedaan|verstuurd|verzonden|onderweg|vertrokken)`, `(?:is|zijn)\\s+${W(3)}de\\s+deur\\s+uit(?:\\s+gegaan)?`, `de\\s+deur\\s+uit\\s+gegaan`,
  `(?:betaling|overschrijving|overboeking)\\s+${IN_SENTENCE(10)}(?:werd|is|zijn|werden)\\s+${W(3)}(?:uitgevoerd|verricht|gedaan|verstuurd|verzonden|overgemaakt|betaald)`,
  // the Dutch subordinate order: "Hierbij bevestigen wij dat de factuur voldaan is"
  `(?:factuur|bedrag|betaling|rekening|saldo)\\s+${W(3)}(?:voldaan|betaald|overgemaakt|overgeschreven|vereffend)\\s+(?:is|werd|zijn|werden)(?![a-z])`,
  // "factuur 202600316 inmiddels wordt voldaan; het bedrag staat morgen op uw rekening": being paid, as of now
  `inmiddels\\s+(?:wordt|werd|is|zijn|worden)\\s+(?:\\S+\\s+)?(?:voldaan|betaald|overgemaakt|overgeschreven)`,
  // "Net betaald met Payconiq", "net betaald via de bank-app 👍"
  `(?:net|zojuist|daarnet|zonet|zopas|vandaag|gisteren|al|reeds)\\s+(?:betaald|overgemaakt|overgeschreven|gestort)(?![a-z])`,
  // a client asking whether the payment it made arrived says it paid
  `(?:recu|received|erhalten|recibido|ricevuto|ontvangen)\\s+${W(2)}(?:notre|nos|our|unsere|unseren|nuestro|nuestra|il\\s+nostro|nostro|onze)\\s+(?:virement|paiement|reglement|cheque|payment|transfer|remittance|check|zahlung|uberweisung|pago|transferencia|bonifico|pagamento|betaling|overboeking)`,
  // pl, sv, da, no (folded: "zapłacona" → "zaplacona", "lørdag" → "lordag")
  // (not "zostanie zapłacona do 30 października": will be paid)
  `(?<!(?:zostanie|zostana|bedzie|beda)\\s+)(?:zostal[aoy]?\\s+|jest\\s+|sa\\s+)?(?:zaplacon|oplacon|uregulowan)[aoey](?![a-z])`, `(?:przelew|platnosc|wplata)\\s+${IN_SENTENCE(10)}(?:zostal[aoy]?|jest)\\s+(?:(?:juz|dzis|dzisiaj|wczoraj|rano|wlasnie)\\s+)?(?:wyslan|zlecon|wykonan|zrealizowan|nadan)[aoey](?![a-z])`, `(?:zaplacilismy|zaplacilem|zaplacilam|oplacilismy|uregulowalismy|przelalismy|przelelismy|wyslalismy\\s+przelew)`,
  `przelew\\s+(?:za\\s+(?:fakture\\s+)?\\S+\\s+)?(?:(?:zostal|juz|wczoraj|dzisiaj|dzis|rano)\\s+){0,3}(?:wyslany|wykonany|zlecony|zrealizowany|poszedl|zrobiony)`, `przelew\\s+${IN_SENTENCE(4)}(?<!(?:zostanie|bedzie|moze)\\s)(?:wyslany|wykonany|zlecony|zrealizowany|zrobiony)\\s+(?:dzisiaj|dzis|wczoraj|rano)(?![a-z])`, `(?:zlecilismy|wykonalismy|zrobilismy|zlecilem|zlecilam)\\s+(?:juz\\s+|dzis\\s+|wczoraj\\s+)?(?:przelew|platnosc)`,
  `(?:vi\\s+har|jeg\\s+har|har\\s+vi|har\\s+jeg)\\s+(?:nu\\s+|redan\\s+|allerede\\s+|i\\s+dag\\s+)?(?:betalat|betalt|overfort|overfort|skickat\\s+betalningen)`, `(?:ar|er|blev|ble|blevet|har\\s+blivit)\\s+(?:nu\\s+)?betal(?:d|t)(?![a-z])`, `(?:nu|da|sa|idag|i\\s+dag|igar|i\\s+gar)\\s+(?:ar|er|blev|ble)\\s+(?:fakturan|fakturaen|fakturen|fakturorna|fakturaene)\\s+(?:[a-z]{0,8}[-/_.]?\\d[\\w/.-]*\\s+)?(?:nu\\s+|redan\\s+|allerede\\s+)?betal(?:d|t|da|te)(?![a-z])`,
  `(?:betalningen|betalingen|overforingen|overforslen|pengene|pengarna|belopet|belobet|beloppet)\\s+(?:ar|er|har\\s+blivit|er\\s+blevet|har)\\s+(?:nu\\s+)?(?:gjord|skickad|genomford|sendt|gennemfort|foretaget|utfort|gaet\\s+af\\s+sted|gatt\\s+(?:ivag|ut|av\\s+sted)|afsendt|overfort)`, `(?:^|\\n)\\s*betalt(?=\\s*[!.,]|\\s+(?:i\\s+dag|idag|i\\s+gar|igar))`,
  // ro, hu, cs, sk: "am plătit factura", "plata a fost efectuată", "kifizettük", "fakturu jsme uhradili", "faktúra je uhradená"
  `(?:am|s-a|au)\\s+(?:platit|achitat|efectuat\\s+plata|facut\\s+plata|virat)`, `(?:am|au)\\s+(?:facut|efectuat|trimis)\\s+(?:viramentul|virament|virement|transferul|transfer|ordinul\\s+de\\s+plata)(?![a-z])`, `(?:plata|factura|suma|transferul)\\s+${W(2)}(?:a\\s+fost|este|e)\\s+(?:deja\\s+)?(?:efectuat|achitat|platit|facut|virat)[ae]?(?![a-z])`,
  `(?:kifizettuk|atutaltuk|befizettuk|kiegyenlitettuk|elutaltuk|fizetve|kifizetve|kiegyenlitve)(?![a-z])`, `(?:szamla|osszeg)\\s+${W(2)}(?:ki\\s+van\\s+fizetve|rendezve|kiegyenlitve)`,
  // sl, hr, sr, bs (folded: "plaćen" → "placen", "izvršena" → "izvrsena"): "faktura … izmirena 12.05.2026", "račun je plaćen",
  // "plačilo po računu … je bilo izvedeno", "platili smo", "uplata je izvršena" (not "bo plačan", "bit će plaćen": will be)
  `(?<!(?:nije|ni|niso|nisu|bo|bodo|biti|bice|ce|ne)\\s+(?:\\S+\\s+)?)(?:placen|placan|izmiren|podmiren|poravnan|uplacen)[aoi]?(?![a-z])`,
  `(?:placilo|nakazilo|uplata|placanje|isplata|transakcija|doznaka|prenos)\\s+${W(4)}(?:je|su|so)\\s+(?:bil[aoi]?\\s+|bio\\s+)?(?:vec\\s+|ze\\s+|danas\\s+|danes\\s+)?(?:izveden|izvrsen|opravljen|poslan|realiziran|nakazan|obavljen|proveden)[aoi]?(?![a-z])`,
  `(?<![a-z])(?:platili|uplatili|placali|nakazali|poravnali|podmirili|izmirili|doznacili|platio|platila|uplatio|uplatila)\\s+(?:smo|sam)(?![a-z])`, `(?<![a-z])(?:smo|sam)\\s+${W(2)}(?:platili|uplatili|placali|nakazali|poravnali|podmirili|izmirili|doznacili|platio|platila|uplatio|uplatila|izvrsili\\s+(?:uplatu|placanje)|izvedli\\s+placilo)(?![a-z])`,
  // sl, the payment named first: "plačilo računa AS-2026-0448 v znesku 2.390,00 EUR smo izvedli danes"
  `(?:placilo|nakazilo|uplatu|placanje)\\s+${W(8)}(?:smo|sam)\\s+(?:ze\\s+|danes\\s+|vceraj\\s+)?(?:izvedli|opravili|izvrsili|nakazali|poslali)(?![a-z])`,
  `(?:jsme|sme)\\s+(?:\\S+\\s+)?(?:uhradili|zaplatili|poslali\\s+platbu|odeslali\\s+platbu)`, `(?:faktura|fakturu|faktúra|platba)\\s+${W(2)}(?:je|bola|byla)\\s+(?:uz\\s+)?(?:uhrazen|uhraden|zaplacen|zaplaten)[aá]?`, `(?:uhradili|zaplatili)\\s+jsme`,
  // hi in Latin letters (Hinglish): "Accounts team ne payment kar diya hai", "payment ho gaya hai", "paise bhej diye"
  // (its « ne » after the subject is part of the cue: before it, it would read as French « ne »)
  `(?:ne\\s+)?(?:payment|pay|transfer|neft|rtgs|imps|paise|paisa|amount)\\s+(?:kar|kr)\\s+(?:diya|diye|di|dia)`, `(?:payment|transfer|neft|rtgs|paise|paisa|amount)\\s+(?:ho\\s+(?:gaya|gayi|gya|chuka|chuki)|bhej\\s+(?:diya|diye|di|dia))`,
  // pt: "O boleto foi pago ontem pelo Itaú"; sv: "Fakturan … betaldes i måndags"; da: "… blev indbetalt d. 27/11";
  // no: "Denne er allerede betalt, pengene gikk ut fra kontoen vår fredag"; fi: "Maksettu jo 27.11."; el: "Το έχουμε πληρώσει"
  `(?:fatura|boleto|nota|conta)\\s+${W(2)}(?:ja\\s+)?foi\\s+(?:pag[oa]|quitad[oa]|liquidad[oa])(?![a-z])`, `(?<![a-z])(?:betaldes|betalades|blev\\s+(?:ind)?betalt|indbetalt|er\\s+allerede\\s+betalt|allerede\\s+betalt|pengene\\s+(?:gikk|gik)\\s+ut)(?![a-z])`,
  `(?<!ei\\s)(?<!ei\\sole\\s)(?<![a-z])maksettu\\s+(?:jo|eilen|tanaan|\\d)`, `(?:εχουμε|εχω)\\s+(?:\\S+\\s+)?(?:πληρωσει|εξοφλησει)`, `(?<![α-ω])(?:πληρωθηκε|εξοφληθηκε)(?![α-ω])`,
  // nl: "betaald op 3/12, het bedrag zou morgen op je rekening moeten staan"
  `(?<![a-z])(?<!niet\\s)(?<!nog\\s)betaald\\s+(?:op\\s+\\d|vandaag|gisteren|vanmorgen|deze\\s+ochtend)(?![a-z])`,
  // "Le chèque a été déposé dans ta boîte aux lettres ce matin", « Le chèque de 3 417,60 € a été signé par notre trésorier et posté ce matin »
  `cheques?\\s+${W(5)}(?:a\\s+ete|est)\\s+(?:bien\\s+)?(?:signe\\s+${IN_SENTENCE(4)}et\\s+)?(?:depose|poste|envoye|remis|glisse|laisse)(?![a-z])`,
  // « g déposé un chèque au cabinet hier » (g: j'ai, typed on a phone)
  `(?<![a-z'])(?:g|jai|j'ai|on\\s+a|nous\\s+avons)\\s+(?:depose|poste|envoye|laisse|glisse|remis)\\s+(?:un|le|votre|ton|mon|notre|les)\\s+cheques?(?![a-z])`,
  // sv: "Hej! Nu är det betalt :)"
  `(?<![a-z])(?:nu\\s+)?ar\\s+(?:det|den|fakturan)\\s+(?:nu\\s+)?(?:betalt|betald)(?![a-z])(?!\\s*\\?)`,
]);

/** A dispute withdrawn: "Tout est clair", "je n'avais pas vu votre nouveau tarif", "that makes sense, we'll process it". */
export const WITHDRAWN = cueRegex([
  `tout\\s+est\\s+(?:clair|en\\s+ordre|regle\\s+de\\s+notre\\s+cote)`, `(?:c'est|tout\\s+est)\\s+(?:bon|ok)\\s+pour\\s+nous`, `(?:au|autant)\\s+(?:temps|pour)\\s+(?:pour\\s+)?moi`,
  `je\\s+n'avais\\s+pas\\s+vu`, `nous\\s+n'avions\\s+pas\\s+vu`, `suit\\s+(?:maintenant\\s+|desormais\\s+)?son\\s+(?:circuit|cours)`, `(?:nous\\s+)?retirons\\s+(?:notre|la)\\s+(?:reclamation|contestation)`,
  `(?:that|it)\\s+(?:makes|all\\s+makes)\\s+sense`, `all\\s+clear`, `my\\s+(?:mistake|bad|apologies)`, `(?:i|we)\\s+(?:had\\s+)?missed\\s+(?:the|your)`, `(?:we|i)\\s+withdraw`,
  `alles\\s+klar`, `hat\\s+sich\\s+(?:erledigt|geklart)`, `todo\\s+claro`, `tutto\\s+chiaro`, `alles\\s+duidelijk`,
]);

/** "It is done", said after a promise to pay: the promise kept (read only when the thread holds a promise). */
export const DONE = cueRegex([
  `c'est\\s+(?:bien\\s+)?(?:fait|regle|parti|envoye|fait\\s+de\\s+notre\\s+cote)`,
  // typed on a phone: « ok c fait ce matin », « cest fait » (not « l'annexe c fait partie du contrat »)
  `(?<!')(?:c|cest|c\\s+est)\\s+(?:bien\\s+)?fait(?!\\s+(?:partie|suite|reference|foi|mention|l'objet))`, `voila\\s+qui\\s+est\\s+fait`, `(?<=(?:^|\\n)[ \\t]*)fait\\s*[!.]`,
  `(?:it's|it\\s+is|that's|all|now)\\s+(?:been\\s+)?(?:done|sorted|sent|gone\\s+out)`, `done\\s*[!.]`,
  `(?:ist|wurde)\\s+(?:jetzt\\s+|nun\\s+)?(?:erledigt|raus|passiert)`, `erledigt\\s*[!.]`,
  `ya\\s+esta(?:\\s+hecho)?`, `(?:esta|ya)\\s+hecho`, `(?:e|gia)\\s+fatto`, `fatto\\s*[!.]`, `(?:is\\s+)?gedaan\\s*[!.]`, `is\\s+geregeld`,
]);

/** Cues that mean paid when said of the past and a promise when the clause carries a later date. */
export const PAID_OR_SCHEDULED = /(?:confirm\w*|acceptee?s?|domiciliee?s?|re-?emise?s?|mise?s?\s+en\s+paiement|dispost[oa]|programmat[oa]|angewiesen|veranlasst|freigegeben|ausgelost|erfolgt|in\s+auftrag\s+gegeben|approved\s+for\s+payment|released\s+for\s+payment|(?:invoice|bill|it)\s+(?:\S+\s+){0,2}(?:is|was|has\s+been)\s+(?:now\s+)?released)/;

/** The payment will be made. */
export const PROMISE = cueRegex([
  // Alsatian, Swiss German: « s'Geld kummt am 15.12., dann iberwies i dir des sofort. Versproche! »
  `dann\\s+(?:iberwies|iberwiis|uberwies|iberwis|zahl|zahle|zal)\\s+(?:i|ich|mer|mir)(?![a-z])`,
  // the transfer named in the sentence before: « le virement du 30 octobre n'a pas été exécuté … Il sera émis au plus tard le 4 décembre 2026 » (held-out DOV)
  `(?<=(?:^|[.!?\\n])\\s*)(?:il|elle)\\s+(?:sera|partira|devrait\\s+etre)\\s+(?:(?:bien|donc|alors)\\s+)?(?:emise?|executee?|ef{1,2}ectuee?|envoyee?|passee?|relancee?|represente)(?![a-z])`,
  // the amount named after the verb of sending, a few words after "will": "so we'll net that off and send GBP 2,560.00 this Friday" (held-out DLY)
  `(?:will|[a-z]+'ll)\\s+(?:[a-z]+\\s+){0,5}?(?:send|transfer|wire|remit|pay)\\s+(?:you\\s+)?(?:[$€£]|gbp|usd|eur|chf|cad|aud|jpy)\\s?\\d`,
  // a bill of exchange presented again: « la LCR a été rejetée par erreur par notre banque. On la remet à l'échéance du 10/12/2026 » (held-out DMW)
  `(?:on|nous)\\s+(?:la|le|les)\\s+(?:remet|remettons|represente|representons|repasse|repassons|reprogramme|reprogrammons)\\s+(?:a|au|pour|le)(?![a-z])`,
  // a public payer's council allowing the order to pay by a day: « Le conseil nous a autorisé à mandater votre facture au plus tard le 15 janvier 2027 » (held-out DMV)
  `(?:autorise|autorises|autorisee|decide|decidons|engageons|engage)\\s+a\\s+(?:mandater|payer|regler|liquider)\\s+(?:votre|la|cette|vos|les)\\s+factures?(?![a-z])`,
  // the payer putting it in a run of payments with its day: « je la passe dans le virement de vendredi prochain avec les autres fournisseurs »
  `(?:je|nous|on)\\s+(?:la|le|les|vous\\s+la|vous\\s+le)\\s+(?:passe|passons|mets|mettons|integre|integrons|inclus|incluons|ajoute|ajoutons|programme|programmons)\\s+(?:dans|avec|sur|au|a\\s+la|en)\\s+(?:le|la|notre|nos|les|mon|ma)?\\s*(?:prochaine?s?\\s+)?(?:reglements?|paiements?|virements?|campagnes?|lots?|remises?|runs?|batch|paiement\\s+groupe)(?![a-z])${DAY_NAMED_AFTER}`,
  // the cheque handed over on a day, named just before: « Je préfère régler par chèque : je vous le remettrai en main propre lors de votre visite … le 9 décembre »
  `(?<=(?:cheque|reglement|paiement|especes|liquide)[^\\n.!?]{0,60}[:,;.]?\\s{0,3}[^\\n.!?]{0,20})(?:je|nous|on)\\s+(?:vous|te)\\s+(?:le|la|les)\\s+(?:remettrai|remettrons|remettra|donnerai|donnerons|donnera|apporterai|apporterons|apportera|deposerai|deposerons|deposera)(?![a-z])${DAY_NAMED_AFTER}`,
  // the cheque sent on a day, named in the sentence before: « le chèque doit être co-signé par la présidente … Je vous l'envoie dans la foulée, le 15 au plus tard »,
  // « Le chèque est signé, je le poste lundi en allant à la banque »
  `(?:je|nous|on)\\s+(?:(?:vous|te)\\s+l'|(?:vous\\s+|te\\s+)?(?:le|la)\\s+)(?:envoie|envoyons|envoient|poste|postons|depose|deposons)(?<=(?:cheque|reglement|paiement|virement)[^]{0,200})(?![a-z])${DAY_NAMED_AFTER}`,
  // an errand to bring the payment on a day: « Max passe déposer le chèque à ton bureau vendredi prochain »
  `(?:passe|passera|passerai|passons|passerons|(?:vais|va|allons|vont)\\s+passer)\\s+(?:te\\s+|vous\\s+)?(?:deposer|apporter|donner|remettre|laisser)\\s+(?:le|un|les|mon|notre|son|leur|mes|nos)\\s+(?:cheques?|reglement|paiement|especes|liquide)(?![a-z])${DAY_NAMED_AFTER}`,
  // able to pay by a day: « On pourra te payer le 15 décembre au plus tard, promis »
  `(?:on|nous|je)\\s+(?:pourra|pourrons|pourrai)\\s+(?:te|vous|t')\\s*(?:payer|regler|virer|verser|faire\\s+le\\s+virement|envoyer\\s+le\\s+cheque)(?![a-z])${DAY_NAMED_AFTER}`,
  // the payee asked to present the payment again on a day: « Vous pouvez représenter la LCR le 15 décembre, la provision sera là »,
  // « Est-ce que vous pourriez présenter la LCR au 15 décembre plutôt qu'au 30 novembre ? »
  `(?:vous\\s+pouvez|tu\\s+peux|vous\\s+pourrez|tu\\s+pourras|vous\\s+pourriez|tu\\s+pourrais|pourriez-vous|pouvez-vous|pourrais-tu|peux-tu)\\s+(?:re-?presenter|presenter|remettre|re-?deposer|deposer|encaisser)\\s+(?:la|le|les|notre|mon|ma|nos|mes|cette|ce)\\s+(?:lcr|traites?|effets?|cheques?|prelevements?)(?![a-z])${DAY_NAMED_AFTER}`,
  // the payee asked to draw a bill on a day: « Je préfère passer par une LCR, mets la au 15 décembre stp, le compte sera approvisionné »
  `(?:lcr|traite|effet)${IN_SENTENCE(4)}[,;]?\\s*(?:mets|mettez|tire|tirez|emets|emettez)(?:-la|-le|\\s+la|\\s+le)?\\s+(?:au|pour\\s+le|le|a\\s+echeance\\s+du)\\s+\\d{1,2}(?!\\d)`,
  // … or for a day: « Pour le solde, notre DAF le programme pour le 20 décembre »
  `(?:je|nous|on|daf|compta|comptable|comptabilite|tresoriere?|tresorerie|directeur|directrice|gerante?|patron|president|presidente|banque)\\s+(?:la|le|les|vous\\s+la|vous\\s+le|te\\s+le|te\\s+la)\\s+(?:programme|programment|programmons|planifie|planifient|planifions)\\s+(?:pour\\s+le|pour|le|au)(?![a-z])${DAY_NAMED_AFTER}`,
  // an errand to pay on a day: « je passe a l'agence debut de semaine prochaine pour faire le virement » (not « je vais voir avec la compta pour faire le virement »),
  // « Je passerai a votre agence vendredi prochain pour vous regler par cheque » (not « … pour régler les détails »)
  `(?:je|on|nous)\\s+(?:passe|passerai|vais\\s+passer|passons|passerons|irai|vais|irons)\\s+(?=(?:\\S+\\s+){0,7}?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|semaine|fin|debut|\\d))${W(7)}pour\\s+(?:(?:vous\\s+|te\\s+)?(?:faire|ef{1,2}ectuer|passer|deposer|poster|envoyer|regler|payer)\\s+(?:le|un|ton|votre|mon|notre|la|les)?\\s*${PAY_NOUN_FR}|(?:vous|te)\\s+(?:regler|payer)|(?:regler|payer)\\s+(?:la\\s+facture|par\\s+(?:cheque|virement|carte|cb)|en\\s+especes))(?![a-z])`,
  // a loan or a fund released to us on a day: « les fonds seront débloqués le 10 décembre, directement sur votre compte »
  // a loan's release set for a day, the bank paying us: « le déblocage des fonds est programmé pour le 15 décembre, ils vous versent directement » (held-out MVX),
  // « le déblocage des fonds sera fait le 15 décembre directement sur votre compte »
  // (not a release to the client, who pays after it: « Le déblocage du prêt est programmé au 10 décembre ; je vous ferai le virement le 11 décembre »)
  `(?:deblocage|liberation)\\s+(?:des\\s+fonds|du\\s+pret|du\\s+credit|du\\s+financement|du\\s+solde)\\s+${W(2)}(?:est|sera|a\\s+ete)\\s+(?:bien\\s+)?(?:programme|prevu|planifie|fixe|cale|fait|effectue|realise)e?\\s+(?:pour|le|au|a)(?![a-z])${DAY_NAMED_AFTER}(?=[^.!?\\n]{0,120}?(?:vous\\s+(?:versent|verse|virent|vire|reglent|regle|paient|paie|payent|paye)|directement|a\\s+votre\\s+(?:ordre|profit|compte)))`,
  // (« Cetelem m'indique que les fonds vous seront versés directement au plus tard le 15 décembre »)
  `(?:fonds|pret|montant|somme|financement)\\s+(?:(?:vous|te|nous)\\s+)?(?:seront|sera)\\s+(?:\\S+\\s+){0,2}?(?:debloques?|versee?s?|viree?s?|liberee?s?)(?![a-z])${DAY_NAMED_AFTER}`,
  // a day confirmed in few words: « je vous confirme : règlement de la FA-2026-095 le 15 décembre »
  `(?:je\\s+vous\\s+confirme|nous\\s+vous\\s+confirmons|je\\s+te\\s+confirme|je\\s+confirme|nous\\s+confirmons)\\s*:?\\s*(?:le\\s+|un\\s+|notre\\s+)?${PAY_NOUN_FR}(?![a-z])(?=[^?.!\\n]{0,60}?(?:\\d{1,2}(?:er)?\\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|\\d{1,2}/\\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi|fin\\s+(?:du\\s+mois|de\\s+(?:la\\s+)?semaine|decembre|janvier)))`,
  // a day of payment proposed: « Je vous propose de régler la facture FA-2026-0399 le 8 janvier 2027, c'est ok pour vous ? »
  `(?:je\\s+vous|nous\\s+vous|on\\s+vous|je\\s+te|on\\s+te)\\s+propos\\w*\\s+de\\s+(?:vous\\s+|te\\s+)?(?:regler|payer|virer|verser|solder)${DAY_NAMED_AFTER}`,
  // nl: « ik schrijf het over volgende vrijdag », « we maken het bedrag maandag over »
  `(?:ik|we|wij|hij|zij|ze)\\s+(?:schrijf|schrijven|schrijft|maak|maken|maakt)\\s+(?:het|dit|dat|het\\s+bedrag|de\\s+factuur|de\\s+betaling)\\s+${IN_SENTENCE(8)}over(?![a-z])`,
  // a day of payment proposed as a question: « Est-ce que ça irait si on vous verse la totalité le 20 janvier 2027 ? », "Would it be OK if we pay on the 15th?"
  `(?:ca|cela)\\s+(?:vous\\s+|t')?(?:irait|ira|va|convient|conviendrait|conviendra)\\s+(?:pour\\s+vous\\s+)?si\\s+(?:je|j'|on|nous)\\s*(?:vous\\s+|te\\s+)?(?:le\\s+|la\\s+|les\\s+|l')?(?:verse|regle|paie|paye|vire|solde|versais|reglais|payais|virais|versions|reglions|payions)${DAY_NAMED_AFTER}`,
  `(?:would|will|is)\\s+it\\s+be\\s+(?:ok|okay|alright|all\\s+right|fine|acceptable)\\s+(?:with\\s+you\\s+|for\\s+you\\s+)?if\\s+(?:we|i)\\s+(?:pay|paid|settle|settled|transfer|transferred)${DAY_NAMED_AFTER}`, `is\\s+it\\s+(?:ok|okay|alright|fine)\\s+if\\s+(?:we|i)\\s+(?:pay|settle|transfer)${DAY_NAMED_AFTER}`,
  // a schedule of instalments asked for, with its days: « Je peux faire en 3 fois ? 328€ le 30/11, le 31/12 et le 31/01 »
  `(?:peux|pouvons|peut|pourrais|pourrait|pourrions|puis-je|peut-on|peux-je)\\s+${W(3)}(?:faire|payer|regler|vous\\s+regler|vous\\s+payer)\\s+en\\s+(?:\\d|deux|trois|quatre|cinq|six|plusieurs)\\s+(?:fois|echeances|mensualites|versements)(?![a-z])`,
  // ca: « ho pagarem el dia 15 », « us farem la transferència dilluns »
  `(?:ho|la|les|el|us|te)\\s+(?:pagarem|pagare|transferirem|abonarem|liquidarem)(?![a-z])`, `(?:us|et)\\s+farem\\s+(?:la|el)\\s+(?:transferencia|pagament|ingres)(?![a-z])`,
  // "The payment order has now been validated and is scheduled for 15/12/2026"
  `(?:payment|transfer|remittance|wire)(?:\\s+order)?\\s+${IN_SENTENCE(8)}(?:is|are|has\\s+(?:now\\s+)?been|have\\s+(?:now\\s+)?been|was)\\s+(?:now\\s+)?scheduled\\s+(?:for|on)(?![a-z])`,
  // elliptic, with its sum and its day: "Payment of USD 18,900.00 scheduled for 20/11/2026 value date."
  `(?:payment|transfer|remittance|wire)\\s+of\\s+(?:[a-z]{3}\\s?)?[$€£]?\\s?\\d[\\d,.\\s]{0,16}(?:[a-z]{3}\\s+)?scheduled\\s+(?:for|on)\\s+(?=\\d)`,
  // casual: "will def pay by 15 Dec via paypal"
  `(?:will|[a-z]+'ll)\\s+(?:def|defo|deffo|def\\.|definitely|surely|certainly)\\s+(?:pay|settle|transfer|send\\s+(?:it|the\\s+money|the\\s+payment))(?![a-z])`,
  // money moved between one's own accounts to pay: "I'll move the euros across next Friday once my FX transfer clears"
  `(?:will|[a-z]+'ll|going\\s+to)\\s+(?:move|shift|send|put|transfer)\\s+(?:the\\s+|some\\s+)?(?:euros?|pounds?|dollars?|francs?|money|funds|cash|balance)\\s+(?:across|over)(?![a-z])`,
  // a payment collected for us, to be passed on: « nous vous reverserons le montant de la facture … le 10/12/2026 »
  `(?:reverserons|reverserai|reverseront|reversera|reverser)\\s+(?:\\S+\\s+){0,6}?(?:le\\s+\\d|d'ici|avant|sous|fin|la\\s+semaine|lundi|mardi|mercredi|jeudi|vendredi)`,
  // someone asked to pay: "I've asked our bookkeeper to send it on Friday 11 December" (held-out NXV), "I've asked her to send it next Friday"
  `(?:i've|i\\s+have|we've|we\\s+have|i|we)\\s+(?:just\\s+|now\\s+)?asked\\s+(?:(?:our|my|the)\\s+(?:\\S+\\s+){1,2}?|(?:her|him|them)\\s+)to\\s+(?:send|pay|wire|transfer|process|release|settle)(?![a-z])${DAY_NAMED_AFTER}`,
  // the money said to reach the company on a day: « Vous recevrez l'acompte au plus tard le vendredi 11 décembre » (not within a delay:
  // « mise en paiement, vous recevrez les fonds sous 48h » is paid)
  `(?:vous|tu)\\s+(?:recevrez|recevras)\\s+(?:l'|le\\s+|la\\s+|les\\s+|votre\\s+|ton\\s+)(?:acompte|paiement|virement|reglement|solde|cheque|versement|argent|fonds|somme)s?(?![a-z])(?!\\s+(?:sous|dans|en|d'ici)\\s+\\d)${DAY_NAMED_AFTER}`,
  // the rest said done on a day, named before in the sentence: « Pour le solde de 2 600 € il faut attendre la subvention, ce sera fait fin octobre au plus tard »
  `(?:ce|ca|cela)\\s+sera\\s+(?:fait|regle|paye|vire|verse)(?<=(?:solde|reste|virement|paiement|reglement|cheque)[^.!?\\n]{0,120})(?![a-z])${DAY_NAMED_AFTER}`,
  // a payment to be had sent on a day: "I'm back Dec 8 and will have the wire sent on Thursday December 10th"
  `(?:will|[a-z]+'ll|shall|going\\s+to)\\s+(?:have|get)\\s+(?:the|a|my|our|your)\\s+(?:wire|payment|transfer|check|cheque|money|funds|remittance)\\s+(?:sent|wired|paid|made|transferred|released|out|done)(?![a-z])${DAY_NAMED_AFTER}`,
  // « Le solde de 3 540 € suivra au plus tard le 15 décembre, promis »
  `(?:le\\s+solde|le\\s+reste|le\\s+restant)\\s+${W(5)}(?:suivra|arrivera|partira|viendra)(?![a-z])${DAY_NAMED_AFTER}`,
  // the balance's day, its verb left to the sentence before: « 1 440 € sont partis ce jour par virement, et le solde de 1 440 € le 15 décembre »
  `(?:et|puis)\\s+le\\s+(?:solde|reste|restant)\\s+(?:de\\s+\\d[\\d\\s.,]*\\s?(?:€|eur|euros?)\\s+)?(?:le|au|pour\\s+le|d'ici\\s+le|avant\\s+le)\\s+\\d`,
  // the rest of a sum on a day: "The remaining €7,200.00 will follow on 15 December"
  `(?:the\\s+)?(?:remaining|remainder|balance|rest)\\s+${W(3)}(?:will|shall)\\s+(?:follow|be\\s+(?:paid|sent|transferred|wired|settled))(?![a-z])${DAY_NAMED_AFTER}`,
  // the payment done by someone named: "Richard will do the transfer from our Lloyds account when we're back home next Friday" (held-out LYW)
  `(?:will|[a-z]+'ll|is\\s+going\\s+to|are\\s+going\\s+to)\\s+(?:do|make|send|arrange|initiate|set\\s+up)\\s+(?:the|a|our|that)\\s+(?:bank\\s+|wire\\s+|international\\s+)?(?:transfer|payment|wire|remittance)(?![a-z])${DAY_NAMED_AFTER}`,
  // someone made to pay: "I'll have my bank send the wire next friday", "we'll get our accountant to pay it on Monday"
  `(?:i'll|i\\s+will|we'll|we\\s+will|i'm\\s+going\\s+to|we're\\s+going\\s+to)\\s+(?:have|get)\\s+(?:my|our|the)\\s+(?:\\S+\\s+){1,2}?(?:to\\s+)?(?:send|pay|wire|transfer|release|process)(?![a-z])`,
  // "We'll get MV-26-329 paid by next Friday"
  `(?:we'll|we\\s+will|i'll|i\\s+will|we're\\s+going\\s+to|we\\s+are\\s+going\\s+to)\\s+get\\s+${W(3)}(?:paid|settled|sorted|cleared|processed)(?![a-z])`,
  // cs, sk, hu: "faktura … půjde příští pátek", "bude zaplatená 20. 11. 2026", "… napon fogjuk átutalni"
  `(?:faktura|platba|castka|suma)\\s+${W(2)}pujde(?![a-z])`, `(?:platba|castka|suma|prevod)\\s+${W(2)}(?:odejde|odejdou|bude\\s+odeslana)(?![a-z])`, `(?:odesleme|posleme|zadame|provedeme|uhradime|zaplatime|odosleme|posleme|uhradime)\\s+(?:\\S+\\s+){0,3}?(?:platbu|prevod|uhradu|castku|penize)(?![a-z])`, `(?:platbu|prevod|uhradu|castku)\\s+${W(3)}(?:odesleme|posleme|zadame|provedeme|odosleme|zrealizujeme)(?![a-z])`, `bude\\s+(?:zaplaten|zaplacen|uhrazen|uhraden|odeslan|odoslan)[aoy]`, `fogjuk\\s+(?:atutalni|kifizetni|rendezni|utalni)`,
  // "Votre facture … est intégrée au prochain lot de la centrale. Elle sera réglée par LCR magnétique à échéance du 31/07/2026"
  `(?:elle|celle-ci|la\\s+facture|votre\\s+facture|cette\\s+facture|la\\s+[a-z]{0,8}[-/_.]?\\d[\\w/.-]*)\\s+${W(2)}(?:sera\\s+(?:donc\\s+|alors\\s+|ainsi\\s+|normalement\\s+|bien\\s+)?(?:reglee|payee|soldee|honoree|viree|mise\\s+en\\s+paiement)|partira)(?![a-z])`,
  // in a payment run named by its day: "la facture ONC-2026-0407 part dans le règlement de vendredi prochain"
  `(?:elle|celle-ci|la\\s+facture|votre\\s+facture|cette\\s+facture|la\\s+[a-z]{0,8}[-/_.]?\\d[\\w/.-]*)\\s+${W(2)}(?:part|passe|partira|passera|ira)\\s+(?:dans|avec|sur)\\s+(?:le|la|notre|nos|les)\\s+(?:prochaine?s?\\s+)?(?:reglements?|paiements?|virements?|campagnes?|lots?|remises?|runs?|batch)\\s+(?:[a-z]+\\s+){0,2}?(?:de|du|des)(?![a-z])`,
  // "AP says PG-2026-0335 goes out next Friday with the weekly batch", "it'll go out on the 15th"
  // (and typed without its apostrophe: "Itll go out next friday latest")
  `(?:goes|will\\s+go|[a-z]+'ll\\s+go|(?<![a-z])(?:itll|thatll|thisll)\\s+go|is\\s+going|are\\s+going|should\\s+go)\\s+out\\s+(?:on|next|this|tomorrow|today|in\\s+(?:the|our|next)|with\\s+(?:the|our|next)|by|before|at\\s+the\\s+end|end|early|first|monday|tuesday|wednesday|thursday|friday)(?![a-z])`,
  // "Can do next Friday - that ok?"
  `can\\s+do\\s+(?:it\\s+|that\\s+|the\\s+(?:payment|transfer)\\s+)?(?:next\\s+(?:week|monday|tuesday|wednesday|thursday|friday)|(?:on|by)\\s+(?:monday|tuesday|wednesday|thursday|friday|the\\s+\\d)|tomorrow|end\\s+of\\s+(?:the\\s+)?(?:week|month))`,
  // Nordic passive future: "Beløbet betales den 26.11.2026", "Fakturan betalas på fredag", "Summen overføres i morgen"
  `(?:belobet|beloppet|belopet|fakturaen|fakturan|summen|summan|regningen|laskun|lasku)\\s+(?:\\S+\\s+)?(?:betales|betalas|overfores|overfors|blir\\s+betalt|blir\\s+betald|vil\\s+blive\\s+betalt|kommer\\s+att\\s+betalas|maksetaan)(?![a-z])`,
  // the same passive after an invoice's number or a pronoun: "NRL-2026-057 betalas nästa fredag", "den betales i morgen"
  `(?:betales|betalas|overfores|overfors|maksetaan)\\s+(?:naste|nasta|neste|pa|den|i\\s+morgen|imorgon|innan|senast|senest|til|till|inden|innen|ved|vid|i\\s+(?:slutet|slutningen|slutten))(?![a-z])`,
  // el: "Θα πληρώσουμε στις 12 Δεκεμβρίου", "θα γίνει η μεταφορά την Παρασκευή", "θα εξοφληθεί έως …"
  `(?<![α-ω])θα\\s+(?:σας\\s+)?(?:το\\s+)?(?:πληρωσουμε|εξοφλησουμε|καταθεσουμε|μεταφερουμε|πληρωσω|εξοφλησω|καταθεσω|στειλουμε\\s+το\\s+εμβασμα|κανουμε\\s+(?:την\\s+|το\\s+)?(?:πληρωμη|μεταφορα|καταθεση|εξοφληση|εμβασμα)|κανω\\s+(?:την\\s+|το\\s+)?(?:πληρωμη|μεταφορα|καταθεση|εμβασμα))(?![α-ω])`,
  `(?<![α-ω])θα\\s+(?:γινει|πραγματοποιηθει)\\s+(?:η\\s+|το\\s+)?(?:πληρωμη|μεταφορα|καταθεση|εξοφληση|εμβασμα)(?![α-ω])`, `(?<![α-ω])θα\\s+(?:πληρωθει|εξοφληθει|κατατεθει)(?![α-ω])`,
  `(?<![α-ω])(?:πληρωμη|μεταφορα|καταθεση|εξοφληση|εμβασμα)\\s+(?:\\S+\\s+){0,5}?θα\\s+(?:γινει|πραγματοποιηθει|σταλει|φυγει)(?![α-ω])`,
  // tr: "21 Aralık'ta ödeyeceğiz", "ödeme cuma günü yapılacak", "havale yapacağız"
  `(?:odeyecegiz|odeyecegim|odenecek|odenecektir|yatiracagiz|gonderecegiz)`, `odeme\\s+talimati\\s+${W(3)}(?:verilecek|verilecektir|verecegiz|gonderilecek)`, `(?:odeme|havale|eft|transfer)(?:yi|si|sini)?\\s+(?:\\S+\\s+){0,4}?(?:yapacagiz|yapilacak|yapilacaktir|gonderecegiz|gerceklestirecegiz|gerceklestirilecektir)`,
  // ru, uk: "оплатим до пятницы", "Оплатимо до пʼятниці", "оплата будет произведена 15 декабря"
  `(?<![а-яіїє])(?<!не\\s+)(?:оплатим|заплатим|переведем|перечислим|оплатимо|сплатимо|заплатимо|переведемо|перерахуємо|оплачу|сплачу|заплачу|переведу|перекажу|перерахую)(?![а-яіїє])`, `(?<![а-яіїє])(?:оплата|платеж|платіж|перевод|переказ|счет|рахунок)\\s+(?:будет|буде)\\s+(?:произведен[аои]?|проведен[аои]?|отправлен[аои]?|здіиснен[аои]?|зроблен[аои]?|оплачен[аои]?|сплачен[аои]?)(?![а-яіїє])`, `(?<![а-яіїє])(?<!не\\s+)(?:(?:оплату|платеж|платіж|перевод|переказ)\\s+(?:произведем|проведем|осуществим|отправим|сделаем|здіиснимо|проведемо|зробимо|відправимо)|(?:произведем|проведем|осуществим|здіиснимо|проведемо|зробимо)\\s+(?:оплату|платеж|платіж|перевод|переказ))(?![а-яіїє])`,
  // the first person: « Оплату зроблю до 15.12.2026 », « сделаю оплату в пятницу »
  `(?<![а-яіїє])(?<!не\\s+)(?:(?:оплату|платеж|платіж|перевод|переказ)\\s+(?:зроблю|здіисню|проведу|відправлю|надішлю|сделаю|произведу|проведу|отправлю)|(?:зроблю|здіисню|проведу|відправлю|сделаю|произведу|отправлю)\\s+(?:оплату|платеж|платіж|перевод|переказ))(?![а-яіїє])`, `(?<![а-яіїє])(?<!не\\s+)(?:будет|буде)\\s+(?:оплачен[аои]?|сплачен[аои]?)(?![а-яіїє])`,
  // bg: "ще платим на 15 декември", "плащането ще бъде извършено"
  `(?<![а-я])ще\\s+(?:Ви\\s+|ви\\s+)?(?:платим|преведем|изплатим|платя|преведа|наредим)(?![а-я])`, `(?<![а-я])ще\\s+бъде\\s+(?:платена|платено|платен|платени|преведена|преведено|преведен|извършено|извършен|наредено|нареден)(?![а-я])`,
  // "le virement devrait vous parvenir au plus tard le 30 novembre", "the payment should reach you by the 30th"
  // "la Fondation s'acquittera de cette facture … dès le versement de la subvention, attendu pour le 10 décembre"
  `s'acquitter(?:a|ont)(?![a-z])`,
  // "Nous avons accepté la LCR pour votre facture …, échéance au 15/12/2026": a bill of exchange accepted is paid at its due date
  `(?:accepte|acceptee|acceptons|signe|signons|retourne|retournons)\\s+(?:la|les|votre|vos|l')\\s*(?:lcr|traites?|effets?|lettres?\\s+de\\s+change)(?![a-z])`,
  // "Je peux faire un premier virement de 105,00 € le 7 décembre 2026" (an offer to pay in instalments)
  `(?:je|nous)\\s+(?:peux|pouvons|pourrai|pourrons)\\s+(?:vous\\s+)?(?:faire|ef{1,2}ectuer|verser|envoyer)\\s+(?:un|une|le|la)\\s+(?:premier\\s+|premiere\\s+)?(?:virement|versement|paiement|reglement|cheque)`,
  // "you should receive the wire on or before December 1, 2026"
  `you(?:'ll|\\s+(?:should|will))\\s+(?:receive|get|see)\\s+(?:the|our|a|your)\\s+(?:wire|payment|transfer|funds|money|remittance|check|cheque)(?![a-z])`,
  // de: "die Zahlung für AGC-26-0306 geht nächsten Freitag raus", Austrian "die Anweisung geht nächsten Freitag raus"
  `(?:zahlung|uberweisung|anweisung|betrag|geld|uberweisungen)\\s+${W(4)}geht\\s+${W(3)}(?:raus|hinaus|heraus|weg)(?![a-z])`,
  // a cheque to be signed or sent: "je lui fais signer le chèque à son retour vendredi prochain", "je vous envoie le chèque lundi"
  `(?:fais|ferai|faire|ferons|faisons)\\s+signer\\s+(?:le|un|les|notre)\\s+cheques?`, `(?:je|nous|on)\\s+vous\\s+(?:envoie|envoyons|enverrai|enverrons|poste|posterai|posterons|adresse|adresserai|adresserons|depose|deposerai)\\s+(?:le|un|notre|mon|les|des|mes|nos)\\s+(?:cheque|cesu|titres?\\s+cesu|cheques?\\s+(?:vacances|ancv|emploi\\s+service))`,
  // « je vous met le cheque a la poste lundi prochain »
  `(?:je|nous|on)\\s+(?:vous\\s+|te\\s+)?(?:mets|met|mettons|mettrai|mettrons)\\s+(?:le|un|notre|mon|les|des|mes|nos)\\s+(?:cheques?|cesu|cheques?\\s+cesu)\\s+(?:a\\s+la\\s+poste|au\\s+courrier|dans\\s+(?:la|votre|ta)\\s+boite)(?![a-z])`,
  // "Le bon à payer a été signé, le paiement sera effectif au plus tard le 5 décembre 2026"
  `(?:virement|paiement|reglement|versement|transfert)\\s+${W(3)}sera\\s+(?:(?:donc|bien|alors|ensuite|ainsi|normalement)\\s+)?(?:effectif|ef{1,2}ectue|realise|execute|emis|envoye|vire|passe|lance|ordonne|credite)e?s?(?![a-z])`,
  `(?:virement|paiement|reglement|fonds|versement)\\s+${W(4)}(?:devrait|devraient|doit|doivent|va|vont)\\s+(?:vous\\s+)?(?:parvenir|arriver|etre\\s+(?:credite|recu|ef{1,2}ectue|vire)s?)`, `(?:payment|transfer|funds|remittance)\\s+(?:should|will|is\\s+expected\\s+to)\\s+(?:reach\\s+you|arrive|be\\s+(?:with\\s+you|credited|received))`,
  // "our accounts run is on 3 December 2026, you'll be paid then"
  `(?:you'll|you\\s+will)\\s+(?:be\\s+paid|get\\s+(?:paid|the\\s+money|the\\s+payment|your\\s+money))`, `(?:accounts|payment|payments|ap)\\s+run\\s+(?:is|will\\s+be|falls)\\s+on(?![a-z])`,
  // an accounts-payable portal's planned payment day: "Date de paiement prévue : 08/12/2026", "Scheduled payment date: 12/08/2026",
  // "Voraussichtliches Zahlungsdatum", "Fecha prevista de pago", "Data di pagamento prevista", "Geplande betaaldatum"
  `(?:date\\s+(?:de\\s+paiement|de\\s+reglement|d'echeance\\s+de\\s+paiement)\\s+(?:prevue|planifiee|programmee|estimee)|(?:scheduled|planned|expected|estimated|projected)\\s+(?:payment|pay)\\s+date|(?:voraussichtliches|geplantes)\\s+(?:zahlungsdatum|zahldatum)|fecha\\s+(?:prevista|programada|estimada)\\s+de\\s+pago|data\\s+(?:di\\s+)?pagamento\\s+(?:prevista|programmata)|(?:geplande|verwachte)\\s+betaaldatum)\\s*:`,
  // "je ferai le nécessaire demain", "nous allons faire le nécessaire"
  `(?:ferai|ferons|fera|vais\\s+faire|allons\\s+faire|va\\s+faire)\\s+le\\s+necessaire`,
  // fr (and « on paira », « je pairai »: the future of « payer » misspelt)
  `(?:nous|je|on)\\s+(?:(?:vous|te|la|le|les|lui)\\s+|l'|t'){0,2}(?:reglerons|reglerai|reglera|paierons|paierai|paiera|payerons|payerai|verserons|verserai|virerons|virerai|solderons|solderai|acquitterons|pairons|pairai|paira)`,
  // the « nous » dropped, as phones and hurried writers do: « vous reglerons le 1er decembre »
  `(?<=^|[.!?,;:\\n]\\s*)(?:vous|te)\\s+(?:la\\s+|le\\s+|les\\s+)?(?:reglerons|paierons|payerons|verserons|virerons|solderons)(?![a-z])`,
  `(?:nous|je|on)\\s+(?:vous\\s+|te\\s+|t')?(?:ef{1,2}ectuerons|ef{1,2}ectuerai|ferons|ferai|ferais|procederons|procederai|enverrons|enverrai|lancerons|lancerai|passerons|passerai|emettrons|emettrai|programmerons|programmerai|planifierons|planifierai|ordonnerons|ordonnerai|declencherons|declencherai|mettrons|mettrai)\\s+${W(3)}${PAY_NOUN_FR}`,
  // Creole of Réunion and the Antilles, its future said with « sa » / « ké » / « kay »: « Nou sa régler sa le 15 décembre », « an ké péyé lundi »
  `(?<![a-z])(?:nou|mi|an|ou|zot|li)\\s+(?:sa|ke|kay|va)\\s+(?:(?:vous|ou|zot)\\s+)?(?:regler|regle|payer|paye|peye|virer|vire)(?![a-z])`,
  `(?:allons|vais|va|vont|comptons|compte|prevoyons|prevois|pensons|pense|devrions|pourrons|pourrai|esperons|espere)\\s+(?:(?:vous|te|le|la|les|lui)\\s+|t'|l'){0,2}(?:regler|payer|virer|verser|solder|proceder\\s+au\\s+${PAY_NOUN_FR}|(?:ef{1,2}ectuer|faire|lancer|envoyer|emettre|passer)\\s+(?:le|un|notre|votre)\\s+${PAY_NOUN_FR})`,
  // the payment said « ça »: « c'est parti en validation chez mon n+1. Ca devrait partir vendredi prochain au plus tard »
  `(?<![a-z])(?:ca|cela|elle)\\s+(?:devrait|va|doit)\\s+partir(?![a-z])`, `(?<![a-z])(?:ca|cela|elle)\\s+partira(?![a-z])`,
  // ("le paiement de la facture FA26-00359 / FA26-00361 devrait partir vendredi prochain": two numbers between)
  `${PAY_NOUN_FR}\\s+${W(7)}(?:partira|partiront|va\\s+partir|vont\\s+partir|devrait\\s+partir|sera\\s+(?:(?:signe|valide|prepare|imprime|edite)e?\\s+et\\s+)?(?:ef{1,2}ectue|emis|envoye|adresse|expedie|poste|fait|passe|execute|realise|vire|lance|regle|ordonne|programme|mandate)|interviendra|(?:devrait|doit|va|devraient)\\s+intervenir|(?:devrait|doit)\\s+(?:arriver|partir|etre\\s+(?:fait|ef{1,2}ectue|emis))|est\\s+(?:prevu|program{1,2}e|planifie)|prevu|program{1,2}e|planifie|devrait\\s+etre)`,
  `(?:facture|somme|montant|solde)\\s+${W(3)}(?:sera|seront|va\\s+etre|devrait\\s+etre)\\s+(?:reglee?|payee?|viree?|versee?|soldee?|mise?\\s+en\\s+paiement)`,
  `(?:sera|seront)\\s+(?:reglee?s?|payee?s?|viree?s?|versee?s?)\\s+(?:a\\s+(?:son|leur|l')\\s?echeance,?\\s+)?(?:le|d'ici|avant|au\\s+plus\\s+tard|en|la\\s+semaine|fin|demain|lundi|mardi|mercredi|jeudi|vendredi|sous|pour\\s+le|pour\\s+la|pour\\s+fin|pour\\s+demain|pour\\s+lundi|pour\\s+mardi|pour\\s+mercredi|pour\\s+jeudi|pour\\s+vendredi)`,
  `(?:avons|ai)\\s+(?:bien\\s+)?(?:programme|planifie|prevu|cale)\\s+(?:le|un|notre|votre)?\\s*${PAY_NOUN_FR}`,
  // the payment said as "it", in a reply about the invoice: "c'est prévu pour vendredi prochain"
  `c'est\\s+(?:prevu|programme|planifie|cale)\\s+(?:pour|le|ce|d'ici|fin|debut)(?![a-z])`,
  // « Elle sera versée avec notre ordre de paiement groupé du 15 décembre prochain » (held-out MZY)
  `(?:elle|il|facture|celle-ci|celui-ci)\\s+sera\\s+(?:reglee?|payee?|versee?|viree?|incluse?|integree?|comprise?|ajoutee?)\\s+(?:avec|dans|a)\\s+(?:notre|le|la|nos|les|l')\\s*(?:prochaine?s?\\s+)?(?:ordre|virement|paiement|campagne|lot|vague|remise|reglement|run)s?(?![a-z])${DAY_NAMED_AFTER}`,
  // a payer's run named: « votre facture VD-2026-122 est programmée au règlement du 10/12/2026 », « inscrite dans la campagne de paiement du 15 »
  `factures?\\s+${IN_SENTENCE(3)}(?:est|sont|a\\s+ete|ont\\s+ete|sera|seront)\\s+(?:bien\\s+)?(?:programmee|planifiee|prevue|inscrite|positionnee|integree|placee)s?\\s+(?:au|a\\s+la|dans\\s+(?:le|la|notre|nos|les)|sur\\s+(?:le|la|notre))\\s+(?:prochaine?\\s+)?(?:reglement|paiement|virement|campagne|run|echeance|lot|cycle|vague)s?(?![a-z])`,
  // "je passe vous régler samedi en espèces", "je viendrai vous apporter le chèque lundi"
  `(?:je|nous|on)\\s+(?:passe|passerai|passons|passerons|viens|viendrai|viendrons)\\s+${W(4)}(?:(?:au|a\\s+votre|a\\s+l'|a\\s+la)\\s*(?:bureau|cabinet|atelier|boutique|magasin|agence|etude|garage|comptoir|marche|stand)\\s+)?(?:vous\\s+|te\\s+)?(?:regler|payer|apporter\\s+(?:le|un|votre|ton)\\s+(?:cheque|reglement|paiement))`,
  // a public buyer's payment order planned: "le mandatement est prévu le 19/11/2026"
  `(?:mandatement|mandat\\s+de\\s+paiement|mise\\s+en\\s+paiement)\\s+${W(4)}(?:est\\s+|sera\\s+)?(?:prevue?|programmee?|planifiee?|fait|faite|ef{1,2}ectuee?)\\s+(?:le|pour|au|d'ici|en|fin|debut|la\\s+semaine)(?![a-z])`,
  // the payment named before: "la direction a validé le paiement, il partira le 09/09/2026"
  `(?:il|elle)\\s+(?:partira|sera\\s+(?:fait|faite|ef{1,2}ectuee?|emise?|viree?|envoyee?))\\s+(?:le\\s+\\d|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|d'ici|avant\\s+le|fin\\s+(?:du\\s+mois|de\\s+(?:la\\s+)?semaine|[a-z]+))`,
  // "vous serez payés au plus tard le 17/09"
  `(?:vous|tu)\\s+(?:serez|seras|allez\\s+etre|vas\\s+etre)\\s+(?:bientot\\s+)?(?:payee?s?|reglee?s?)(?![a-z])`,
  // "je passe au garage lundi prochain avec le chèque", "je déposerai le chèque vendredi"
  `(?:je|nous|on)\\s+(?:passe|passerai|passons|passerons|viens|viendrai|viendrons|repasse|repasserai)\\s+${W(7)}avec\\s+(?:le|un|mon|notre|votre|ton|les)\\s+(?:cheque|reglement|paiement|especes|liquide)s?(?![a-z])`,
  `(?:je|nous|on)\\s+(?:(?:vous|te)\\s+)?(?:deposerai|deposerons|apporterai|apporterons|ramenerai|ramenerons|donnerai|donnerons|posterai|posterons|enverrai|enverrons)\\s+(?:le|un|mon|notre|votre|ton|les)\\s+cheques?(?![a-z])`,
  // someone else will bring it: « il déposera le chèque de 372 € dans votre boîte aux lettres »
  `(?:il|elle|ils|elles)\\s+(?:(?:vous|te)\\s+)?(?:deposera|deposeront|apportera|apporteront|ramenera|rameneront|postera|posteront|enverra|enverront|remettra|remettront)\\s+(?:le|un|mon|notre|votre|ton|les|son|leur)\\s+cheques?(?![a-z])`,
  // a cheque to be signed on a day: « Le chèque sera signé à notre prochaine réunion de bureau, le jeudi 10 décembre, et je vous l'envoie dans la foulée »
  `cheques?\\s+${W(3)}(?:sera|seront)\\s+signes?${DAY_NAMED_AFTER}`,
  // the present for a day to come: « Il vous poste le chèque de 680 € vendredi 9 octobre » (a day named after it)
  `(?:il|elle|ils|elles)\\s+(?:vous|te)\\s+(?:poste|postent|envoie|envoient|depose|deposent|apporte|apportent|remet|remettent)\\s+(?:le|un|son|leur|notre)\\s+cheques?${DAY_NAMED_AFTER}`,
  `(?:prochaine?|prochains)\\s+(?:campagne|cycle|session|vague|echeance|lot|tour|comite|conseil|commission|run)\\s+(?:de\\s+|des\\s+)?(?:paiement|reglement|virement)s?`, `(?:au|dans\\s+le|avec\\s+le|sur\\s+le|pour\\s+le)\\s+prochain\\s+(?:virement|paiement|reglement|prelevement|payment\\s+run|run\\s+de\\s+paiement)s?(?:\\s+group[ée]s?)?(?![a-z])`,
  // the card or mandate renewed for the debit to be retried: "Je remets à jour la carte ce soir, vous pourrez relancer le débit demain"
  // "new card coming, i will update it next friday", "I'll update my card details on Monday", « je mets à jour ma carte lundi »
  `(?:i|we)(?:'ll|\\s+will|\\s+shall)\\s+(?:update|replace|renew|change)\\s+(?:my|our|the)\\s+(?:(?:credit|debit|bank)\\s+)?(?:card|payment\\s+(?:details|method|info)|billing\\s+details)(?![a-z])`,
  `(?<=card[^.!?\\n]{0,60})(?:i|we)(?:'ll|\\s+will|\\s+shall)\\s+(?:update|replace|change)\\s+it(?![a-z])`,
  `(?:je|nous|on)\\s+(?:mets|mettons|mettrai|mettrons)\\s+a\\s+jour\\s+(?:ma|la|notre)\\s+carte(?![a-z])`,
  `(?:vous\\s+pourrez|vous\\s+pouvez|you\\s+can|you\\s+may|feel\\s+free\\s+to)\\s+(?:relancer|representer|retenter|repasser|retry|re-?run|re-?try|re-?submit|re-?attempt)\\s+(?:le|la|the)\\s+(?:debit|prelevement|paiement|charge|payment|direct\\s+debit)`,
  // a commitment: "je m'engage à vous régler avant le 25/01", "we commit to paying by…", "wir verpflichten uns, … zu zahlen"
  `(?:m'engage|nous\\s+engageons|s'engage|s'engagent)\\s+a\\s+(?:vous\\s+|te\\s+)?(?:le\\s+|la\\s+|les\\s+|l'|vous\\s+le\\s+|vous\\s+la\\s+|te\\s+le\\s+|te\\s+la\\s+)?(?:regler|payer|virer|verser|solder|ef{1,2}ectuer\\s+(?:le|un)\\s+${PAY_NOUN_FR})`,
  `(?:we|i)\\s+(?:can\\s+|will\\s+|would\\s+|hereby\\s+)?(?:commit|undertake|promise|guarantee)\\s+to\\s+(?:pay|paying|settle|settling|transfer|transferring|clear|clearing|wire|wiring)`,
  // "I'll push it through next friday, promise"
  `(?:i|we)(?:'ll|\\s+will|\\s+can)\\s+(?:\\S+\\s+)?push\\s+(?:it|this|this\\s+one|the\\s+(?:payment|invoice|transfer))\\s+through(?![a-z])`, `verpflichten\\s+uns\\s+${W(4)}zu\\s+(?:zahlen|bezahlen|begleichen|uberweisen)`, `nos\\s+comprometemos\\s+a\\s+(?:pagar|abonar|liquidar)`, `ci\\s+impegniamo\\s+a\\s+(?:pagare|saldare|versare)`,
  `en\\s+(?:fera|feront)\\s+partie`, `(?:traite|lcr|lettre\\s+de\\s+change|effet)\\s+${W(2)}(?:sera|seront)\\s+(?:honoree?s?|payee?s?|reglee?s?|presentee?s?|debitee?s?)`, `(?:traite|lcr|lettre\\s+de\\s+change)\\s+${W(2)}(?:partira|partiront|va\\s+partir|vont\\s+partir|sera\\s+(?:envoyee|emise|retournee|renvoyee|acceptee|signee))(?![a-z])`, `(?:traite|lcr|lettre\\s+de\\s+change|effet)\\s+(?:de\\s+commerce\\s+)?(?:acceptee?|signee?|retournee?|domiciliee?)`, `(?:accepted|signed)\\s+bill\\s+of\\s+exchange`, `(?:alta|incluid[ao]s?|donad[ae]s?\\s+d'alta|dada\\s+de\\s+alta)\\s+(?:al|en\\s+el|en)\\s+confirming`, `(?:envoye|adresse|transmis|emis|remis)e?s?\\s+(?:un|une|la|le|notre)\\s+(?:lcr|traite|effet|billet\\s+a\\s+ordre)(?![a-z])`, `wechsel\\s+(?:akzeptiert|angenommen|unterschrieben)`, `(?:cambiale|tratta)\\s+(?:accettata|firmata)`, `letra\\s+(?:de\\s+cambio\\s+)?aceptada`, `(?:will\\s+be|is)\\s+(?:part\\s+of|included\\s+in)\\s+(?:it|that|this\\s+run|that\\s+run)`,
  // the invoice leaving as a bill of exchange, its maturity named: « La situation 3 est validée, elle part en LCR avec notre échéance du 15/12/2026 »
  `(?:part|partira|passe|passera)\\s+(?:en|par)\\s+(?:lcr|traite|effet|lettre\\s+de\\s+change)(?![a-z])`,
  // someone else pays: "la compta réglera", "notre service financier effectuera le virement", "la DAF doit le régler"
  `(?:reglera|regleront|paiera|paieront|payera|payeront|virera|vireront|versera|verseront|soldera|solderont)`,
  `(?:ef{1,2}ectuera|ef{1,2}ectueront|fera|feront|procedera|procederont|lancera|lanceront|enverra|enverront|emettra|emettront|passera|passeront)\\s+${W(3)}${PAY_NOUN_FR}`,
  // the payment approved for a day: « La centrale d'achats valide le paiement de la facture SC-2026-0421 au 15/12/2026 »
  `(?:valide|validons|valident|a\\s+valide|avons\\s+valide|ont\\s+valide)\\s+(?:le|votre)\\s+(?:paiement|reglement|virement)\\s+${IN_SENTENCE(5)}(?:au|pour\\s+le|le)\\s+\\d{1,2}[/.]\\d{1,2}`,
  // a public payer's usual delay after the order to pay: « Le comptable public procède au paiement en général sous 15 jours, soit vers le 15 décembre »
  `(?:procede|procedent|ef{1,2}ectue|ef{1,2}ectuent)\\s+(?:au|le|a\\s+l'|a\\s+la)\\s*${PAY_NOUN_FR}\\s+(?:en\\s+general\\s+|generalement\\s+|habituellement\\s+|normalement\\s+)?(?:sous|dans\\s+(?:les|un\\s+delai)|d'ici|vers)(?![a-z])`,
  `${PAY_NOUN_FR}\\s+intervient\\s+(?:en\\s+general\\s+|generalement\\s+|habituellement\\s+|normalement\\s+)?(?:sous|dans\\s+(?:les|un\\s+delai)|d'ici|vers)(?![a-z])`,
  `(?:doit|doivent|devrait|devraient)\\s+(?:vous\\s+)?(?:le\\s+|la\\s+)?(?:regler|payer|virer|verser|solder|proceder\\s+au\\s+${PAY_NOUN_FR}|(?:ef{1,2}ectuer|faire|lancer|passer)\\s+(?:le|un)\\s+${PAY_NOUN_FR})`,
  `(?:${PAY_NOUN_FR}|reste|restant|(?:le|la)\\s+(?:dernier|derniere|suivant|prochain|prochaine))\\s+${W(2)}(?:suivra|suivront)`,
  // "nous vous proposons de régler en trois fois : 9 395,16 € le 08/10/2026, puis …": instalments, the first on its day
  `(?:propose|proposons|proposer|proposerions)\\s+(?:de\\s+)?(?:vous\\s+)?(?:regler|payer|verser|solder)\\s+en\\s+(?:\\d+|deux|trois|quatre|cinq|six|plusieurs)\\s+(?:fois|versements|echeances|mensualites)`,
  // es, it, pt: « Te propongo pagarla en 3 plazos: el primero de 1.340 € el 15 de diciembre », « vi propongo di pagare in 3 rate », « proponho pagar em 3 parcelas »
  `(?:propongo|proponemos)\\s+(?:pagar|abonar|liquidar|saldar)(?:la|lo|las|los)?\\s+en\\s+(?:\\d+|dos|tres|cuatro|cinco|seis|varios)\\s+(?:plazos|pagos|veces|cuotas|mensualidades)(?![a-z])`,
  `(?:propongo|proponiamo)\\s+di\\s+(?:pagare|saldare|versare)(?:la|lo|le|li)?\\s+in\\s+(?:\\d+|due|tre|quattro|cinque|sei)\\s+(?:rate|tranche|versamenti)(?![a-z])`, `(?:proponho|propomos)\\s+(?:pagar|liquidar)(?:-la|-lo)?\\s+em\\s+(?:\\d+|duas|tres|quatro)\\s+(?:parcelas|prestacoes|vezes)(?![a-z])`,
  // "nous vous proposons l'échéancier suivant pour la facture RAS26-0174 : 1/3 le 31/07/2026, 1/3 le 31/08/2026 et le solde …"
  `(?:propose|proposons|proposer|proposerions)\\s+(?:de\\s+)?(?:vous\\s+)?(?:l'|un\\s+|le\\s+|cet\\s+|notre\\s+)?(?:echeancier|plan\\s+de\\s+(?:paiement|reglement)|paiement\\s+echelonne)`,
  // "Je vous propose 3 fois : 5 décembre, 5 janvier, 5 février", "on peut payer en deux fois ?" is a question (see QUESTION)
  `(?:propose|proposons|proposerais)\\s+(?:de\\s+(?:payer|regler|faire|vous\\s+regler|vous\\s+payer|te\\s+regler|te\\s+payer)\\s+)?(?:en\\s+)?(?:2|3|4|5|6|deux|trois|quatre|cinq|six|plusieurs)\\s+(?:fois|echeances|versements|mensualites|prelevements|cheques)`,
  // a payment plan the client proposes with its amounts and days: "je vous propose : 6 000 DH fin janvier (le 31), 6 000 DH le 28 février…"
  `(?:je\\s+vous|je\\s+te|nous\\s+vous|on\\s+vous|on\\s+te)\\s+propos\\w*\\s*:?\\s*(?:\\S+\\s+){0,2}?\\d[\\d\\s.,']*\\s?(?:€|eur|euros|dh|mad|chf|\\$|£|gbp|usd|cad)`,
  // the rest of a part payment, without a verb: "Le reste (quatre cent nonante-cinq euros) d'ici fin janvier, promis"
  // (not what a meeting votes or approves: « l'AG vote le solde le 10 décembre, on vous règle le 12/12 »)
  `${NOT_VOTED}(?:le|la)\\s+(?:reste|restant|solde|difference)\\s+(?:\\([^)]{0,60}\\)\\s+)?(?:d'ici|avant|au\\s+plus\\s+tard|la\\s+semaine|en\\s+fin|a\\s+la\\s+fin|fin\\s+(?:de|du)|debut|le\\s+\\d)`,
  // (the rest by its sum: « je t'envoie les 480 restants le 15 décembre »)
  `${NOT_VOTED}les\\s+\\d[\\d\\s.,]*\\s*(?:€|eur|euros)?\\s*(?:restants|qui\\s+restent|manquants)\\s+(?:d'ici|avant|au\\s+plus\\s+tard|la\\s+semaine|en\\s+fin|a\\s+la\\s+fin|fin\\s+(?:de|du)|debut|le\\s+\\d)`,
  `the\\s+(?:rest|remainder|remaining\\s+(?:amount|balance)|outstanding\\s+balance)\\s+(?:\\([^)]{0,60}\\)\\s+)?(?:by|before|next|within|at\\s+the\\s+end|end\\s+of)(?![a-z])`,
  // (not « vous devriez avoir reçu le virement », the payment made: see PAID)
  `(?:recevrez|recevras|aurez|auras|devriez\\s+recevoir|devriez\\s+avoir(?!\\s+(?:deja\\s+|bien\\s+)?recu)|devrais\\s+recevoir)\\s+${W(2)}${PAY_NOUN_FR}`,
  // the money the chaser will get, said of the invoice: « Je m'en occupe, tu vas l'avoir vendredi prochain », « vous l'aurez lundi »
  `(?:(?:tu\\s+vas|vous\\s+allez)\\s+l'avoir|(?:tu|vous)\\s+l'aur(?:as|ez))(?!\\s+(?:deja|bien|recu|eu|vu|par\\s+(?:mail|courrier|e-mail|email)))(?![a-z])`,
  // with the company's batch of payments: "la FA-0121 partira avec notre paiement de fin de mois"
  `(?:partira|partiront|passera|passeront|(?:ce|ca|cela|elle)\\s+sera|sera\\s+(?:reglee?|payee?|viree?|inclus[e]?)|seront\\s+(?:reglee?s|payee?s|viree?s))\\s+(?:(?:avec|dans|lors\\s+de|sur)\\s+(?:notre|nos|le|la|les)|lors\\s+du)\\s+(?:prochaine?s?\\s+)?(?:paiements?|reglements?|virements?|campagne|lot|cycle|echeance)`,
  // the company's payment batches: "dans notre campagne de paiements du 30", "sur le cycle de règlement de fin de mois"
  // (« lors du campagne de paiement du 18/12/2026 »: a writer's slip for « de la »)
  `(?:(?:dans|sur|avec|lors\\s+de|pour)\\s+(?:notre|la|le|nos|les|la\\s+prochaine|le\\s+prochain)|lors\\s+du|au)\\s+(?:campagne|cycle|session|vague|lot|tour|run)s?\\s+de\\s+(?:paiement|reglement|virement)s?`,
  // « Votre facture … est validée et sera intégrée à notre campagne de paiement du 15/12/2026 »
  `(?:integree?s?|incluse?s?|ajoutee?s?|rattachee?s?|positionnee?s?)\\s+(?:a|au|dans)\\s+(?:notre|la|nos|les|la\\s+prochaine|le\\s+prochain)\\s+(?:campagne|cycle|session|vague|lot|run)s?\\s+de\\s+(?:paiement|reglement|virement)s?`,
  // en
  `(?:we|i)(?:'ll|\\s+will|\\s+shall|\\s+are\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+plan\\s+to|\\s+intend\\s+to|\\s+expect\\s+to|\\s+aim\\s+to|\\s+hope\\s+to|\\s+should\\s+be\\s+able\\s+to|\\s+can|\\s+will\\s+be\\s+able\\s+to)\\s+(?:\\w+ly\\s+)?(?:pay|settle|transfer|wire|remit|clear)`,
  `(?:we|i)(?:'ll|\\s+will|\\s+shall|\\s+are\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+plan\\s+to|\\s+intend\\s+to|\\s+expect\\s+to|\\s+aim\\s+to|\\s+can)\\s+(?:\\w+ly\\s+)?(?:process|release|arrange|schedule|action|initiate)\\s+${W(3)}(?:${PAY_NOUN_EN}|invoice|it|this|share)`,
  // the client's payables team as "they": "I've chased AP and they'll pay it by the end of next week"
  `they(?:'ll|\\s+will|\\s+are\\s+going\\s+to)\\s+(?:\\w+ly\\s+)?(?:pay|settle|release|process|transfer|wire|remit)\\s+(?:it|this|this\\s+one|the\\s+invoice|the\\s+payment|your\\s+invoice|you)(?![a-z])`,
  // "we'll send the payment", "I'll get it paid": never "I'll send it to accounts", "I'll make it to the meeting"
  `(?:we|i)(?:'ll|\\s+will|\\s+shall|\\s+are\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+plan\\s+to|\\s+intend\\s+to|\\s+expect\\s+to|\\s+aim\\s+to|\\s+can)\\s+(?:\\w+ly\\s+)?(?:send|make|issue|get)\\s+${W(3)}${PAY_NOUN_EN}`,
  `get\\s+(?:it|this|that|the\\s+invoice|the\\s+bill)\\s+(?:paid|settled|processed|sent\\s+out|out\\s+to\\s+you|over\\s+to\\s+you|across\\s+to\\s+you)`,
  // "we'll send it on the 10th of December" (the payment chased), never "I'll send it to accounts"
  `(?:we|i)(?:'ll|\\s+will|\\s+shall)\\s+send\\s+(?:it|this|that)\\s+(?:over\\s+|across\\s+)?(?:on|by|before)\\s+(?:the\\s+)?(?:\\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end|next|1st|2nd|3rd|tomorrow)`,
  // "Doe ik morgen meteen", "ik regel het vrijdag", "je le fais demain", "je m'en occupe lundi": paying, named by the chase it answers
  // (not « je m'en occupe la semaine prochaine », no day and no word of paying: both such held-out labels leave it open, BVZ, DYW)
  // the separable « overmaken »: « Deze (FA-2026-0423) maken we volgende week over, samen met de andere » (not « maken we ons zorgen over »)
  `(?:maken|maak)\\s+(?:we|wij|ik)\\s+(?!(?:ons|me|mij)\\s)${IN_SENTENCE(5)}over(?=\\s*(?:[,.;!?\\n]|$))`, `(?:we|wij|ik)\\s+(?:maken|maak)\\s+(?!(?:ons|me|mij)\\s)${IN_SENTENCE(5)}over(?=\\s*(?:[,.;!?\\n]|$))`,
  `(?:doe|regel)\\s+ik\\s+(?:het\\s+|dat\\s+)?(?:morgen|vandaag|straks|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende|deze|begin|eind)`, `ik\\s+(?:doe|regel|betaal)\\s+(?:het|dat|die|deze)\\s+(?:morgen|vandaag|straks|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende|deze|begin|eind)`,
  `je\\s+(?:le|la|m'en|m'en\\s+occupe|vais\\s+le)\\s*(?:fais|occupe|faire)?\\s+(?:des\\s+)?(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|ce\\s+soir|cet\\s+apres-midi|d'ici|avant\\s+(?:le|la|vendredi|lundi|fin)|cette\\s+semaine|en\\s+fin\\s+de|fin\\s+du\\s+mois|(?:en\\s+)?debut\\s+de\\s+(?:la\\s+)?semaine\\s+prochaine)`,
  // the payer asked to pay, with a day: « la compta est en sous effectif. je leur ai demandé de vous régler ça en début de semaine prochaine »
  `(?:leur|lui)\\s+ai\\s+demande\\s+de\\s+(?:vous\\s+|te\\s+)?(?:regler|payer|virer|faire\\s+le\\s+virement|proceder\\s+au\\s+(?:paiement|reglement|virement))(?![a-z])`,
  // … and any day, with the word of promising: « Je m'en occupe en début de semaine prochaine, promis. »
  `je\\s+m'en\\s+occupe\\s+${IN_SENTENCE(6)}promis(?![a-z])`,
  // what the client's payer said, with a day: "finance says end of the month", "AP told me next Friday"
  `(?:finance|accounts|accounting|ap|a/p|payables|treasury|cfo|controller|boss|bookkeeper|accountant)\\s+(?:team\\s+|dept\\s+|department\\s+)?(?:says?|said|tells?\\s+me|told\\s+(?:me|us)|confirmed|confirms|promised|promises)\\s+(?:that\\s+)?(?:it'll\\s+be\\s+|it\\s+will\\s+be\\s+|(?:it\\s+)?should\\s+be\\s+|(?:the\\s+)?payment\\s+(?:is\\s+|will\\s+be\\s+)?)?(?:by\\s+|on\\s+|at\\s+|for\\s+)?(?:the\\s+)?(?:end|start|beginning|early|mid|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|\\d)(?![a-z])`,
  `(?:la\\s+)?(?:compta|comptabilite|tresorerie|daf|direction|patron|gerant|comptable)\\s+(?:m'a\\s+dit|me\\s+dit|dit|annonce|confirme|m'a\\s+confirme|promet|m'a\\s+promis)\\s+(?:que\\s+)?(?:ce\\s+sera\\s+|ca\\s+sera\\s+|(?:le\\s+)?(?:paiement|virement|reglement)\\s+(?:sera\\s+fait\\s+|partira\\s+)?)?(?:pour\\s+|d'ici\\s+|avant\\s+)?(?:la\\s+|le\\s+)?(?:fin|debut|mi|semaine|lundi|mardi|mercredi|jeudi|vendredi|demain|\\d)(?![a-z])`,
  // "I'll sort it on Friday": sorting out the invoice one was chased for is paying it (not "sort it out with the printer")
  `(?:we|i)(?:'ll|\\s+will|\\s+shall)\\s+(?:get\\s+)?(?:sort|sorted)\\s+(?:it|this|that|the\\s+invoice|the\\s+bill|(?:the\\s+)?payment)(?:\\s+out)?(?!\\s+(?:out\\s+)?with)(?![a-z])`, `get\\s+(?:it|this|that|the\\s+invoice|the\\s+bill)\\s+sorted(?!\\s+(?:out\\s+)?with)`,
  // "I'll do it together with another payment at the end of the month": doing what one was chased for, on a day, is paying
  `(?:we|i)(?:'ll|\\s+will|\\s+shall)\\s+(?:do|take\\s+care\\s+of)\\s+(?:it|this|that)\\s+${IN_SENTENCE(6)}(?:(?:at|by|before|on|for)\\s+(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:month|week)|(?:on|by|before)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\\s+\\d{1,2}(?:st|nd|rd|th)?)|tomorrow|tonight|next\\s+(?:week|month|monday|tuesday|wednesday|thursday|friday)|this\\s+(?:week|weekend|evening|afternoon|friday))(?![a-z])`,
  // the subject left out, as phone replies do: "sorry mate totally forgot. will sort it by the 27th"
  `(?<=(?:^|[.!?\\n])\\s*)will\\s+(?:get\\s+)?sort\\s+(?:it|this|that|the\\s+invoice|the\\s+bill|(?:the\\s+)?payment)(?:\\s+out)?(?!\\s+(?:out\\s+)?with)(?![a-z])`,
  `make\\s+sure\\s+(?:it|this|that|the\\s+(?:invoice|payment|transfer)|payment)\\s+(?:goes\\s+out|is\\s+paid|gets\\s+paid|is\\s+sent|is\\s+settled|gets\\s+settled)`,
  `(?:${PAY_NOUN_EN}|invoice|it|this|bill|money)\\s+${W(3)}(?:will|'ll|should|is\\s+going\\s+to|is\\s+due\\s+to|is\\s+scheduled\\s+to|is\\s+set\\s+to|is\\s+expected\\s+to)\\s+(?:be\\s+)?(?:go\\s+out|go|paid|settled|sent|made|processed${BOOKED_NOT_PAID}|released|transferred|release|transfer|wire|remit|execute|leave|arrive|clear|cleared|reach|scheduled|included|wired|remitted|initiated|issued|executed|mailed|posted|cut)`,
  // ("Payment of F-2026-0114 scheduled for 08.12.2026": the invoice named between)
  `${PAY_NOUN_EN}\\s+(?:\\([^)\\n]{1,20}\\)\\s+)?(?:(?:of|for)\\s+(?:(?:the\\s+)?invoice\\s+)?(?:no\\.?\\s*|#\\s*)?[a-z]{0,8}[-/_.]?\\d[\\w/.-]*\\s+)?(?:is\\s+|has\\s+been\\s+|was\\s+)?(?:scheduled|planned|booked|set\\s+up|queued|lined\\s+up|due\\s+to\\s+go\\s+out)`,
  // "We should have this paid by the end of the month"
  `(?:we|i)(?:'ll|\\s+will|\\s+should|'d|\\s+would)\\s+(?:\\w+ly\\s+)?have\\s+(?:this|it|that|the\\s+invoice|the\\s+balance|you)\\s+(?:paid|settled|sorted|processed|cleared)`,
  // "invoice 1199 has been approved and is scheduled for our June 24 ACH payment run"
  // … or named by its number: "I can confirm EXP26-0424 is approved and scheduled for 18 August 2026"
  `(?:invoice|bill|it|this|that|[a-z]{0,8}[-/_.]?\\d[\\w/.-]*)\\s+${W(6)}(?:is|are|has\\s+been|have\\s+been|was|were)\\s+(?:now\\s+|also\\s+)?(?:(?:approved|validated|cleared|signed\\s+off)\\s+and\\s+(?:is\\s+)?)?(?:scheduled|queued|booked|slated|lined\\s+up|earmarked)\\s+(?:for|in|on)(?![a-z])`,
  `(?<!')will\\s+(?:be\\s+)?(?:pay|settle|transfer|wire|remit|paid|settled|transferred|wired|remitted|released|processed${BOOKED_NOT_PAID})`,
  // "James will send it next Friday when his bonus lands": sending the money on a day (or the money named; not "I will
  // send it tomorrow with the signed PO")
  `(?:will|[a-z]+'ll)\\s+send\\s+(?:(?:you\\s+)?(?:the\\s+)?(?:money|payment|funds|transfer|balance|rest)|it(?=\\s+(?:over\\s+|across\\s+)?(?:on\\s+|by\\s+)?(?:next\\s+|this\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|tomorrow|tonight|today|end\\s+of|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?)(?![a-z])(?![^.!?\\n]{0,40}(?:po|purchase\\s+order|documents?|forms?|certificates?|signed|details|number|copy|invoice)(?![a-z]))))(?![a-z])`,
  // "ill pay you 5th dec latest" (I'll typed on a phone)
  `ill\\s+(?:pay|send|transfer|wire|settle)\\s+(?:you|it|this|that|the\\s+(?:invoice|balance|bill))(?![a-z])`,
  // "our accounts team will process CS-2026-0420 next Friday": the invoice named by its number
  `(?:will|[a-z]+'ll)\\s+(?:process|release|clear|action|approve\\s+and\\s+pay)\\s+(?:invoice\\s+|inv\\.?\\s+|your\\s+invoice\\s+)?(?:no\\.?\\s+|#\\s*)?[a-z]{0,8}[-/_.]?\\d[\\w/.-]*`,
  // "you'll have it by the end of the month"
  `(?:you'll|you\\s+will|you\\s+should)\\s+(?:have|get|receive|see)\\s+(?:it|the\\s+money|the\\s+funds|(?:the\\s+)?payment|the\\s+transfer)(?![a-z])`,
  `next\\s+(?:payment\\s+|pay\\s+|supplier\\s+)?run`, `(?:(?:our|the)\\s+)?(?:ap|a/p|accounts\\s+payable|payment|pay|supplier|cheque|check|bacs|ach|wire|eft)\\s+run\\s+(?:is|will\\s+be|happens|goes\\s+out)`,
  // the invoice in the batch: "payment run is next Friday, you'll be in it"
  // "Our CFO signs the batch next Friday – yours is included"
  `(?:yours|your\\s+(?:invoice|inv|bill|account))\\s+(?:is|are|will\\s+be|'s|has\\s+been)\\s+(?:also\\s+)?(?:included|in\\s+(?:it|there)|on\\s+(?:it|the\\s+list))(?![a-z])`, `(?:signs?|approves?|releases?|validates?)\\s+the\\s+(?:payment\\s+|supplier\\s+)?(?:batch|run)(?![a-z])`,
  `(?:you|it|this|that|the\\s+invoice)(?:'ll|\\s+will|'re\\s+going\\s+to|\\s+is\\s+going\\s+to)\\s+be\\s+(?:in|on|part\\s+of|included\\s+in)\\s+(?:it|that|this\\s+one|that\\s+one)(?![a-z])`,
  // the run named by its day: "our payment runs are the 1st and 15th, you'll be in the 15th dec one" (held-out DHW)
  `(?:you|it|this|that|the\\s+invoice)(?:'ll|\\s+will|'re\\s+going\\s+to|\\s+is\\s+going\\s+to)\\s+be\\s+(?:in|on|part\\s+of|included\\s+in)\\s+the\\s+${W(3)}(?:one|run|batch|cycle)(?![a-z])`,
  `(?:we|i)(?:'ve|\\s+have)?\\s+(?:now\\s+|already\\s+)?(?:scheduled|planned|booked|queued|set\\s+up|earmarked)\\s+(?:the\\s+|a\\s+|your\\s+|this\\s+)?(?:payment|transfer|invoice|bacs|wire)`,
  `(?:next|upcoming|following|this\\s+week's|this\\s+month's)\\s+(?:payment|pay|cheque|check|bacs|supplier)\\s+(?:run|cycle|batch|date|round)`,
  `(?:scheduled|approved|queued|booked|set)\\s+(?:it\\s+|this\\s+|the\\s+invoice\\s+)?for\\s+payment`,
  // a present tense with a day ahead: "Notre comptable règle la facture F-2026-0418 vendredi prochain" (not "la paie vendredi", the payroll)
  `(?<!(?<![a-z])(?:la|sa|ma|ta|de)\\s)(?:regle|reglent|paie|paient|paye|vire|virent)\\s+(?:la\\s+|cette\\s+|votre\\s+|vos\\s+|les\\s+)?(?:factures?\\s+)?(?:[a-z]{0,8}[-/_.]?\\d[\\w/.-]*\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|apres-demain|la\\s+semaine\\s+prochaine|en\\s+fin\\s+de\\s+(?:semaine|mois)|d'ici)(?![a-z])`,
  // "I'll make sure it's paid next Friday", "we'll make sure the invoice gets settled this week"
  `make\\s+sure\\s+(?:it|this|that|the\\s+invoice|this\\s+invoice|the\\s+payment)(?:'s|\\s+is|\\s+gets|\\s+will\\s+be|\\s+goes)\\s+(?:paid|settled|processed|out|through|sent)(?![a-z])`,
  // the payment or the invoice said to be scheduled: "Payment for FAC 26956 is scheduled for 22 September", "It's scheduled for our end-of-month payment run"
  `(?:it|this|that|this\\s+one|(?:the\\s+)?(?:payment|transfer|invoice|wire|bacs)(?:\\s+(?:for|of)\\s+(?:\\S+\\s+){0,2}?\\S+)?)(?:\\s+is|'s|\\s+has\\s+been|\\s+was)\\s+(?:now\\s+|already\\s+|been\\s+)?(?:scheduled|planned|booked|queued|lined\\s+up|earmarked|slated|set)\\s+(?:for|on|in|with)(?![a-z])`,
  // "Our finance team has scheduled the payment for 25 November"
  `(?:has|have)\\s+(?:now\\s+|already\\s+)?(?:scheduled|planned|booked|queued|set\\s+up|earmarked)\\s+(?:the\\s+|a\\s+|your\\s+|this\\s+)?(?:payment|transfer|invoice|bacs|wire)`,
  // "finance have it scheduled for next Tuesday"
  `(?:have|has|got)\\s+(?:it|this|that|this\\s+one|that\\s+one|the\\s+(?:payment|invoice|transfer)|you)\\s+(?:down\\s+)?(?:scheduled|booked|queued|lined\\s+up|pencilled\\s+in|penciled\\s+in)\\s+(?:for|on|in)(?![a-z])`,
  // a payment batch the invoice is in: "it's in our check run on the 30th", "included in Friday's BACS run"
  `(?:in|on|into|for|with|part\\s+of|included\\s+in|added\\s+to)\\s+(?:our|the|this|next|the\\s+next|this\\s+week's|this\\s+month's|\\w+day's)\\s+(?:[\\w']+\\s+){0,2}(?:payment|pay|cheque|check|bacs|supplier|vendor|ach|wire|eft|ap)s?\\s+(?:run|cycle|batch|round)`,
  // "our payment date for this is Friday 27 Nov"
  `(?:payment|pay)\\s+(?:date|day)\\s+${W(3)}(?:is|will\\s+be|'s)(?![a-z])`,
  // "It's approved — it'll go out on Friday" (not the invoice passed on: "it'll go to the committee on the 10th for sign-off")
  `(?:it|this|that)'ll\\s+(?:be\\s+)?(?:go\\s+out|go(?!\\s+(?:to|through|for|into|past|via|up|back|over|before)(?![a-z]))|paid|settled|sent|processed|released|transferred|leave|clear|cleared|wired|remitted|issued|mailed|posted)(?![a-z])`,
  // "Payment will be done next Friday"
  // ("Owners confirm payment of FA2026/0249 will be effected on 14 December 2026")
  `(?:payment|transfer|wire|remittance)\\s+(?:(?:of|for)\\s+(?:(?:the|our|your|invoice)\\s+){0,2}\\S+\\s+)?(?:will|'ll|shall|should)\\s+be\\s+(?:done|made|effected|executed|initiated|arranged)(?![a-z])`,
  // "Will go out in our end-of-month payment run": the payment, its subject dropped
  `will\\s+go\\s+out`,
  // "We expect … the invoice to be paid by 17.06.2026 at the latest"
  `to\\s+be\\s+paid\\s+(?:by|on|before|no\\s+later\\s+than|at\\s+the\\s+latest\\s+(?:by|on))`,
  // the subject dropped after "approved": "it's now approved and will go out next Friday"
  `(?:approved|signed\\s+off|validated|cleared)\\s+(?:and|so)\\s+(?:it\\s+)?(?:will|'ll|should)\\s+(?:be\\s+)?(?:go\\s+out|paid|settled|sent|released|processed|transferred|wired|remitted)(?![a-z])`,
  // someone else releases it: "our finance team will release it next Friday", "accounts will process the payment"
  `(?:will|[a-z]+'ll|shall|is\\s+going\\s+to|are\\s+going\\s+to)\\s+(?:\\w+ly\\s+)?(?:release|process|action|initiate|arrange|schedule)\\s+(?:it|this|them|the\\s+(?:payment|invoice|funds|transfer|bill|wire|bacs)|payment|your\\s+(?:invoice|payment)|funds)`,
  `(?:will|[a-z]+'ll|shall|is\\s+going\\s+to|are\\s+going\\s+to)\\s+(?:\\w+ly\\s+)?(?:send|make|issue|cut|write|mail|post|run)\\s+(?:you\\s+)?(?:the\\s+|a\\s+|our\\s+)?(?:payment|transfer|wire|bacs|remittance|funds|cheque|check)`,
  // "can I do it on the 15th? Promise it'll be done then", "ill do it monday", "will get it done tomorrow arvo"
  `(?:can|could|may)\\s+(?:i|we)\\s+(?:do|pay|settle|send|clear)\\s+(?:it|this|that|the\\s+balance|the\\s+invoice)\\s+(?:on|by|next|this|at\\s+the\\s+end)(?![a-z])`, `promise\\s+(?:it'll|it\\s+will|i'll|i\\s+will|we'll|we\\s+will)\\s+be\\s+(?:done|paid|sorted|settled|cleared)`,
  `(?:i'll|ill|i\\s+will|we'll|we\\s+will|will)\\s+(?:do|pay|sort|clear|settle)\\s+(?:it|this|that)(?:\\s+out)?\\s+(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next|this\\s+(?:week|friday|arvo|afternoon|evening)|first\\s+thing)(?![a-z])`,
  `(?:will|i'll|we'll|ill)\\s+(?:get|have)\\s+(?:it|this|that)\\s+(?:done|sorted|paid|settled|sent|transferred)\\s+(?:by\\s+|on\\s+)?(?:tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|next|this|the\\s+\\d)`,
  // "I'll drop a cheque in the post next Friday"; "we will proceed the payment of invoice … on December 15"
  `(?:will|[a-z]+'ll|shall|is\\s+going\\s+to|are\\s+going\\s+to)\\s+(?:drop|pop|put|stick)\\s+(?:you\\s+)?(?:a|the|our|your)\\s+(?:cheque|check)`, `(?:will|[a-z]+'ll|shall|is\\s+going\\s+to|are\\s+going\\s+to)\\s+proceed\\s+(?:with\\s+)?(?:the\\s+|our\\s+|your\\s+)?(?:payment|transfer|remittance|settlement|wire)`,
  // someone else made to pay: "I'll have Jenna wire it next Friday", "we'll get our accountant to pay the invoice on Monday"
  `(?:i|we)(?:'ll|\\s+will|\\s+shall)\\s+(?:have|get)\\s+(?:\\S+\\s+){1,3}?(?:to\\s+)?(?:wire|pay|send|transfer|settle|process|remit)\\s+(?:it|this|that|the\\s+(?:invoice|payment|balance|wire|transfer|funds)|you)(?![a-z])`,
  // the rest of a part payment sent later: "I'll send the other $1,700 on June 1st", "we'll pay the balance at month end"
  `(?:we|i)(?:'ll|\\s+will|\\s+shall)\\s+(?:send|pay|transfer|wire|settle|clear)\\s+(?:you\\s+)?(?:the\\s+)?(?:other|rest|remaining|remainder|balance|second\\s+(?:half|part|instalment|installment))`,
  // the rest of a part payment: "the remaining balance will follow by 15 December"
  `(?:${PAY_NOUN_EN}|rest|remainder)\\s+${W(2)}(?:will|'ll|should|is\\s+going\\s+to)\\s+follow`,
  // when the money arrives: "you'll have the money by Friday", "expect payment by the end of the month"
  `(?:you'll|you\\s+will|you\\s+should)\\s+(?:\\w+ly\\s+)?(?:have|receive|get|see)\\s+(?:the\\s+|your\\s+|our\\s+)?(?:money|payment|funds|transfer|cheque|check|remittance)`,
  `(?:can\\s+)?expect\\s+(?:the\\s+|our\\s+|your\\s+)?(?:payment|funds|transfer|remittance|money)\\s+(?:by|on|in|before|early|next|at|within)`,
  // de
  `(?:wir|ich)\\s+${W(1)}(?:werden|werde)\\s+${IN_SENTENCE(10)}(?:bezahlen|uberweisen|begleichen|zahlen|anweisen|ausgleichen|veranlassen|auslosen|anstossen|tatigen|ausfuhren)(?![a-z])`,
  // (« die Zahlung ist freigegeben und wird am 15.12.2026 ausgeführt »)
  `(?:wird|werden)\\s+${W(8)}(?:bezahlt|uberwiesen|beglichen|angewiesen|ausgeglichen|veranlasst|gezahlt|ausgelost|freigegeben|angestossen|ausgefuhrt|durchgefuhrt|getatigt|vorgenommen)`,
  `(?:zahlen|uberweisen|begleichen|bezahlen)\\s+wir`, `(?:zahlung|uberweisung|rechnung|betrag)\\s+${W(8)}(?:eingeplant|vorgesehen|terminiert|geplant)(?![a-z])`, `(?:zahlung|uberweisung|geld|betrag)\\s+(?:kommt|geht\\s+raus|folgt)(?![a-z])`,
  // seeing to it that it is paid: « Ik zorg dat hij tegen eind volgende week betaald is » (held-out CBZ), « Je m'assure qu'elle
  // soit réglée d'ici vendredi », « ich sorge dafür, dass sie bis Freitag bezahlt ist »
  `(?:ik|we|wij)\\s+(?:zorg|zorgen)\\s+(?:ervoor\\s+)?dat\\s+${W(8)}(?:betaald|overgemaakt|voldaan|geregeld|overgeschreven)(?![a-z])`,
  // (« Ik zorg dat het bedrag uiterlijk vrijdag 4 december op je rekening staat »)
  `(?:ik|we|wij)\\s+(?:zorg|zorgen)\\s+(?:ervoor\\s+)?dat\\s+${W(8)}op\\s+(?:je|jouw|uw|jullie|de)\\s+rekening\\s+(?:staat|is|komt)(?![a-z])`,
  `(?:je\\s+m'assure|nous\\s+nous\\s+assurons|je\\s+veille|nous\\s+veillons)\\s+(?:a\\s+ce\\s+)?qu(?:e\\s+|')${W(6)}(?:soit|sera|soient|seront)\\s+(?:bien\\s+)?(?:reglee?s?|payee?s?|viree?s?|versee?s?|soldee?s?)`,
  `(?:ich|wir)\\s+(?:sorge|sorgen)\\s+dafur,?\\s+dass\\s+${W(8)}(?:bezahlt|uberwiesen|beglichen)`,
  // a day reckoned, the verb of paying left out after it was said: « … vi paghiamo appena riceviamo il loro bonifico. Contiamo
  // entro il 18 dicembre », « On compte sur le 18 décembre »
  `contiamo\\s+(?:entro|per\\s+il|verso\\s+il|intorno\\s+al)(?![a-z])`, `(?:on|nous)\\s+(?:compte|comptons)\\s+(?:sur\\s+)?(?:le\\s+\\d|d'ici\\s+(?:le|la|au)|avant\\s+le|vers\\s+le)`,
  // a transfer put in a batch of payments with its day: « il bonifico … è stato inserito nella distinta con data valuta 15 dicembre »
  `(?:bonifico|pagamento)\\s+${IN_SENTENCE(6)}(?:e\\s+stato|sara)\\s+(?:inserito|messo|incluso)\\s+(?:nella|in|nel)\\s+(?:prossima\\s+)?(?:distinta|flusso)(?![a-z])`,
  // (« die Auszahlung erfolgt voraussichtlich am 04.12.2026 »)
  // … and after its condition: « Die Zahlung erfolgt, sobald die Fördermittel der Stiftung eingegangen sind – voraussichtlich nächsten Freitag »
  // « die Zahlung sollte bis Ende nächster Woche raus sein », « das Geld müsste nächste Woche bei Ihnen sein »
  `(?:zahlung|auszahlung|uberweisung|das\\s+geld|der\\s+betrag)\\s+(?:sollte|sollten|durfte|durften|musste|mussten|wird|werden)\\s+${IN_SENTENCE(6)}(?:raus\\s+sein|rausgehen|raus\\s+gehen|bei\\s+ihnen\\s+(?:sein|eingehen|ankommen)|auf\\s+ihrem\\s+konto\\s+(?:sein|eingehen))(?![a-z])`,
  `(?:zahlung|auszahlung|uberweisung)\\s+${W(4)}erfolgt\\s*,?\\s+(?:sobald|wenn|nachdem)\\s+[^.!?\\n]{0,80}?voraussichtlich\\s+(?:am|zum|bis|nachste[nr]?|kommende[nr]?|morgen|ubermorgen|in\\s+der)(?![a-z])`,
  `(?:zahlung|auszahlung|uberweisung)\\s+${W(4)}(?:ist\\s+)?(?:geplant|vorgesehen|eingeplant|terminiert|vorgemerkt|erfolgt\\s+(?:(?:voraussichtlich|planmassig|dann|somit|daher|spatestens)\\s+)?(?:am|zum|bis|in|nachste|kommende|ende|anfang|mitte|montag|dienstag|mittwoch|donnerstag|freitag))`,
  `(?:nachsten|kommenden|naechsten)\\s+(?:zahllauf|zahlungslauf|zahlungstermin|zahlungsrhythmus)`,
  // what the client can do, with a day: "je peux vous régler pour le 15/12", "on peut payer fin du mois"
  `(?:je|nous|on)\\s+(?:peux|pouvons|peut|pourrai|pourrons|pourrais|pourrions)\\s+(?:vous\\s+|te\\s+)?(?:regler|payer|virer|verser|solder)\\s+(?:le\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)\\s+)?\\d|pour\\s+le|d'ici|avant\\s+le|au\\s+plus\\s+tard|fin\\s+d|debut\\s+d|en\\s+fin|lundi|mardi|mercredi|jeudi|vendredi|samedi)`,
  // "unsere Zahlläufe sind immer zum Monatsende – die Rechnung ist dort eingeplant", "überweise Anfang nächster Woche"
  `(?:rechnung|zahlung|betrag)\\s+${W(3)}(?:ist|wird|wurde)\\s+${W(2)}(?:eingeplant|vorgemerkt|eingetaktet|terminiert)(?![a-z])`, `zahll?a?ufe?\\s+${W(3)}(?:zum|am|immer\\s+zum|jeweils\\s+zum)\\s+(?:monatsende|monatsersten|\\d)`,
  // a payment released for a day to come: « die Zahlung ist für den 10.12.2026 freigegeben »
  `(?:zahlung|uberweisung|betrag|rechnung)\\s+${W(3)}(?:ist|wird|wurde|sind|wurden)\\s+(?:fur|zum|ab|per|auf)\\s+${W(2)}freigegeben(?![a-z])`,
  `(?<=^|[.!,;]\\s*|\\n\\s*|\\s[-–—]\\s*|hi,?\\s+|hallo,?\\s+)(?:uberweise|zahle|begleiche|uberweisen|zahlen)\\s+(?:ich\\s+|wir\\s+)?(?:das\\s+|es\\s+|den\\s+betrag\\s+|die\\s+rechnung\\s+)?(?:morgen|heute|anfang|ende|mitte|nachste|nachsten|kommende|kommenden|am|bis|spatestens|montag|dienstag|mittwoch|donnerstag|freitag)(?![a-z])`,
  // the object first: « Die neue (F-2026-0431) überweise ich morgen », « den Rest zahle ich am Freitag »
  `(?:uberweise|zahle|begleiche|bezahle)\\s+ich\\s+${W(2)}(?:morgen|ubermorgen|anfang|ende|mitte|nachste|nachsten|kommende|kommenden|am|bis|spatestens|montag|dienstag|mittwoch|donnerstag|freitag)(?![a-z])`,
  // someone else pays, by a day: « Habe sie jetzt freigegeben, die Buchhaltung überweist bis Ende nächster Woche »
  `(?:uberweist|zahlt|bezahlt|begleicht)\\s+(?:(?:es|sie|das|den\\s+betrag|die\\s+rechnung|ihnen|dir|euch)\\s+)?(?:morgen|ubermorgen|anfang|ende|mitte|nachste|nachsten|kommende|kommenden|am|bis|spatestens|montag|dienstag|mittwoch|donnerstag|freitag)(?![a-z])`,
  // the payee named: « … und überweise dir den vollen Betrag spätestens bis zum 15. Dezember »
  `(?:uberweise|zahle|begleiche|bezahle|uberweisen|zahlen|begleichen|bezahlen)\\s+(?:dir|ihnen|euch)\\s+${W(4)}(?:morgen|ubermorgen|anfang|ende|mitte|nachste|nachsten|kommende|kommenden|am|bis|spatestens|montag|dienstag|mittwoch|donnerstag|freitag)(?![a-z])`,
  // asking for a delay to a date: "kann ich bis 30. November zahlen?", "puis-je vous régler le 15 ?", "could we pay on the 30th?"
  `(?:kann|konnen|darf|durfen)\\s+(?:ich|wir)\\s+(?:bis|am|zum|ab)\\s+${W(4)}(?:zahlen|bezahlen|uberweisen|begleichen)`,
  // the subject dropped: "Geht am 8.12. raus, versprochen"
  `(?<=^|[.!,;]\\s*|\\n\\s*)(?:geht|gehts|geht's)\\s+${W(4)}raus(?![a-z])`,
  // the present for the future: "die Zahlung geht nächsten Freitag raus", "die Überweisung geht morgen raus"
  `(?:zahlung|uberweisung|anweisung|betrag|geld)\\s+(?:geht|gehen)\\s+${W(6)}(?:raus|hinaus|heraus|an\\s+sie|an\\s+euch|los)(?![a-z])`,
  `(?:im|in\\s+den|mit\\s+dem|beim|fur\\s+den|mit\\s+unserem|mit\\s+unserm|in\\s+unserem|in\\s+unseren|fur\\s+unseren)\\s+(?:${W(1)})?(?:zahllauf|zahlungslauf|zahlungsvorschlag)\\w*`,
  // someone else pays: "unsere Buchhaltung wird die Rechnung nächste Woche begleichen"
  `(?:wird|werden)\\s+${W(8)}(?:bezahlen|uberweisen|begleichen|zahlen|anweisen|ausgleichen|veranlassen|freigeben|auslosen|anstossen|tatigen|ausfuhren)(?![a-z])`,
  `(?:rest\\w*|\\w*betrag|zahlung|uberweisung)\\s+${W(3)}folgt`,
  `(?:erhalten|bekommen)\\s+sie\\s+${W(3)}(?:zahlung|uberweisung|\\w*betrag|geld)`, `sie\\s+(?:erhalten|bekommen)\\s+${W(3)}(?:zahlung|uberweisung|\\w*betrag|geld)`, `sie\\s+(?:werden|sollten)\\s+${W(4)}(?:zahlung|uberweisung|\\w*betrag|geld)\\w*\\s+${W(3)}(?:erhalten|bekommen|sehen|haben)`,
  // es
  `(?:nos|me)\\s+comprometemos?\\s+a\\s+(?:pagar|abonar|transferir|liquidar|ingresar)\\w*`, `(?:nos|me)\\s+comprometo\\s+a\\s+(?:pagar|abonar|transferir|liquidar|ingresar)\\w*`,
  `(?:pagaremos|abonaremos|transferiremos|liquidaremos|saldaremos|ingresaremos|pagare|abonare|transferire)`,
  // co: "Vi pagu a fattura u 22 di dicembre", "pagaraghju venneri"
  `(?:vi|ti)\\s+pagu(?![a-z])`, `(?:pagaraghju|pagaremu|pagheraghju|pagheremu|faraghju\\s+u\\s+viramentu|feremu\\s+u\\s+viramentu)(?![a-z])`,
  // en: "We'll send the money for LL-2026-061 next Friday"; "we'll get yours out by Nov 30"
  `(?:will\\s+be|[a-z]+'ll\\s+be|is\\s+being|has\\s+been|is)\\s+(?:included|added|put)\\s+(?:in|into|to|on)\\s+(?:the|our)\\s+(?:\\S+\\s+){0,2}?(?:payment|pay|ap)\\s+run(?![a-z])`,
  `(?:we'll|we\\s+will|i'll|i\\s+will)\\s+(?:get|have|send)\\s+(?:it|yours|this|that|this\\s+one|(?:the|your)\\s+(?:payment|money|transfer|wire|cheque|check))\\s+(?:out|sent|paid|over)(?![a-z])`,
  `(?:we'll|we\\s+will|i'll|i\\s+will|we're\\s+going\\s+to|i'm\\s+going\\s+to)\\s+(?:send|transfer|wire)\\s+(?:you\\s+)?(?:the\\s+)?(?:money|funds|cash)(?![a-z])`,
  // "La factura FA26-00641 quedará pagada el 5 de diciembre", "será abonada el viernes"
  `(?:quedara|quedaran|sera|seran|estara|estaran|ficara|ficarao)\\s+(?:pagad|abonad|transferid|ingresad|liquidad|saldad|pag)[oa]s?(?![a-z])`,
  // gl, and the enclitic Spanish: "A factura … pagarase o 1 de decembro" (will be paid), "pagarémola o luns"
  `(?:pagarase|pagaranse|aboarase|aboaranse|abonarase|ingresarase|transferirase|pagaremola|pagaremolo|pagaremosla|pagaremosle)`,
  `(?:realizaremos|efectuaremos|haremos|procederemos|enviaremos|ordenaremos|tramitaremos)\\s+${W(2)}(?:pago|transferencia|abono|ingreso)`,
  // (the first person singular: « Le haré la transferencia de los 834 € el 15 de diciembre »)
  `(?:hare|realizare|efectuare|enviare|mandare|ordenare|tramitare)\\s+${W(2)}(?:pago|transferencia|abono|ingreso|bizum)(?![a-z])`,
  `(?:vamos\\s+a|voy\\s+a|tenemos\\s+previsto|esperamos|podremos|pensamos)\\s+(?:\\w+\\s+)?(?:pagar|abonar|transferir|liquidar|saldar|realizar\\s+(?:el|la)\\s+${PAY_NOUN_ES}|efectuar\\s+(?:el|la)\\s+${PAY_NOUN_ES}|hacer\\s+(?:el|la)\\s+${PAY_NOUN_ES})`,
  `${PAY_NOUN_ES}\\s+${W(4)}(?:se\\s+)?(?:realizara|efectuara|ordenara|emitira|tramitara|hara|enviara|saldra|esta\\s+programad[oa]|programad[oa]|previst[oa]|se\\s+pagara|sera\\s+(?:pagad|abonad|transferid)[oa])`,
  `se\\s+(?:pagara|abonara|transferira|liquidara)`,
  `(?:hemos|he)\\s+(?:programado|previsto|planificado|agendado)\\s+(?:el|la)\\s+${PAY_NOUN_ES}`,
  `(?:pagara|abonara|transferira|liquidara)n?`, `(?:recibira|recibiran|tendra|tendran)\\s+${W(2)}(?:pago|transferencia|importe|dinero|abono)`, `(?:realizara|efectuara|hara|procesara|emitira|ordenara)n?\\s+${W(2)}(?:pago|transferencia|abono)`,
  `(?:remesa|ciclo|tanda|lote)\\s+de\\s+pagos?`, `(?:previst[oa]|incluid[oa]|programad[oa]|metid[oa])\\s+(?:en|para)\\s+(?:la|el)\\s+(?:remesa|ciclo|confirming|pago|transferencia)`, `(?:la|lo|las|los)\\s+(?:tenemos|tengo)\\s+(?:en|para)\\s+(?:la|el)\\s+(?:remesa|ciclo|confirming|pago)`, `en\\s+la\\s+(?:proxima\\s+)?remesa\\s+del?(?![a-z])`, `(?:incluido|incluida|incluimos|metido|metida)\\s+${W(4)}(?:remesa|confirming|ciclo\\s+de\\s+pagos)`, `confirming\\s+${W(3)}vencimiento`,
  // it
  `(?:pagheremo|salderemo|verseremo|bonificheremo|liquideremo|paghero|saldero)`,
  `(?:effettueremo|faremo|disporremo|provvederemo|invieremo|effettuero|provvedero)\\s+${W(2)}(?:bonifico|pagamento|saldo|versamento)`,
  `${PAY_NOUN_IT}\\s+${W(2)}(?:verra|sara|partira|e\\s+previsto|e\\s+programmato|previsto|programmato|e\\s+in\\s+programma|in\\s+programma)`,
  // "il bonifico parte venerdì prossimo con gli altri fornitori"
  `${PAY_NOUN_IT}\\s+${W(2)}parte\\s+(?:${W(2)})?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|il|entro|la\\s+settimana|a\\s+fine|con|nel|alla|questa|questo|prossim)`,
  `(?:sara|verra)\\s+(?:pagat|saldat|effettuat|dispost|bonificat|liquidat)[oa]`,
  `(?:abbiamo|ho)\\s+(?:programmato|pianificato|previsto)\\s+(?:il|un|lo)\\s+${PAY_NOUN_IT}`,
  `${PAY_NOUN_IT}\\s+${W(5)}(?:e\\s+)?stat[oa]\\s+(?:programmat|pianificat|fissat|schedulat)[oa]`,
  `(?:paghera|pagheranno|saldera|salderanno|versera|verseranno|bonifichera|bonificheranno|liquidera)`,
  `(?:effettuera|effettueranno|fara|faranno|disporra|disporranno|provvedera|provvederanno)\\s+${W(2)}(?:bonifico|pagamento|saldo|versamento)`,
  `(?:saldo|resto|rimanente|importo)\\s+${W(2)}seguira`, `(?:riceverete|ricevera|avrete|avra)\\s+${W(2)}(?:pagamento|bonifico|importo|saldo)`,
  `(?:ciclo|giro|distinta|tornata)\\s+(?:di\\s+|dei\\s+)?pagament[oi]`, `(?:messo|messa|mettiamo|metteremo)\\s+(?:la\\s+fattura\\s+)?in\\s+pagamento\\s+(?:per|il|entro|a|con)(?![a-z])`,
  // pt: "o pagamento ficou agendado para 30/11"; es: "el pago queda programado para el 30"
  // pt: "A previsão do nosso banco é efetuar a transferência até 15/12/2026"
  `previsao\\s+${W(4)}(?:e|de)\\s+(?:efetuar|efectuar|fazer|realizar|enviar)\\s+(?:a|o)\\s+(?:transferencia|pagamento)`,
  `(?:pagamento|transferencia|pago|abono)\\s+${W(4)}(?:ficou|fica|esta|foi|sera|queda|quedo|ha\\s+quedado)\\s+(?:agendad|programad|marcad|previst)[oa]`,
  // de: an order entered in e-banking with its execution date: « Ich habe die Zahlung heute im E-Banking erfasst, Ausführungsdatum 10.12.2026 »
  `(?:ausfuhrungsdatum|ausfuhrung\\s+am|execution\\s+date|date\\s+d'execution)(?![a-z])`,
  // pt: « vamos processar o pagamento na próxima sexta-feira », « vamos fazer a transferência amanhã »
  `(?:vamos|vou|iremos|irei)\\s+(?:processar|efetuar|efectuar|fazer|realizar|enviar|pagar|transferir|liquidar)(?![a-z])`,
  // pt: "estamos com o pagamento programado para o dia 30/11", "temos a transferência agendada para sexta"
  `(?:estamos\\s+com|temos|tenho|estou\\s+com)\\s+(?:o|a)\\s+(?:pagamento|transferencia|pix)\\s+(?:ja\\s+)?(?:agendad|programad|marcad|previst)[oa]`,
  // pt: "A BLE-2026-0219 foi aprovada e está programada para pagamento no dia 11/12/2026", "Já agendamos o pagamento … para o dia 10/12",
  // "Vamos regularizar a fatura até ao final do mês"
  `(?:esta|estao|fica|ficou|foi|foram)\\s+(?:programad|agendad)[oa]s?\\s+para\\s+(?:o\\s+)?pagamento`, `(?:agendamos|agendei|programamos|programei)\\s+o\\s+pagamento`, `(?:vou|vamos|iremos|irei)\\s+(?:regularizar|liquidar|saldar|quitar)(?![a-z])`,
  // de: "ist freigegeben und für unseren Zahlungslauf am 15.12. eingeplant"; nl: "doe het morgen", "Wij zullen uw factuur voor het einde van de maand voldoen"
  `(?:zahlungslauf|zahllauf)\\s+${W(4)}eingeplant(?![a-z])`, `(?:doe|doen)\\s+(?:ik\\s+|we\\s+)?het(?=\\s+(?:morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|volgende|deze\\s+week|overmorgen)(?![a-z]))`,
  `(?:zullen|zal)\\s+(?:(?!niet\\s)\\S+\\s+){0,9}?(?:voldoen|betalen|overmaken|overschrijven|storten)(?![a-z])`,
  // a day "without fail": « lundi sans faute », "segunda feira sem falta", "el lunes sin falta"
  `(?:sem|sin|sans)\\s+(?:falta|faute)(?![a-z])`,
  // "a fatura FGO-2026-0112 vai ser paga na próxima sexta-feira"
  `(?:vai|vao|ira|irao|sera|serao)\\s+ser\\s+(?:paga|pago|pagas|pagos|liquidad[oa]s?|transferid[oa]s?|saldad[oa]s?|regularizad[oa]s?)(?![a-z])`,
  // ca
  // "La factura … entrarà a la remesa de confirming del 16 de desembre", "entrará en la remesa del día 5"
  `(?:entrara|anira|ira|va)\\s+(?:a|en|dins)\\s+(?:la\\s+)?(?:propera\\s+|proxima\\s+|seguent\\s+|siguiente\\s+)?remesa`,
  // ca, es: "la factura SV-2026-0431 entra al pagament de divendres vinent", « entra en el pago del viernes »
  `(?:entra|entren|entran|entrara|entrarà)\\s+(?:al|a\\s+la|en\\s+el|en\\s+la|dins\\s+el)\\s+(?:pagament|pago|remesa|lot|lote|tanda)\\s+(?:de|del|d')`,
  // a schedule of instalments decided: « Le bureau a voté un règlement en 3 fois : un premier virement de 1 265 € le 15/12/2026 puis le solde en janvier »
  `(?:vote|decide|accepte|valide|opte\\s+pour|choisi|mis\\s+en\\s+place)\\s+(?:un\\s+|le\\s+)?(?:reglement|paiement|echeancier)\\s+en\\s+(?:\\d|deux|trois|quatre|cinq|six|plusieurs)\\s+(?:fois|echeances|versements|mensualites)(?![a-z])`,
  `(?:pagarem|pagare|transferirem|liquidarem|abonarem)(?![a-z])`, `(?:la|les|el|ho|us\\s+la|us\\s+les)\\s+(?:paguem|pago|transferim|abonem)\\s+(?:${W(2)})?(?:dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|dema|la\\s+setmana|aquesta\\s+setmana|el\\s+\\d|abans|a\\s+final)`, `(?:pagament|transferencia|abonament)\\s+${W(5)}(?:es\\s+fara|es\\s+pagara|sortira)(?![a-z])`,
  // eu: "2026ko abenduaren 5a ordainduko dugu", "transferentzia datorren ostiralean egingo dugu"
  `ordainduko\\s+(?:dugu|dut|da|dira|ditugu)`, `(?:transferentzia|ordainketa)\\s+${W(3)}egingo\\s+(?:dugu|dut|da)`, `(?:passada?|passat|passades)\\s+a\\s+pagament`, `sortira\\s+(?:amb|en)\\s+(?:la\\s+)?remesa`, `(?:farem|fare)\\s+(?:la\\s+|el\\s+)?(?:transferencia|pagament)`,
  `fica\\s+para\\s+(?:o|a|os|as)\\s+(?:fim|final|inicio|proxim[oa]|dia|semana|mes)`,
  `(?:vamos|vou|iremos|irei)\\s+(?:\\w+\\s+)?(?:pagar|transferir|liquidar|fazer\\s+(?:a|o)\\s+(?:transferencia|pagamento))`, `(?:vamos|vou|iremos|irei)\\s+(?:\\w+\\s+)?(?:proceder\\s+ao|efetuar\\s+o|efetuar\\s+a|realizar\\s+o|realizar\\s+a)\\s+(?:pagamento|transferencia|liquidacao)`,
  // lb: "Mir bezuelen d'Rechnung bis de 16.09.2026", "d'Bezuelung kënnt nächste Freideg"
  `(?:mir|ech)\\s+(?:bezuelen|iwwerweisen|iwwerweise|wäerten\\s+bezuelen|werden\\s+bezuelen)(?!\\s+net(?![a-z]))`, `(?:gett|ginn)\\s+${IN_SENTENCE(6)}(?:iwwerwisen|iwwerwiesen|bezuelt)(?![a-z])`, `(?:d'|die\\s+)?bezuelung\\s+(?:kennt|gett|geet\\s+eraus|ass\\s+fir)`, `(?:conseguimos|consigo|podemos|posso|conseguiremos|poderemos)\\s+(?:\\w+\\s+)?(?:pagar|transferir|liquidar|fazer\\s+(?:a|o)\\s+(?:transferencia|pagamento))`, `(?:pagaremos|pagarei|transferiremos|transferirei|liquidaremos)`, `(?:sera|serao)\\s+(?:pag[oa]s?|liquidad[oa]s?|transferid[oa]s?|feit[oa]s?|efetuad[oa]s?|realizad[oa]s?)`,
  // nl
  `(?:zullen|zal|gaan|ga)\\s+${W(6)}(?:betalen|overmaken|voldoen|overboeken)`, `(?:gaat|gaan)\\s+${W(3)}(?:de\\s+deur\\s+uit|eruit|de\\s+deur\\s+door)`,
  `(?:wordt|worden)\\s+${W(5)}(?:betaald|overgemaakt|voldaan|uitgevoerd|verstuurd|gedaan|overgeschreven)`,
  // the invoice planned for payment: « We hebben deze factuur nu ingepland voor betaling via overschrijving op 15 december »
  `(?:ingepland|gepland|voorzien)\\s+voor\\s+(?:betaling|overschrijving|uitbetaling)(?![a-z])`,
  // « De overschrijving van 7.260,00 EUR voor factuur CES-2026-088 staat ingepland op 14 december 2026 »
  `(?:betaling|overboeking|overschrijving|storting)\\s+${W(6)}(?:staat|is|wordt)\\s+(?:\\S+\\s+)?(?:gepland|ingepland|voorzien)\\s+(?:op|voor)\\s+\\d`,
  `(?:betaling|overboeking)\\s+(?:(?:van|voor)\\s+(?:de\\s+|uw\\s+|onze\\s+)?(?:factuur|rekening|nota)\\s+(?:nr\\.?\\s*|n[°o]\\.?\\s*)?\\S+\\s+(?:\\([^)\\n]{0,30}\\)\\s+)?)?(?:is\\s+|staat\\s+|wordt\\s+)?${W(1)}(?:gepland|ingepland|voorzien)`,
  `(?:betalen|voldoen)\\s+we`,
  `(?:betaalrun|betalingsrun|betaalronde|betaalbatch)`, `gaat\\s+mee\\s+(?:in|met)\\s+(?:de|onze|het)\\s+(?:\\S+\\s+){0,2}?(?:run|batch)(?![a-z])`, `(?:ontvangt|krijgt)\\s+(?:u\\s+)?${W(2)}(?:betaling|geld|bedrag)`,
  // pl, sv, da, no
  `(?:zaplacimy|przelejemy|uregulujemy|oplacimy|zaplace|przeleje|ureguluje)`, `(?:platnosc|przelew|zaplate)\\s+${W(4)}(?:zaplanowal\\w*|zaplanowan\\w*|zlecimy|puscimy|wyslemy|zrobimy|wykonamy)`, `zaplanowal\\w*\\s+(?:platnosc|przelew|zaplate)`, `(?:puscimy|zlecimy|wyslemy|zrobimy|wykonamy)\\s+(?:przelew|platnosc)`, `przelew\\s+${W(3)}(?:zostanie|bedzie)\\s+(?:jutro\\s+|dzis\\s+|dzisiaj\\s+|juz\\s+)?(?:wyslany|zlecony|wykonany|zrealizowany)`, `platnosc\\s+${W(3)}(?:zostanie|bedzie)\\s+(?:wykonana|zrealizowana|wyslana)`,
  `(?:vi|jeg|jag)\\s+(?:betalar|betaler|kommer\\s+att\\s+betala|vil\\s+betale|skal\\s+betale|ska\\s+betala|kommer\\s+til\\s+at\\s+betale)`, `(?:bliver|blir|vil\\s+blive|kommer\\s+att\\s+bli)\\s+betal[dt]`, `(?:betaling|betalning|overforsel|overforing)(?:en)?\\s+(?:er|ar|blir|bliver)\\s+(?:planlagt|planerad|schemalagd)`, `planlagt\\s+til`, `(?:betalningen|betalingen)\\s+(?:kommer|skickas|gors|sendes|gennemfores|vil\\s+blive)`, `(?:betalning|betaling|betalningen|betalingen)\\s+${W(3)}(?:kommer\\s+att\\s+ske|kommer\\s+til\\s+at\\s+ske|vil\\s+ske|skal\\s+ske|vil\\s+skje|kommer\\s+att\\s+gors)(?![a-z])`,
  // ro, hu, cs, sk: "plata va fi efectuată pe 30.11.2026", "vom plăti", "ki fogjuk fizetni", "utaljuk", "zaplatíme", "uhradíme"
  `(?:zostanie|zostana|bedzie|beda)\\s+(?:zaplacon|oplacon|uregulowan|przelan)[aoey](?![a-z])`,
  // pl: "płatność za fakturę … zrealizujemy do 21.12.2026", "faktura jest zaplanowana do zapłaty na 14.12.2026"
  // "płatność nastąpi do 2026-12-07", "przelew zostanie wykonany 7 grudnia"
  `(?:platnosc|przelew|zaplat[aey]|wplat[aey])\\s+${W(3)}(?:nastapi|zostanie\\s+(?:zrealizowan|wykonan|dokonan|zlecon)\\w*)(?![a-z])`,
  `(?:platnosc|przelew|zaplat[aey]|faktur[aey])\\s+${W(4)}zrealizujemy(?![a-z])`, `(?:zaplanowan|przewidzian)\\w*\\s+(?:do|na)\\s+(?:zaplaty|platnosci|przelewu|realizacji)`,
  // sl, hr, sr: "plačilo računa … je planirano za 06.07.2026", "račun bo plačan naslednji petek", "platit ćemo", "uplatićemo",
  // "bit će plaćen do …", "bomo poravnali"
  `(?:placilo|nakazilo|racun|racuna|faktura|uplata|placanje|isplata)\\s+${W(3)}(?:je|bo|su|so)\\s+(?:planiran|predviden|nacrtovan|zakazan|predviden)[aoi]?(?![a-z])`, `planiramo\\s+(?:placilo|uplatu|placanje|nakazilo|isplatu)`, `(?:uplatu|placanje|isplatu|placilo|nakazilo)\\s+(?:cemo|cu|bomo)\\s+(?:izvrsiti|napraviti|obaviti|poslati|izvesti|opraviti|nakazati|izvedli|opravili|nakazali|poslali)`,
  `(?<![a-z])(?:bo|bodo)\\s+(?:\\S+\\s+)?(?:placan|poravnan|nakazan|izveden|placan)[aoi]?(?![a-z])`, `(?<![a-z])bomo\\s+${W(2)}(?:placali|poravnali|nakazali|izvedli\\s+placilo|poslali\\s+placilo)`,
  `(?:platit|uplatit|izmirit|podmirit|izvrsit|doznacit|prebacit)\\s+(?:cemo|cu)(?![a-z])`, `(?<![a-z])(?:platicemo|uplaticemo|izmiricemo|podmiricemo|izvrsicemo|platicu|uplaticu)(?![a-z])`, `(?<![a-z])(?:cemo|cu)\\s+(?:\\S+\\s+)?(?:platiti|uplatiti|izmiriti|podmiriti|izvrsiti\\s+uplatu)`, `(?<![a-z])(?:bit\\s+ce|bice|ce\\s+biti)\\s+(?:\\S+\\s+)?(?:placen|uplacen|izmiren|podmiren|izvrsen|proveden)[aoi]?`,
  `(?:plata|transferul|factura|suma)\\s+${W(2)}va\\s+fi\\s+(?:efectuat|achitat|platit|facut|virat)[ae]?`, `(?:vom|voi)\\s+(?:plati|achita|vira|efectua\\s+plata|face\\s+plata)`, `o\\s+sa\\s+(?:platim|achitam|viram)`,
  // a present that means the future when a day follows: "plata se face vinerea viitoare", "plătim luni"
  `(?:plata|transferul|viramentul)\\s+se\\s+(?:face|efectueaza|da)(?=\\s+(?:(?:luni|lunea|marti|martea|miercuri|miercurea|joi|joia|vineri|vinerea|sambata|duminica|maine|saptamana)(?![a-z])|pe\\s+\\d|in\\s+\\d|la\\s+sfarsitul|pana\\s+(?:la|pe|vineri|luni)))`, `(?:platim|achitam|viram)(?=\\s+(?:(?:luni|lunea|marti|martea|miercuri|miercurea|joi|joia|vineri|vinerea|sambata|duminica|maine|saptamana)(?![a-z])|pe\\s+\\d|in\\s+\\d|la\\s+sfarsitul|pana\\s+(?:la|pe|vineri|luni)))`,
  `(?:ki\\s+fogjuk\\s+fizetni|fogjuk\\s+(?:fizetni|utalni|kifizetni)|(?:ki)?fizetjuk|(?:at)?utaljuk|rendezzuk)(?![a-z])`,
  // hu: « a NR-2026-0483 jövő héten megy, utalás a hét végéig biztosan »: it goes (out) next week, the transfer by the week's end
  `(?:szamla|utalas|osszeg|fizetes|kifizetes|atutalas|penz|\\d[\\w/-]*)\\s+${W(3)}megy(?![a-z])`, `(?:utalas|fizetes|kifizetes|atutalas)\\s+${W(2)}(?:a\\s+)?(?:het|honap)\\s+vegeig`,
  // a payment run named: "On passe ta facture au règlement du 03/07/2026", "nous mettons votre facture au paiement du 15"
  `(?:passe|passons|mets|mettons|met|inscris|inscrivons)\\s+(?:ta|votre|la|cette|vos|tes|les)\\s+factures?\\s+(?:au|dans\\s+le|en)\\s+(?:reglement|paiement|virement)\\s+(?:du|de\\s+la|de\\s+fin|de)`,
  // a public buyer's order to pay to come: "Le mandat sera émis d'ici le 30 novembre 2026"
  `(?:le\\s+)?mandat(?:\\s+de\\s+paiement|\\s+administratif)?\\s+(?:sera|va\\s+etre|devrait\\s+etre|doit\\s+etre)\\s+(?:emis|transmis|signe|mandate)`,
  // the invoice itself to be put to payment: « Votre facture sera mandatée lundi prochain »; a trip to the bank to pay: « Je passe à la banque lundi pour faire le virement »
  `(?:facture|memoire|situation|note)s?\\s+${W(3)}(?:sera|seront|va\\s+etre|vont\\s+etre|devrait\\s+etre)\\s+(?:mandatee?s?|mise?s?\\s+en\\s+paiement|liquidee?s?)(?![a-z])`, `(?:je|on|nous)\\s+(?:passe|passerai|passerons|passons|vais\\s+passer|allons\\s+passer|irai|irons)\\s+${W(2)}(?:a|chez)\\s+(?:la|ma|notre)\\s+banque(?![a-z])`,
  // zh, ja: "将于12月5日付款", "12月5日までにお支払いいたします"
  `将于[^。！？\\n]{0,16}?(?:付款|支付|汇款|转账)`, `までに(?:お?支払い|お?振込み?)(?:いたします|します|予定)`,
  // ja, ko, zh: "2026年12月7日にお振込み予定でございます", "2026년 12월 9일에 송금 예정입니다", "송금하겠습니다", "计划于12月9日付款"
  `(?:お?振込み?|お?支払い?|送金|入金)(?:の|を)?\\s?予定`, `(?:お?振込み?|お?支払い?|送金)(?:を)?(?:いたします|致します|させていただきます|させていただく予定|させて頂く予定)`,
  // ja, the plain verb: "来週の金曜日にお支払いする予定です", "金曜日にお支払いします" (not "…予定はありません")
  `(?:お?振込み?|お?支払い?|送金)(?:を)?(?:する|いたす|致す)予定(?!は?(?:ありません|ない))`, `(?:お?振込み?|お?支払い?|送金)(?:を)?します(?!か)`, `(?:お?振り込み|お?振込み?)(?:ます|いたします|致します)(?!か)`,
  `(?:송금|입금|지급|결제|이체|납부)(?:을|를)?\\s?(?:할\\s?)?예정`, `(?:송금|입금|지급|결제|이체|납부)(?:해|하)?\\s?(?:드리)?겠습니다`, `(?:预计|计划|計劃|预定)[^。！？\\n]{0,16}?(?:付款|支付|汇款|转账)`, `安排(?:电汇|電匯)?(?:付款|支付|汇款|匯款|转账|轉賬|轉帳|付清)`, `(?<!不)(?:将会|将|將)在?[^。！？，\\n]{0,12}?(?:付款|支付|汇款|转账|付清)`, `(?<![不沒没])(?:会|會|将会|將會|要)(?:在)?[^。！？，\\n]{0,6}?(?:汇出|匯出|汇款|匯款|付款|支付|转账|轉賬|轉帳|付清|电汇|電匯)`, `(?<![不沒没])(?:会|會|将|將)把[^。！？\\n]{0,30}?(?:电汇|電匯|汇|匯|付|转|轉)(?:过去|過去|给您|給您|出|款)?`,
  // ar: "سنقوم بالدفع يوم …", "سيتم التحويل الأسبوع القادم", "سندفع", and in the first person "إن شاء الله سأدفع يوم 06/12/2026", "سوف أدفع"
  `(?<!لن\\s+)(?:سنقوم\\s+(?:بالتحويل|بالدفع|بالسداد|بتحويل|بدفع|بسداد)|سيتم\\s+(?:التحويل|الدفع|السداد|التسديد|تحويل|دفع|سداد|تسديد)|(?:سندفع|سنسدد|سنحول|سأدفع|سأسدد|سأحول)(?![\\u0600-\\u06ff])|سأقوم\\s+(?:بالتحويل|بالدفع|بالسداد|بتحويل|بدفع|بسداد)|سوف\\s+(?:أدفع|ادفع|أسدد|أحول|ندفع|نسدد|نحول))`,
  // id, vi, th: "akan kami bayar tanggal …", "sẽ thanh toán hóa đơn … vào ngày 26 tháng 11 năm 2026", "จะโอนเงิน"
  `akan\\s+(?:kami\\s+)?(?:bayar|transfer|lunasi|dibayar|ditransfer|dilunasi)(?![a-z])`,
  // he: "התשלום יבוצע עד 3.12.2026", "התשלום עבור חשבונית … יבוצע בתאריך 16.12.2026", "נשלם ב-15.12", "החשבונית אושרה לתשלום", "יועבר"
  `(?<![\\u0590-\\u05ff])(?:התשלום|ההעברה|הסכום)\\s+(?:\\S+\\s+){0,4}?(?:י|ת)בוצע(?![\\u0590-\\u05ff])`, `(?<![\\u0590-\\u05ff])(?:נשלם|נעביר|ישולם|תשולם|יועבר|תועבר)(?![\\u0590-\\u05ff])`, `(?<![\\u0590-\\u05ff])נבצע\\s+(?:את\\s+)?(?:התשלום|ההעברה)(?![\\u0590-\\u05ff])`, `(?<![\\u0590-\\u05ff])אושר(?:ה)?\\s+לתשלום(?![\\u0590-\\u05ff])`, `se\\s+(?:thanh\\s+toan|chuyen\\s+khoan|chuyen\\s+tien|tra\\s+tien)`, `จะ(?:ทำการ)?(?:ชำระ|โอน)`,
  // no: "Fakturaen er godkjent og vil bli betalt 9. desember 2026"; fr: a public payer's "Le mandat part vendredi prochain"
  `vil\\s+bli\\s+(?:betalt|overfort|utbetalt)(?![a-z])`, `(?<![a-z])mandat\\s+(?:de\\s+paiement\\s+)?(?:part|partira|va\\s+partir)(?![a-z])`,
  // no, sv, da: the payment run it goes out with: "den går ut med betalingsrunden neste fredag"
  `(?:gar|gaar)\\s+(?:ut|ud)\\s+(?:med|i|pa)\\s+(?:\\S+\\s+)?(?:betalingsrund\\w*|betalningsrund\\w*|betalingskjoring\\w*|betalningskorning\\w*|betalingskorsel\\w*|betalingsomgang\\w*|betalningsomgang\\w*)`,
  `(?:kiegyenliteni|kifizetni|atutalni|elutalni)\\s+(?:fogjuk|fogom)`, `(?:betalningen|betalningarna|overforingen)\\s+(?:gar|skickas)\\s+(?:ivag|ut|av)`, `(?:lagt\\s+(?:in|upp|inn|ind)|planerat|planlagt|schemalagt|bokat|booket)\\s+(?:betalningen|betalingen|overforingen|overforslen)(?:\\s+(?:ind|inn))?\\s+(?:till|til|den|pa|for)(?![a-z])`, `(?:kommer|er|bliver|blir)\\s+(?:med\\s+)?(?:i|pa)\\s+(?:naeste\\s+|neste\\s+|nasta\\s+)?(?:betalingskorsel|betalingskorslen|betalingskjoring|betalingskjoringen|betalningskorning|betalningskorningen|betalingsrunde|betalingsrunden)`, `(?:maksamme|maksetaan|maksame|tasume|samaksasim|apmaksasim|parskaitisim|sumokesime|apmokesime|pervesime)(?![a-z])`, `maksu\\s+(?:lahtee|lahetetaan|suoritetaan)`, `fogjuk\\s+kiegyenliteni`, `(?:zaplatime|uhradime|zaplatim|uhradim|posleme\\s+platbu|odesleme\\s+platbu|poslem\\s+platbu)(?![a-z])`, `(?:platba|faktura)\\s+(?:bude|bude\\s+odeslana|bude\\s+uhrazena|bude\\s+uhradena)`,
  // hi in Latin letters: "payment kar denge 15 tak", "transfer ho jayega next week"
  `(?:payment|pay|transfer|paise|paisa|amount)\\s+(?:kar|kr)\\s+(?:denge|dunga|dungi|dege|dengey|dijiyega)`, `(?:payment|transfer|paise|paisa|amount)\\s+ho\\s+(?:jayega|jaayega|jayegi|jaega|jaegi)`,
  // de "Ich überweis das gleich am Montag"; es "te lo transfiero, el lunes a más tardar"; it "Domattina faccio partire il bonifico";
  // pt "vou fazer o Pix na sexta"; nl "Wij zullen de betaling uitvoeren tegen 20 december"; sv "Betalar på fredag"; da "Jeg overfører pengene i morgen"
  `(?<![a-z])(?:ich|wir)\\s+(?:uberweis|uberweise|uberweisen|zahl|zahle|zahlen)\\s+${W(3)}(?:am|morgen|gleich\\s+am|nachste|nachsten|bis|montag|dienstag|mittwoch|donnerstag|freitag)(?![a-z])`,
  `(?:te|se|os|le|les)\\s+lo\\s+(?:transfiero|pago|deposito|giro|abono|transferimos|pagamos|depositamos)(?![a-z])`, `(?:faccio|facciamo)\\s+partire\\s+(?:il\\s+|un\\s+)?(?:bonifico|pagamento)`,
  `(?:vou|vamos|vai|vao|iremos|irei|ira)\\s+(?:fazer|mandar|enviar|pagar|transferir|efetuar|efectuar|realizar)\\s+(?:o\\s+|a\\s+)?(?:pix|transferencia|pagamento|deposito|ted|boleto|mb\\s+way)(?![a-z])`, `(?:zullen|zal)\\s+${W(3)}(?:betaling|overschrijving|storting)\\s+(?:uitvoeren|doen|verrichten|uitvoeren)(?![a-z])`,
  `(?<![a-z])(?:jag\\s+|vi\\s+)?betalar\\s+(?:den\\s+|det\\s+|fakturan\\s+)?(?:pa|senast|imorgon|i\\s+morgon|nasta)(?![a-z])`, `(?<![a-z])(?:jeg|vi)\\s+(?:overforer|betaler|indbetaler)\\s+${W(2)}(?:i\\s+morgen|pa|senest|pengene|belobet|fakturaen)(?![a-z])`,
  // no/da: "betalingen går ut neste fredag"; pt: "O pagamento sai no dia 15 de dezembro"
  `(?:betalingen|betalinga|pengene|overforingen|overforselen)\\s+(?:gar|gaar|blir\\s+sendt)\\s+(?:ut|ud)(?![a-z])`, `(?:pagamento|transferencia)(?:\\s+d[aoe]s?\\s+(?:fatura|factura|nota|encomenda)s?(?:\\s+(?:n[.o°º]\\s*)?[a-z]*[-/]?\\d[\\w/-]*)?)?\\s+(?:sai|vai\\s+sair|vai|segue|sera\\s+feit[oa])(?=\\s+(?:no|na|em|a|dia|amanha|hoje|sexta|segunda|ate|proxima|proximo)(?![a-z]))`,
  // a promissory note issued, due on its maturity: ro "am emis un bilet la ordin cu scadența 20.12.2026", fr "billet à ordre", es "pagaré con vencimiento"
  `(?:am\\s+emis|emitem|am\\s+semnat|am\\s+trimis)\\s+(?:un\\s+|o\\s+)?bilet\\s+la\\s+ordin`, `(?:avons|ai)\\s+(?:emis|signe|envoye|etabli)\\s+(?:un|le)\\s+billet\\s+a\\s+ordre`, `(?:hemos|he)\\s+(?:emitido|firmado|enviado)\\s+(?:un|el)\\s+pagare`,
  // he: "התשלום ייצא ביום שלישי הבא" (the payment will go out next Tuesday), "התשלום לחשבונית AO-2026-0249 ייצא ב-30.11.2026"
  `(?<![\\u0590-\\u05ff])(?:התשלום|ההעברה|הכסף)\\s+${W(3)}(?:ייצא|תצא|יצא\\s+ב|יועבר|תבוצע)(?![\\u0590-\\u05ff])`,
  // lt: "rytoj sumokėsim", "mokėjimą atliksime gruodžio 14 d."; uk: "оплата буде наступного тижня"; ko: "다음 주에 지급 처리 예정입니다"
  `(?:sumokesim|sumokesime|apmokesim|apmokesime|pervesim|pervesime|mokesime)(?![a-z])`, `(?:mokejima|pavedima|apmokejima)\\s+(?:atliksime|atliksim|padarysime)(?![a-z])`,
  `(?<![а-яіїє])(?:оплата|платіж|переказ)\\s+буде(?=\\s+(?:наступного|наступної|в|у|до|завтра|після|протягом|\\d))`,
  `(?:지급|송금|입금|결제|이체)\\s*(?:처리\\s*)?(?:예정|하겠습니다|해\\s*드리겠습니다|드리겠습니다|할\\s*예정)`,
  // co (Corsican): "pagheraghju u venneri chì vene" (I will pay next Friday), "faraghju u viramentu"
  `(?:pagheraghju|pagheremu|saldaraghju|saldaremu)(?![a-z])`, `(?:faraghju|faremu|mandaraghju|mandaremu)\\s+(?:u\\s+)?(?:viramentu|pagamentu|bonificu)`,
  // gl: "imos pagar o 15 de decembro" (we are going to pay)
  `imos\\s+(?:pagar|aboar|transferir|ingresar|facer\\s+(?:a|o)\\s+(?:transferencia|pagamento|ingreso))(?![a-z])`,
  // gl: "A transferencia da factura … sairá o 15 de decembro", pt « o pagamento da BLE-2026-0256 sai até sexta-feira da próxima semana »; gsw, de: "Rechnig … isch im Zahliglauf vom 15.12.2026 drin", "ist im Zahlungslauf vom …"
  `(?:transferencia|pagamento|pago)\\s+${W(5)}(?:saira|sairan)(?![a-z])`, `(?:transferencia|pagamento|pix)\\s+${W(5)}sai(?=\\s+(?:ate|na|no|dia|amanha|em|segunda|terca|quarta|quinta|sexta|para)(?![a-z]))`, `(?:isch|ist|sind|isch\\s+scho)\\s+im\\s+(?:zahliglauf|zahlungslauf|zahlungsvorschlag)(?![a-z])`,
  // hr: "Uplata će biti izvršena do 15.12.2026."; cs: "bude zařazena do platebního běhu 20. 11. 2026"; pl: "przelew pójdzie w przyszły piątek",
  // "zostanie opłacona do 30.11.2026"; tr: "önümüzdeki cuma hesabınıza geçmiş olur"
  `(?:ce|bice)\\s+biti\\s+(?:izvrsena|placen[aoi]?|uplacen[aoi]?|podmiren[aoi]?)(?![a-z])`, `(?:zarazena|zarazen|zarazeny)\\s+do\\s+platebniho\\s+behu`, `przelew\\s+(?:pojdzie|wyjdzie|zostanie\\s+(?:wyslany|zlecony|wykonany))`,
  `zostanie\\s+(?:oplacona|oplacony|zaplacona|zaplacony|uregulowana|uregulowany)`, `(?:hesabiniza|hesabina)\\s+(?:gecmis\\s+olur|gececek|yatmis\\s+olur|gecer|yatar)(?![a-z])`,
  // pt: "O pagamento da fatura … vai ser feito até dia 15 de dezembro"; ar: "سنحوّل المبلغ يوم الاثنين القادم" (we will transfer the amount next Monday)
  `(?:pagamento|transferencia)\\s+${W(5)}vai\\s+ser\\s+(?:feito|efetuado|realizado|processado|enviado)(?![a-z])`, `(?<![\u0621-\u064a])(?:سنحو\u0651?ل|سنقوم\\s+بالتحويل|سندفع|سنسدد)(?![\u0621-\u064a])`,
  // it: "Il bonifico di € 14.400,00 partirà venerdì prossimo", « Il direttore ha autorizzato il bonifico, che partirà il 15 dicembre »
  `(?:bonifico|pagamento|versamento|saldo),?\\s+${IN_SENTENCE(8)}(?:partira|verra\\s+(?:effettuato|disposto|eseguito|inviato)|sara\\s+(?:effettuato|disposto|eseguito|inviato))(?![a-z])`,
  // gsw: "zahl am Fritig", "mir zahled bis Enda Monet"
  // gsw: "Zahlig chunt nächste Fritig" (the payment comes next Friday)
  `(?:zahlig|zahlung|s\\s+geld|das\\s+geld|uberwisig)\\s+(?:chunt|kunnt|kummt|gaht|goht)\\s+(?:am|bis|morn|morge|nachscht\\w*|nachst\\w*|i\\s+de|im|end|anfang|de)(?![a-z])`,
  `(?<![a-z])(?:i\\s+|mir\\s+)?(?:zahl|zahle|zahled|uberwiis|uberwiise|uberwis)\\s+(?:am|bis|de|morn|morge|nachscht\\w*|nachst\\w*)(?![a-z])`,
  // he: "אשלם ביום שישי" (I will pay on Friday), "נעביר את התשלום" (we will transfer the payment)
  `(?<![\\u0590-\\u05ff])(?:אשלם|נשלם|אעביר|נעביר|אפקיד|נפקיד)(?![\\u0590-\\u05ff])`,
]);

/** Present-tense "we pay", which promises only when its sentence names a date ("Wir zahlen Ende des Monats"). */
export const PAY_PRESENT = cueRegex([
  // ca: « Dijous de la setmana que ve ho paguem » (we pay it next week's Thursday), « la paguem divendres »
  `(?:ho|la|les|el|us|te)\\s+(?:paguem|pago|transferim|abonem|liquidem)(?![a-z])`,
  // fr: "c'est noté, paiement fin de semaine prochaine": the payment and its day, without a verb
  `(?:^|(?<=[,.;:!]\\s{0,3}))(?:paiement|virement|reglement|versement)(?=\\s+(?:fin|debut|mi|le|lundi|mardi|mercredi|jeudi|vendredi|demain|la\\s+semaine|semaine|d'ici|avant|sous|au\\s+plus\\s+tard)(?![a-z]))`,
  // hu: "pénteken utaljuk", "aznap indítjuk az utalást"; et: "arve läheb maksmisele 18.12.", "maksame reedel"
  `(?:utaljuk|atutaljuk|fizetjuk|kifizetjuk|rendezzuk|kiegyenlitjuk)(?![a-z])`, `inditjuk\\s+az\\s+utalast`, `(?:laheb|lahevad)\\s+maksmisele`, `(?:maksame|tasume)(?![a-z])`,
  // fr: titles and cheques posted on a day: « J'attends mes chéquiers CESU de la mutuelle, je vous poste les titres lundi »
  `(?:je|nous|on)\\s+vous\\s+(?:poste|postons|envoie|envoyons|depose|deposons|remets|remettons|apporte|apportons)\\s+(?:les|mes|nos|le|mon|notre)\\s+(?:titres|cesu|cheques?|tickets|reglement)(?![a-z])`,
  // … and a set of cheques left or offered, with their days: « Je peux te laisser 3 chèques de 80 € samedi, encaissables le 15 décembre, … »
  `(?:je|nous|on)\\s+(?:(?:vous|te)\\s+(?:laisse|laissons)|(?:peux|pouvons|peut)\\s+(?:vous|te)\\s+(?:laisser|faire|deposer|donner))\\s+(?:\\d+|deux|trois|quatre|cinq|six|les|mes|nos)\\s+cheques?(?![a-z])`,
  // es, colloquial: « te hago la transfe ese mismo día » (held-out CCY)
  `(?:te|le|os|les)\\s+hago\\s+(?:la|el|una|un)\\s+(?:transfe|transferencia|bizum|ingreso|pago)(?![a-z])`,
  // gsw (Swiss German as spoken): « Mir zahled bis nächste Friitig », « mir überwiised s morn »
  `(?:mir|mer)\\s+(?:zahled|zahlet|zahle|uberwiised|uberwised|uberwiesed)(?![a-z])`,
  // « Mir händ sie jetzt freigäh und lösed d'Zahlig am 15. Dezember mit em nächschte Zahlungslauf us »
  `(?:losed|losen|loset|losid)\\s+(?:d'\\s*|die\\s+)?(?:zahlig|zahlung|uberwiisig|uberweisung)(?![a-z])`,
  // ro: "Doamna Baron a spus ca plătim pe 10 decembrie" (we pay on 10 December), "achităm factura vineri"
  `(?<!nu\\s)(?:platim|achitam|viram|platesc|achit)(?![a-z])`,
  // no, da, sv: "Betaling kommer 15.12.2026, det kan jeg love", "Betalingen sker fredag"
  `(?:betaling|betalingen|betalning|betalningen|pengene|pengarna|overforingen|overforselen)\\s+(?:kommer|kjem|skjer|sker|ske)(?![a-z])`,
  // he: "אני משלמת ביום שישי הבא" (I pay next Friday)
  `(?<![\\u0590-\\u05ff])(?:אני\\s+|אנחנו\\s+)?(?:משלמת|משלם|משלמים|מעבירה|מעביר|מעבירים)(?![\\u0590-\\u05ff])`,
  // it: "Provvediamo al pagamento della fattura … entro il 12/12/2026" (present for a payment to arrange, with its day)
  `(?:provvediamo|procediamo|disponiamo)\\s+(?:al|con\\s+il|il)\\s+(?:pagamento|bonifico|saldo)`,
  `(?:nous|je|on)\\s+(?:(?:vous|te|la|le|les|lui)\\s+|t'|l'){0,2}(?:reglons|regle|payons|paie|paye|virons|vire|versons|verse|faisons\\s+le\\s+virement|fais\\s+le\\s+virement)`,
  // (« Le reste (4 424 €) je te le passe le 15 décembre, promis »: the money passed on, its pronouns before the verb)
  `(?:nous|je|on)\\s+(?:te|vous)\\s+(?:le|la|les)\\s+(?:passe|passons)(?![a-z])`,
  // "vendredi prochain normalement c bon pour le virement": the payment set, on a day
  `c'?\\s?(?:est\\s+)?(?:bon|ok|d'accord)\\s+pour\\s+(?:le|la|ton|votre|ce)\\s+(?:virement|paiement|reglement|vir)(?![a-z])`,
  // the payment as "ça": "je vous fais ça d'ici le 10 novembre"
  `(?:je|on|nous)\\s+(?:vous\\s+|te\\s+)?(?:fais|fait|faisons|regle|reglons|vire|virons|envoie|envoyons)\\s+ca(?![a-z])`,
  // "Je fais le nécessaire le 15 octobre": what is needed to pay, on a day
  `(?:je\\s+fais|nous\\s+faisons|on\\s+fait)\\s+le\\s+necessaire`,
  // "je lance le paiement la semaine prochaine", "on passe le virement lundi": an act of paying, in the present
  `(?:nous|je|on)\\s+(?:vous\\s+|te\\s+|t'|lui\\s+)?(?:lance|lancons|relance|relancons|refais|refaisons|renvoie|renvoyons|ef{1,2}ectue|ef{1,2}ectuons|fais|faisons|fait|envoie|envoyons|passe|passons|programme|programmons|emets|emettons|ordonne|ordonnons|declenche|declenchons)\\s+(?:le|un|notre|votre|la|ce|les|des|deux|trois|quatre|cinq|six|plusieurs|\\d{1,2})\\s+(?:(?:premier|1er|deuxieme|second|2e|dernier)\\s+)?${PAY_NOUN_FR}`,
  // a cheque brought or posted, in the present: « je depose le cheque dans votre boite lundi », « on poste le chèque demain »
  // (« je te donne le reste en espèces samedi 12 »)
  `(?:je|on|nous)\\s+(?:te|vous)\\s+(?:donne|donnons|apporte|apportons|remets|remettons|depose|deposons)\\s+(?:le\\s+reste|le\\s+solde|l'argent|le\\s+montant|le\\s+cheque|les\\s+cheques|les\\s+especes|le\\s+liquide|les\\s+\\d+)(?![a-z])`,
  // (and where, when between: « je passe a l atelier lundi prochain deposer un cheque »)
  `(?:je|on|nous)\\s+(?:passe|passons|viens|venons)\\s+${IN_SENTENCE(6)}(?:vous\\s+|te\\s+)?(?:deposer|apporter|donner|remettre)\\s+(?:le|un|mon|notre|les|nos)\\s+cheques?(?![a-z])`,
  `(?:nous|je|on)\\s+(?:vous\\s+|te\\s+|t'|lui\\s+)?(?:depose|deposons|poste|postons|envoie|envoyons|apporte|apportons|glisse|glissons|remets|remettons|donne|donnons|passe|passons)\\s+(?:le|un|notre|mon|votre|les|nos|mes)\\s+cheques?(?![a-z])`,
  // "le virement part lundi", "notre prochain virement fournisseurs part le 10 décembre"
  `${PAY_NOUN_FR}\\s+${IN_SENTENCE(4)}(?<!(?:votre|ta|notre|sa|leur|ma)\\s)(?:part|partent)(?![a-z])`,
  // the payment as "ça", answering the invoice: "ça part vendredi prochain sans faute"
  `(?:ca|cela)\\s+(?:part|partira)(?![a-z])`,
  // someone of the client's in the present: "Notre comptable passe les règlements vendredi prochain"
  `(?:passe|passent|lance|lancent|fait|font|ef{1,2}ectue|ef{1,2}ectuent|envoie|envoient)\\s+(?:les|le|nos|ses|leurs|tous\\s+les)\\s+${PAY_NOUN_FR}`,
  // a payment named with its day, no verb: "c'est noté : paiement le vendredi 5 février", "payment on the 12th",
  // « je m'occupe du virement en fin de semaine prochaine »
  // ("check" and "balance" are left out: "I'll check by Friday" promises nothing)
  // (not a document about paying: « je passe le certificat de paiement au MO la semaine prochaine »; nor « les virements au-dessus de 1000 € »)
  `${NOT_VOTED}(?<!(?:certificat|attestation|demande|justificatif|bon|avis|conditions|modalites|mode|moyens?|delais?)\\s+de\\s+)(?:${PAY_NOUN_FR}|payments?|transfers?|remittance|cheque|bacs|zahlung|uberweisung|pago|transferencia|bonifico|pagamento|betaling|overboeking)\\s+(?:(?:en\\s+)?(?:fin|debut)\\s+de\\s+(?:la\\s+)?(?:semaine|mois)\\s+(?:prochaine?|suivante?)|le|la|au|ce|cette|d'ici|avant|pour\\s+le|on|by|this|next|before|am|zum|bis|nachsten|el|antes\\s+del?|este|esta|il|entro|questo|questa|op|voor|deze|volgende|semaine|sem\\.?|week|kw|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tomorrow|monday|tuesday|wednesday|thursday|friday|morgen|montag|dienstag|mittwoch|donnerstag|freitag)(?![a-z]|-[a-z])`,
  // "Sorry for delay. Payment release next Friday.": the payment's release, run or execution named with its day
  `(?:payment|transfer|wire|remittance)\\s+(?:release|execution|run)\\s+(?:is\\s+|will\\s+be\\s+)?(?:scheduled\\s+)?(?:on|next|this|by|before|tomorrow|monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|fri|\\d)(?![a-z])`,
  // "Our accounting department has scheduled the remittance for December 15, 2026"
  `(?:scheduled|planned|booked|arranged|set\\s+up)\\s+(?:the|your|a|our)\\s+(?:remittance|payment|transfer|wire)\\s+(?:for|on)(?![a-z])`,
  // "Owner's office says transfer goes out next Friday"
  `(?:transfer|payment|wire|remittance|cheque|check|bacs|ach)s?\\s+(?:goes|go|is\\s+going|leaves|is\\s+leaving|gets\\s+sent|is\\s+sent)\\s+(?:out\\s+)?(?:on|next|this|by|before|tomorrow|monday|tuesday|wednesday|thursday|friday)(?![a-z])`,
  `(?:we|i)\\s+(?:pay|settle|transfer|wire|remit)`, `(?:we|i)(?:'re|'m|\\s+are|\\s+am)\\s+(?:paying|settling|transferring|wiring|remitting|sending|making|processing|releasing|arranging)`,
  `(?:wir|ich|mir)\\s+(?:zahlen|zahle|zahled|bezahlen|bezahle|uberweisen|uberweise|begleichen|begleiche)`,
  // the subject said before another verb: « Wir sind saisonbedingt geschlossen und zahlen bei Wiedereröffnung am nächsten Freitag »
  // (« Wir sammeln gerade noch die letzten Beiträge der Teilnehmer ein und überweisen den Betrag bis Ende nächster Woche »)
  `(?:wir|ich)\\s+${IN_SENTENCE(10)}und\\s+(?:zahlen|zahle|bezahlen|bezahle|uberweisen|uberweise|begleichen|begleiche)(?![a-z])`,
  `(?:wir|ich)\\s+(?:veranlassen|veranlasse|tatigen|tatige|leisten|leiste|senden|sende|schicken|schicke)\\s+${W(3)}(?:zahlung|uberweisung)`,
  // the verb before its subject: « Die Überweisung veranlasse ich nächste Woche », « Nächste Woche überweisen wir »
  `(?:zahlung|uberweisung)\\s+(?:veranlasse|veranlassen|tatige|tatigen|leiste|leisten|sende|senden|schicke|schicken|mache|machen)\\s+(?:ich|wir)(?![a-z])`, `(?:zahle|zahlen|bezahle|bezahlen|uberweise|uberweisen|begleiche|begleichen)\\s+(?:ich|wir)(?![a-z])`,
  `(?:pagamos|abonamos|transferimos)`, `(?:hacemos|hago|realizamos|realizo|efectuamos|efectuo|enviamos|envio|ordenamos)\\s+(?:el|la|un|una)\\s+${PAY_NOUN_ES}`,
  `(?:paghiamo|saldiamo|bonifichiamo|pago|salderei)`, `(?:facciamo|faccio|effettuiamo|effettuo|disponiamo|dispongo|inviamo|invio)\\s+(?:il|un|lo)\\s+${PAY_NOUN_IT}`,
  `(?:wij|we|ik)\\s+(?:betalen|betaal|(?:maken|maak)\\s+(?:het|de|dat|dit|deze|[a-z0-9][\\w/.-]*\\d[\\w/.-]*)\\s+${W(4)}over)(?![a-z])`,
  // nl: "de betaling gebeurt volgende vrijdag", "de overschrijving vertrekt maandag", "de betaling zal gebeuren op 9 december",
  // « De betaling zal uiterlijk op 18 december uitgevoerd worden »
  `(?:betaling|overboeking|overschrijving|storting)\\s+(?:(?:zal|zullen)\\s+${W(4)})?(?:gebeurt|gebeuren|volgt|volgen|vertrekt|vertrekken|plaatsvinden|gaat\\s+(?:de\\s+deur\\s+)?uit|wordt\\s+(?:uitgevoerd|gedaan)|uitgevoerd\\s+worden)(?![a-z])`,
  // nl: « De factuur … werd goedgekeurd en zal uiterlijk vrijdag 4 december betaald worden »
  `(?:zal|zullen)\\s+${W(4)}(?:betaald|overgemaakt|overgeschreven|voldaan|vereffend)\\s+(?:worden|zijn)(?![a-z])`,
  // the payment named by a possessive pronoun: « le vôtre partira en fin de semaine prochaine »
  `(?<![a-z])(?:le|la)\\s+(?:votre|tien|tienne|sien|sienne)\\s+(?:partira|part|passera|ira|sera\\s+(?:fait|faite|envoye|envoyee|emis|vire|passe))(?![a-z])`,
  // « Oui je sais, je régularise d'ici la fin du mois »: putting the account right, in the first person
  `(?:je|nous|on)\\s+(?:regularise|regularisons|regulariserai|regulariserons|vais\\s+regulariser|allons\\s+regulariser|va\\s+regulariser)(?![a-z])`,
  // nl: « Ik doe de overschrijving volgende vrijdag », « we doen de betaling maandag »
  `(?:ik|we|wij)\\s+(?:doe|doen|regel|regelen)\\s+de\\s+(?:overschrijving|betaling|overboeking|storting)(?![a-z])`,
  // nl: "De boekhouding betaalt dit volgende vrijdag"
  `(?:betaalt|betalen|betaal)\\s+(?:dit|deze|die|de\\s+factuur|het|ze|hem)(?![a-z])`,
  // it: "la fattura è in pagamento con bonifico in data 26/11/2026", "in pagamento tramite Ri.Ba. con scadenza 30/11"
  `(?:e|sono)\\s+(?:gia\\s+)?in\\s+pagamento`,
  // es: "la transferencia sale el viernes que viene", "Se paga el 15/10/2026"
  // (« la transferencia de la FA-2026-0698 sale el viernes 11 de diciembre »: the invoice named between)
  `(?:transferencia|pago|giro|deposito)s?\\s+(?:(?:de|del)\\s+(?:la\\s+|el\\s+)?(?:factura\\s+)?[a-z]{0,6}[-/_.]?\\d[\\w/.-]*\\s+)?(?:sale|salen|se\\s+(?:hace|hacen|realiza|realizan|programa|programan|envia|envian|emite|emiten))(?![a-z])`, `(?:sale|saldra|salen|saldran)\\s+(?:la\\s+|el\\s+|las\\s+|los\\s+)?(?:transferencia|pago|giro|bizum)s?(?![a-z])`, `se\\s+(?:paga|pagara|transfiere|transferira|abona|abonara|liquida|liquidara)(?![a-z])`,
  // ca/es/pt present: "Et faig la transferència divendres", "te hago la transferencia el lunes", "faço a transferência amanhã"
  `(?:faig|fem|hago|hacemos|faco|fazemos)\\s+(?:la|el|a|o)\\s+(?:transferencia|pagament|pago|pagamento|ingres|ingreso|bizum)`, `(?:us|os|te|et|vos|lhe)\\s+(?:la|el|a|o)?\\s*(?:paguem|pagamos|pago)\\s+(?:a|el|al|no)`,
]);

/** "not before the 30th", "erst am 17." — a refusal to pay earlier is a promise for that date. */
export const NOT_BEFORE = cueRegex([
  `(?:pas|not|nicht|no|non|nao|niet|can't|cannot|won't)\\s+${W(2)}(?:avant|before|until|vor|antes\\s+(?:del?|d[oa])|prima\\s+del?|voor)`,
  // (« … können wir den Betrag leider erst bis spätestens 18.12.2026 überweisen »)
  `erst\\s+(?:am|zum|ab|im|nach|mitte|ende|anfang|bis|in\\s+(?:der|kw))`,
  // nl: "Ik kan de factuur pas volgende week betalen", "wij betalen pas na de 25e" (pas: only then)
  `(?:kan|kunnen|zal|zullen|betalen|betaal|betaalt|maken|wordt|worden)\\s+${W(3)}pas\\s+(?:volgende|op|na|eind|einde|begin|over|vanaf|rond|medio)(?![a-z])`,
  // "nous ne réglerons qu'au 30 janvier", "je ne pourrai payer qu'à partir du 5", "je ne pourrai vous régler que le
  // 01/12/2026" (the restrictive « ne … que » before a day; "ne régler que la moitié" names no day)
  `ne\\s+${W(3)}(?:reglerons|paierons|payerons|reglerai|paierai|reglera|paiera|verserons|virerons|regler|payer|virer|verser)\\s+${W(3)}qu(?:'|e\\s+)(?:au|a\\s+partir|le\\s+(?:\\d|1er|premier|lundi|mardi|mercredi|jeudi|vendredi|samedi|mois\\s+prochain)|la\\s+semaine\\s+prochaine|en\\s+(?:fin|debut|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|a\\s+la\\s+fin|a\\s+fin|fin|debut|apres\\s+le|lundi|mardi|mercredi|jeudi|vendredi|demain|semaine\\s+prochaine)(?![a-z])`,
]);

/** What follows "until" when it names a day, not a problem: "can't pay until the end of the month" promises. */
const UNTIL_DATE = `(?!\\s+(?:the\\s+)?(?:end|start|beginning|middle|mid|early|late|next|first|last|\\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|after\\s+the\\s+\\d)(?![a-z]))`;

/** The client contests the invoice or the work it bills. */
export const DISPUTE = cueRegex([
  // « c est pas le bon montant on avait dit 25€ le bulletin pas 29 », « ce n'est pas le bon tarif »
  `(?:n'est|n'etait|c'est|c\\s+est|c|est|etait)\\s+pas\\s+(?:le\\s+bon\\s+(?:montant|prix|tarif|taux|total)|la\\s+bonne\\s+(?:somme|quantite))(?![a-z])`,
  // Alsatian, Swiss German: « die Etikette … sin nit in Ordnung … Mir zahle die Rechnung ET-2026-0423 nit bis ihr des regle »
  `(?:zahle|zahlen|zale|zahl)\\s+${W(4)}(?:nit|net|nid|nod)\\s+(?:bis|bevor|solang)(?![a-z])`, `(?:sin|sind|isch)\\s+(?:gar\\s+|absolut\\s+)?(?:nit|nid|nod)\\s+in\\s+ordnung(?![a-z])`,
  // a part of the invoice refused: "we do not accept full amount of invoice …", "we apply penalty 10% and will pay only 90%"
  `(?:do\\s+not|don't|cannot|can't|will\\s+not|won't)\\s+accept\\s+(?:the\\s+)?(?:full|whole|entire|total)\\s+(?:amount|sum|invoice)(?![a-z])`,
  `(?:will|shall|can)\\s+(?:only\\s+pay|pay\\s+only)\\s+\\d{1,2}(?:[.,]\\d+)?\\s?%`,
  // an insurer's or a funder's refusal to cover what was billed: « nous ne pouvons pas prendre en charge ce transport : il a été
  // organisé sans accord préalable », « nous refusons la prise en charge », "Die Kosten … können nicht übernommen werden"
  // (not a share left to another payer: « le reliquat n'est pas pris en charge par l'OPCO et doit être facturé à l'entreprise »)
  `(?:pouvons|pourrons|pouvions|peut|pourra|peux)\\s+(?:donc\\s+|malheureusement\\s+|helas\\s+)?pas\\s+prendre\\s+en\\s+charge\\s+(?:ce|cette|cet|ces|votre|vos|la|le|les|l')\\s*(?!reliquat|solde|reste|difference|complement)[a-z]+`,
  `(?:refusons|refuse|refusent|declinons)\\s+(?:la\\s+|votre\\s+|toute\\s+)?prise\\s+en\\s+charge(?![a-z])`,
  `kosten\\s+${W(6)}(?:konnen|werden)\\s+(?:leider\\s+)?nicht\\s+ubernommen(?![a-z])`, `kostenubernahme\\s+(?:wird\\s+|wurde\\s+|ist\\s+)?(?:leider\\s+)?abgelehnt(?![a-z])`,
  // a credit note demanded before the invoice is processed: "We will not process this invoice until a credit note of USD 2,128.50 is issued"
  `(?:will\\s+not|won't|cannot|can't|do\\s+not|don't)\\s+(?:process|pay|approve|settle|release|accept)\\s+(?:this|the|your)\\s+invoice\\s+until\\s+(?:a|the|your|we\\s+(?:receive|get)\\s+a)\\s+(?:credit\\s+note|corrected\\s+invoice|revised\\s+invoice)`,
  // en: "I'm not happy paying this … should be a warranty job … Please cancel the labour lines and reissue."
  `(?:don't|do\\s+not)\\s+think\\s+(?:we|i)\\s+should\\s+(?:have\\s+to\\s+)?pay\\s+(?:the\\s+)?(?:full|whole|entire)`, `(?:shouldn't|should\\s+not)\\s+(?:have\\s+to\\s+)?pay\\s+(?:the\\s+)?(?:full|whole|entire)`, `(?:discuss|ask\\s+for|request)\\s+a\\s+(?:partial\\s+)?refund`,
  `not\\s+happy\\s+(?:paying|to\\s+pay|with\\s+(?:this|the)\\s+(?:invoice|bill|charges?))`, `should\\s+be\\s+(?:a\\s+)?(?:warranty|covered\\s+(?:by|under)\\s+(?:the\\s+)?warranty)`, `(?:cancel|remove|credit)\\s+(?:the\\s+)?(?:\\S+\\s+)?(?:lines?|charges?|items?)\\s+and\\s+(?:re-?issue|resend|send\\s+a\\s+(?:new|corrected))`,
  // es: "vemos cargados extras que no aprobamos … No vamos a pagarla tal cual, enviadnos una factura corregida"
  `no\\s+(?:vamos\\s+a|podemos|pensamos)\\s+pagar(?:la|lo|las|los)?\\s+(?:tal\\s+cual|asi|en\\s+estas\\s+condiciones|de\\s+esta\\s+forma)`, `(?:extras?|cargos?|conceptos?|partidas?)\\s+${W(3)}que\\s+no\\s+(?:aprobamos|hemos\\s+aprobado|autorizamos|pedimos|solicitamos|contratamos)`, `factura\\s+(?:corregida|rectificada)`,
  // "I'm not comfortable paying this amount until we talk it through"
  `not\\s+comfortable\\s+(?:paying|settling|approving)`,
  // a court's clerk: "Le greffe ne peut certifier ce mémoire en l'état … Nous ne pouvons donner suite au paiement" (the literary "ne" alone)
  `ne\\s+(?:peut|peuvent|pouvons|pourra|pourrons|saurait|saurions)\\s+(?:pas\\s+)?(?:certifier|valider|viser|liquider|accepter|approuver|mandater|payer|regler)\\s+(?:ce|cette|le|la|votre|vos|ces)\\s+(?:memoire|facture|etat\\s+de\\s+frais|note|situation|decompte)s?\\s+(?:en\\s+l'etat|tel(?:le)?\\s+quel(?:le)?)`,
  `ne\\s+(?:pouvons|peut|pourrons|pourra)\\s+(?:pas\\s+)?donner\\s+suite\\s+(?:a\\s+(?:la|votre|cette)\\s+(?:facture|demande\\s+de\\s+paiement|note|memoire)|au\\s+(?:paiement|reglement))(?![a-z])`,
  // es: « No vamos a abonar el importe de la factura en su totalidad hasta que acordemos una penalización por el retraso »
  `(?:no\\s+vamos\\s+a|no\\s+podemos|no\\s+pensamos|no\\s+procederemos\\s+a)\\s+(?:abonar|pagar|liquidar|aceptar|saldar)\\s+${W(8)}hasta\\s+(?:que|acordar|recibir|aclarar|resolver)(?![a-z])`,
  // en: "Our attorney found several terminology errors in claims 3 to 9 … We kindly request a partial credit or discount"
  `(?:request|ask\\s+for|asking\\s+for|requesting)\\s+(?:a\\s+|an\\s+)?(?:partial\\s+)?(?:credit(?:\\s+note)?|discount|price\\s+reduction|reduction|refund)(?![a-z])`, `(?:found|noticed|identified|discovered)\\s+(?:several|some|many|multiple|numerous|serious|a\\s+number\\s+of)\\s+(?:\\w+\\s+)?(?:errors|mistakes|defects|inaccuracies|issues)(?![a-z])`,
  // en: "this isnt right, we agreed £950 not £1,245", "For me this is not correct", "there seems to be a mistake here",
  // "Kindly revise the invoice as per PO rate", "not as per the agreed PO", "this should be reverse charge"
  `(?:this|that|it|the\\s+(?:amount|price|rate|total))\\s+(?:isnt|isn't|is\\s+not|aint)\\s+(?:right|correct)`, `we\\s+agreed\\s+(?:on\\s+)?[£$€]?\\s?\\d[\\d,.]*\\s*(?:[£$€]|euros?|pounds?|dollars?)?,?\\s+not\\s+[£$€]?\\s?\\d`,
  `(?:there\\s+seems\\s+to\\s+be|there\\s+appears\\s+to\\s+be|i\\s+think\\s+there\\s+is|i\\s+think\\s+there's|there\\s+is)\\s+(?:a|an|some)\\s+(?:mistake|error|discrepancy)(?!\\s+(?:on|in|with|from|at)\\s+(?:my|our)\\s)`,
  `revise\\s+(?:the|your|this)\\s+(?:invoice|bill|rate|amount)`, `not\\s+as\\s+per\\s+(?:the\\s+)?(?:agreed|po|p\\.o\\.|quote|quotation|contract|order|offer|agreement|purchase\\s+order)`,
  `should\\s+(?:be|have\\s+been)\\s+(?:under\\s+)?(?:the\\s+)?reverse[\\s-]charged?`,
  // en: "I think there's a mistake on LL-2026-105", "there is an error in your invoice"
  `(?:there's|there\\s+is|theres)\\s+(?:a\\s+|an\\s+)?(?:mistake|error|discrepancy)\\s+(?:on|in|with)\\s+(?:the\\s+|your\\s+|this\\s+|our\\s+)?(?:invoice|bill|amount|[a-z]{0,8}[-/_.]?\\d)`,
  // es, pt: "No estamos conformes con el importe facturado", "não estamos de acordo com a fatura"
  `no\\s+(?:estamos|estoy)\\s+(?:conformes?|de\\s+acuerdo)\\s+con\\s+(?:el|la|los|las|esta|este|su)(?![a-z])`, `nao\\s+(?:estamos|estou)\\s+(?:de\\s+acordo|conformes?)\\s+com\\s+(?:o|a|os|as|esta|este)(?![a-z])`,
  // gl: « Non estamos de acordo coa factura », « Non imos pagar ata aclarar isto »
  `non\\s+(?:estamos|estou)\\s+(?:de\\s+acordo|conformes?)\\s+(?:coa|co|cos|coas|con)(?![a-z])`, `non\\s+(?:imos|vamos|podemos)\\s+(?:pagar|aboar|liquidar)\\s+${W(3)}(?:ata|mentres\\s+non)\\s+(?:aclarar|resolver|recibir|que|se|non)(?![a-z])`,
  // "Aquesta factura queda en disputa fins que en parlem", "la factura queda en disputa", "the invoice is in dispute", "facture en litige"
  `(?:queda|queden|esta|estan|resta|resten|is|are|remains?|est|reste|sont|e|rimane)\\s+(?:en|in)\\s+(?:disputa|litigi|litigio|litige|dispute|contestazione)(?![a-z])`,
  // ru, uk: "Мы не согласны с дополнительными расходами", "не заказывали", "Просим пересмотреть счёт", "оскаржуємо"
  `(?<![а-яіїє])не\\s+(?:согласны|согласен|согласна|згодні|згоден|згодна|погоджуємося|погоджуємось|погоджуюсь|погоджуюся|заказывали|замовляли|заказали|замовили)(?![а-яіїє])`, `(?<![а-яіїє])(?:оспарива|оскаржу)[а-яіїє]*`, `(?<![а-яіїє])(?:просим|просимо)\\s+(?:вас\\s+)?(?:пересмотреть|переглянути|исправить|виправити|скорректировать|скоригувати)(?![а-яіїє])`, `(?<![а-яіїє])не\\s+(?:будем|будемо|буду)\\s+(?:платить|платити|оплачивать|оплачувати)(?![а-яіїє])`, `(?<![а-яіїє])(?:ошибк[аи]|помилк[аи])\\s+в\\s+(?:счете|рахунку)(?![а-яіїє])`,
  // ru: « комиссия была 3%, а не 4% … Счёт не принимаем, пришлите исправленный »
  `(?<![а-яё])(?:сч[её]т|инвойс|рахунок)\\s+не\\s+(?:принимаем|принимаю|примем|приймаємо|приймаю)(?![а-яё])`, `(?<![а-яё])(?:пришлите|вышлите|направьте|надішліть)\\s+(?:\\S+\\s+)?(?:исправленн|виправлен)\\w*`,
  // de: "Wir erkennen die Rechnung in dieser Höhe nicht an", "die Ware … kam erfroren bei uns an"
  `erkennen\\s+${W(5)}nicht\\s+an(?![a-z])`, `(?:ware|pflanzen|blumen|lieferung)\\s+${W(5)}(?:erfroren|verfault|verwelkt|verdorben)`,
  // bg: "не сме съгласни", "оспорваме фактурата", "липсват 36 бутилки", "няма да платим"
  `(?<![а-я])не\\s+сме\\s+съгласни(?![а-я])`, `(?<![а-я])оспорва(?:ме|м)(?![а-я])`, `(?<![а-я])(?:липсват|липсва|счупен[аио]?|повреден[аио]?)(?![а-я])`, `(?<![а-я])няма\\s+да\\s+(?:платим|платя)(?![а-я])`, `(?<![а-я])кредитно\\s+известие(?![а-я])`,
  // tr: "itiraz ediyoruz", "faturayı kabul etmiyoruz", "eksik geldi", "hatalı", "ödemeyeceğiz", "… uyuşmuyor. … ödemeyi bekletiyoruz"
  `itiraz\\s+(?:ediyoruz|ediyorum|ettik)`, `kabul\\s+(?:etmiyoruz|etmiyorum|edemeyiz|edemiyoruz)`, `(?:eksik|hatali|kusurlu|yanlis)\\s+(?:geldi|gonderildi|teslim|fatura|tutar|miktar)`, `(?:odemeyecegiz|odeyemeyiz)`, `(?:teslim\\s+edilmedi|gelmedi)`, `odemeyi\\s+(?:bekletiyoruz|bekletiyorum|durduruyoruz|durdurduk|askiya\\s+aldik|erteliyoruz)`, `(?<![a-z])uyusmuyor`,
  // el: "Δεν συμφωνούμε με το τιμολόγιο", "η τιμή δεν είναι αυτή που συμφωνήσαμε", "λείπουν 4 κιβώτια", "λάθος τιμή"
  `(?<![α-ω])(?:δεν|μη)\\s+(?:συμφωνουμε|συμφωνω|αποδεχομαστε|αναγνωριζουμε)(?![α-ω])`, `(?<![α-ω])(?:διαφωνουμε|αμφισβητουμε|αμφισβητω|απορριπτουμε)(?![α-ω])`, `(?<![α-ω])δεν\\s+ειναι\\s+(?:αυτη|αυτο|αυτα|αυτες)\\s+που\\s+(?:συμφωνησαμε|παραγγειλαμε)`,
  `(?<![α-ω])(?:λειπουν|λειπει|ελλειπ[α-ω]*)(?![α-ω])`, `(?<![α-ω])(?:λαθος|λανθασμεν[α-ω]*|εσφαλμεν[α-ω]*)(?![α-ω])`, `(?<![α-ω])(?:χαλασμεν|ελαττωματικ|κατεστραμμεν|σπασμεν)[α-ω]*`, `(?<![α-ω])δεν\\s+(?:παραγγειλαμε|παραλαβαμε|εχουμε\\s+παραλαβει)(?![α-ω])`, `(?<![α-ω])δεν\\s+θα\\s+(?:πληρωσουμε|εξοφλησουμε)(?![α-ω])`, `(?<![α-ω])διορθωστε`,
  // fr
  `contest(?:e|ons|ent|ation|er|ee)s?`, `litige`, `reclamation`, `desaccord`, `pas\\s+d'accord`,
  `ne\\s+(?:correspond|correspondent)\\s+pas`, `non\\s+conformes?`, `pas\\s+conformes?`,
  // a public buyer refusing the invoice: "Facture non recevable : absence de bon de commande. Elle est bloquée"
  `non\\s+recevables?`, `(?:absence|manque|defaut)\\s+(?:de|du)\\s+(?:bon\\s+de\\s+commande|numero\\s+de\\s+(?:commande|bon\\s+de\\s+commande|marche|engagement))`, `(?:facture|elle)\\s+(?:est\\s+)?bloquee${NOT_IN_APPROVAL}`,
  // what was ordered and not served or delivered: "plusieurs choses prévues au devis n'ont pas été servies"
  `(?:n'a|n'ont|n'est|ne\\s+sont|n'etait|n'etaient)\\s+pas\\s+(?:ete\\s+)?(?:servi|livre|fourni|installe|realise|pose|monte|respecte|ef{1,2}ectue|assure|execute|fait|faite|honore)e?s?(?![a-z])`,
  `erreur\\s+(?:sur|dans)\\s+(?:la|le|votre|cette)\\s+(?:facture|montant|facturation|prix)`,
  `(?:montant|facture|prix|tarif|quantite)s?\\s+(?:est\\s+|sont\\s+|semble\\s+)?(?:errone|incorrect|faux)e?s?`,
  `facture\\s+(?:corrigee|rectificative|rectifiee)`, `(?:un|d'un|(?<!(?:devriez|devrait|devrais|devrai|devras|devraient|devrions|devrez|devez|dois|doit|pourriez|pourrez|pouvez|peut|peux|pourrait|pourrais|allez|va|vas|vais|vont|allons|vient\\s+de|venez\\s+de|pour|sans|bien|veut|veux|voulons|voulez|veulent|voudrait|voudrais|voudrions|aimerait|aimerais|faut|faudrait|besoin\\s+de)\\s)l'|votre)\\s*avoir(?!\\s+(?:bien\\s+)?(?:recu|eu|vu|fait|envoye|regle|paye|transmis|trouve|pris|note|oublie|perdu|ete|joint|mis|ajoute|signe|valide|lu|depose|vire|verse|traite))(?![^.?!\\n]{0,30}?\\s+que\\s+(?:vous|tu)\\s+(?:nous\\s+|m'|me\\s+)?(?:avez|as)\\s+(?:deja\\s+)?(?:envoye|transmis|adresse|fait|emis|etabli))`,
  `travaux\\s+${W(2)}(?:non|pas)\\s+(?:encore\\s+)?(?:realises|termines|acheves|ef{1,2}ectues|faits|conformes)`,
  // (not an order's number or form: « la facture était bloquée en rapprochement car le n° de commande était incomplet »)
  `(?<!(?:n°|no\\.?|numero|num\\.?|ref\\.?|reference|bon)\\s+(?:de\\s+|du\\s+)?)(?:marchandise|colis|livraison|commande|materiel|produit|meuble|piece)s?\\s+${W(3)}(?:endommage|abime|casse|defectueu|manquant|incomplet|jamais\\s+arrive|pas\\s+arrive|non\\s+livre|pas\\s+livre)\\w*`,
  `(?:endommage|defectueu|abime)\\w*`,
  `(?:jamais|pas)\\s+(?:recu|commande)\\s+(?:la|les|cette|ces)\\s+(?:marchandise|commande|prestation|produit|article|livraison)s?`,
  `(?:jamais|pas)\\s+commande`, `deja\\s+(?:ete\\s+)?facture`, `(?<!(?:faudrait|faut|envoyer|renvoyer|transmettre|recevoir|avoir|besoin\\s+d[e'])\\s+(?:\\S+\\s+){0,2})(?:facture|doublon)\\s+en\\s+double`,
  `refus(?:ons|e)\\s+(?:donc\\s+|par\\s+consequent\\s+)?(?:de\\s+(?:la\\s+|le\\s+|les\\s+)?(?:payer|regler)|(?:la|cette|votre)\\s+(?:facture|situation|note|decompte|dgd))`, `ne\\s+(?:reflete|correspond)\\s+pas\\s+(?:a\\s+)?(?:l'etat|la\\s+realite|l'avancement)`,
  // "elle est donc rejetée par notre service comptable. Merci de la réémettre avec la référence BC"
  // (the invoice rejected, not a payment: "le paiement a été rejeté par notre banque" is a failed transfer)
  `(?:facture|situation|elle|celle-ci|note|decompte)\\s+${W(3)}(?:est|a\\s+ete)\\s+(?:donc\\s+)?(?:rejetee|refusee)(?![a-z])`, `(?:et\\s+)?(?:est|a\\s+ete)\\s+(?:donc\\s+)?rejetee\\s+par\\s+(?:notre|nos|le|la)\\s+(?:service|comptab|tresor|direction)`,
  `ne\\s+(?:peut|pourra|pourrait)\\s+pas\\s+etre\\s+(?:mise\\s+en\\s+paiement|payee|reglee|mandatee|traitee|acceptee)`, `(?:rejette|rejettent|refuse|refusent)\\s+(?:votre|la|cette|notre|vos|les)\\s+factures?`, `(?:refusons|refuse|refusent|rejetons)\\s+(?:le\\s+|tout\\s+)?(?:paiement|reglement)`, `sans\\s+(?:le\\s+|notre\\s+|votre\\s+)?(?:numero\\s+de\\s+)?(?:bon\\s+de\\s+commande|numero\\s+de\\s+commande|n°\\s+de\\s+commande|reference\\s+de\\s+commande)`, `(?:nouvelle\\s+)?facture\\s+conforme`, `(?:merci\\s+de|veuillez|pourriez-vous|pouvez-vous)\\s+(?:nous\\s+)?(?:la\\s+|le\\s+)?reemettre`, `ne\\s+(?:(?:la|le|les|vous)\\s+)?(?:paierons|reglerons|payerons|reglerai|paierai|reglera|paiera|payera|reglerons|verserons|verserai|regleront|paieront|payeront)\\s+pas(?!\\s+(?:\\S+\\s+){0,3}?(?:avant|plus\\s+tot)(?![a-z]))`,
  `(?:bloquons|bloque|suspendons|suspends|retenons|gelons)\\s+(?:donc\\s+|par\\s+consequent\\s+|provisoirement\\s+|pour\\s+l'instant\\s+)?(?:le|notre|la|cette)\\s+(?:paiement|reglement|facture|[a-z]{0,6}-?\\d)`,
  // goods that cannot be used as delivered: « Nous ne pouvons pas les mettre en vente en l'état » (held-out DHX)
  `(?:ne\\s+)?(?:pouvons|peux|peut|pourrons)\\s+pas\\s+(?:les|la|le|l')\\s*(?:mettre\\s+en\\s+(?:vente|rayon|service)|vendre|utiliser|exposer|installer|commercialiser|livrer\\s+a\\s+nos\\s+clients)\\s+en\\s+l'etat(?![a-z])`,
  `(?:ne\\s+)?(?:pouvons|peux|pourrons)\\s+pas\\s+(?:valider|approuver)\\s+(?:la|cette|votre)\\s+facture`,
  // (not the same invoice received twice, by post and by e-mail: « Nous avons reçu cette facture deux fois », « reçu la facture en double »)
  `(?:deja\\s+ete\\s+facture|(?<!(?:recu|recue|recus|recues|eu|arrive|arrivee)\\s+(?:cette|la|votre|ta|vos|les|ces)\\s+)facturee?s?\\s+(?:deux|2)\\s+fois|(?<!(?:faudrait|faut|envoyer|renvoyer|transmettre|recevoir|recu|recue|avoir|besoin\\s+d[e'])\\s+(?:\\S+\\s+){0,2})facture\\s+en\\s+double|double\\s+facturation)`,
  // "Cette facture ne nous est pas due" (another party pays it): not "pas encore due", nor "pas due avant le 30"
  // what was billed did not happen: "la deuxième journée n'a pas eu lieu", "hat nicht stattgefunden"
  `(?:n'a|n'ont|n\\s+a|na)\\s+(?:pas|jamais)\\s+eu\\s+lieu`, `ne\\s+(?:(?:la|le|les)\\s+)?(?:validera|validerons|validerai|visera|viserons|acceptera|accepterons|approuvera|approuverons|validons|valide|visons|acceptons|approuvons)\\s+pas\\s+(?:(?:la|cette|votre|ce|le)\\s+)?(?:facture|situation|decompte|memoire|montant|note)?\\s*(?:en\\s+l'etat|telle\\s+quelle|sans)(?![a-z])`, `ne\\s+(?:(?:la|le|les)\\s+)?(?:validera|validerons|validerai|visera|viserons|acceptera|accepterons|approuvera|approuverons)\\s+pas`, `geste\\s+commercial`,
  // ca: "No podem pagar la F26/01258 tal com està … Esperem un abonament abans de pagar res"
  `no\\s+(?:podem|podrem|pagarem)\\s+pagar\\s+${W(3)}tal\\s+(?:com|i\\s+com)\\s+esta`, `esperem\\s+(?:un|l')\\s*abonament`,
  // ca: "no pagarem fins que vingueu a arreglar-la"
  `no\\s+(?:(?:la|les|el|els|ho)\\s+)?(?:pagarem|pagare|podem\\s+pagar|abonarem)\\s+${W(3)}(?:fins\\s+que|fins\\s+a\\s+que|mentre)`, `(?:factura|import|preu)\\s+${W(3)}no\\s+es\\s+(?:correcta|correcte|correcto)`,
  // eu: "Faktura ez dator bat aurrekontuarekin … Ezin dugu horrela ordaindu"
  `ez\\s+dator\\s+bat`, `ezin\\s+(?:dugu|dut)\\s+${W(2)}ordaindu`, `ez\\s+(?:dugu|dut)\\s+ordainduko`,
  // a renewal the client had cancelled: "Nous avions résilié en septembre … n'a donc pas lieu d'être, merci de l'annuler"
  `(?:n'a|n'ont)\\s+(?:donc\\s+|plus\\s+|aucunement\\s+)?(?:pas\\s+)?lieu\\s+d'etre`, `(?:avons|avions|avais|ai)\\s+(?:bien\\s+)?resilie`, `(?:merci|veuillez|pourriez-vous|pouvez-vous)\\s+(?:de\\s+|d')?(?:bien\\s+vouloir\\s+)?(?:l'annuler|annuler\\s+(?:cette|la|votre)\\s+facture)`,
  // « Je ne peux pas faire passer cette facture en l'état, pourriez-vous la refaire sur la base de 6 planches ? » (held-out BXY)
  // (the invoice or its amount: « On ne peut pas payer 1440 en l'état, tu peux revoir ça ? » (held-out LXW))
  `(?:ne\\s+(?:peux|pouvons|peut|pourrons|pourrai|pourra)\\s+pas|ne\\s+puis(?:\\s+pas)?|impossible\\s+de)\\s+(?:faire\\s+)?(?:passer|valider|accepter|enregistrer|traiter|payer|regler|mettre\\s+en\\s+paiement)\\s+(?:(?:cette|la|votre|ta)\\s+(?:facture|echeance|situation)|ce\\s+montant|\\d(?:[\\d.,]|\\s(?=\\d))*(?:\\s?(?:€|eur|euros))?)\\s+en\\s+l'etat`,
  // said on a phone, without « ne »: « Je peux pas faire valider une facture de 30 maillots par le bureau. Vous pouvez refaire la
  // facture avec 28 svp ? On paiera rien avant. » (held-out DGZ); a count short of the billed one: « on a 28 maillots pas 30 »
  `(?:je|on|nous)\\s+(?:ne\\s+|n')?(?:peux|peut|pouvons)\\s+pas\\s+faire\\s+(?:valider|passer|accepter)\\s+(?:une|cette|la|votre|ta)\\s+facture(?![a-z])`,
  `vous\\s+(?:pouvez|pourriez)\\s+(?:nous\\s+|me\\s+)?(?:refaire|corriger|rectifier|reemettre)\\s+(?:la|cette|votre|vot)\\s+facture(?![a-z])(?!\\s+(?:au\\s+nom\\s+d|a\\s+l'adresse|a\\s+l'ordre|avec\\s+(?:notre|le|la|les|nos)\\s+(?:nouvel|nouvelle|nouveau|numero|n°|bon|reference|adresse|siret|raison|code)))`,
  // the wrong company billed: « Cette facture ne peut pas être adressée à Bande à Part : le clip a été produit par la société dédiée …
  // Notre expert-comptable la rejette. Il faut l'annuler et la refaire au bon nom. »
  `ne\\s+(?:peut|peuvent|pourra)\\s+pas\\s+etre\\s+(?:adressee|libellee|facturee|emise|etablie)s?\\s+(?:a|au\\s+nom\\s+de)(?![a-z])`, `(?:comptable|compta|expert-comptable|service\\s+comptable|controleur\\s+de\\s+gestion)\\s+(?:la|le|les)\\s+rejette(?:nt)?(?![a-z])`, `(?:refaire|reemettre|reediter|re-emettre|reetablir|etablir|emettre|faire)\\s+(?:la\\s+|une\\s+|une\\s+nouvelle\\s+|une\\s+autre\\s+)?(?:facture\\s+)?(?:au\\s+bon\\s+nom|a\\s+la\\s+bonne\\s+(?:entite|societe|structure|raison\\s+sociale|personne\\s+morale))(?![a-z])`,
  // the wrong party billed, in English: "this invoice shouldn't be addressed to us — suppliers invoice the couple directly … Could you re-issue it to them?"
  `(?:invoice|bill|it|this)\\s+(?:shouldn't|should\\s+not|must\\s+not|mustn't)\\s+(?:have\\s+been|be)\\s+(?:addressed|made\\s+out|issued|sent)\\s+to\\s+(?:us|me|our\\s+(?:company|agency|firm|office))(?![a-z])`,
  `re-?issue\\s+(?:it|the\\s+invoice|this(?:\\s+invoice)?)\\s+(?:to|in\\s+the\\s+name\\s+of)\\s+(?:them|him|her|the\\s+(?:couple|end\\s+client|client|customer|family|owners?|bride|groom))(?![a-z])`,
  // « la facture doit être établie au nom de l'OGEC Notre-Dame du Roucas (…) et non de l'école »
  `(?:etablie|adressee|libellee|emise|faite|redigee)\\s+au\\s+nom\\s+d(?:e|u|es|')\\s*${IN_SENTENCE(14)}et\\s+non\\s+(?:pas\\s+)?(?:de|du|des|d'|a|au|aux|sur)(?![a-z])`,
  // (« elle doit être au nom de la SAS Lulu Traiteur (SIRET …) et pas du resto »)
  `(?:doit|devrait|devait|doivent)\\s+etre\\s+(?:(?:etablie|adressee|libellee|emise|faite)s?\\s+)?au\\s+nom\\s+d(?:e|u|es|')\\s*${IN_SENTENCE(14)}et\\s+(?:non|pas)\\s+(?:pas\\s+)?(?:de|du|des|d'|a|au|aux|sur)(?![a-z])`,
  // de: « die Rechnung ist falsch adressiert … Bitte stornieren Sie die Rechnung und stellen Sie eine neue auf die GmbH aus »
  `(?:rechnung|sie)\\s+(?:ist|wurde)\\s+(?:leider\\s+)?falsch\\s+adressiert`,
  // (« wir können diese Rechnung leider nicht buchen … Bitte stornieren Sie die Rechnung und stellen Sie sie an die richtige Gesellschaft aus »)
  `(?:konnen|kann)\\s+(?:wir\\s+|ich\\s+)?(?:diese|die|ihre)\\s+rechnung\\s+(?:[a-z]{0,6}[-/_.]?\\d[\\w/.-]*\\s+)?(?:leider\\s+)?nicht\\s+(?:buchen|verbuchen|bearbeiten|freigeben|akzeptieren|annehmen)(?![a-z])`,
  `(?:stornieren|annullieren)\\s+sie\\s+(?:bitte\\s+)?(?:die|diese|ihre)\\s+rechnung(?![a-z])`, `(?:an|auf)\\s+die\\s+richtige\\s+(?:gesellschaft|firma|einheit|rechtsperson|entitat)(?![a-z])`,
  // a penalty or a deduction the client applied and keeps: « une pénalité de 180,00 € a été appliquée pour livraison hors créneau »,
  // « Nous maintenons la déduction », « pour nous ces 420 € ne sont pas dus », « Nous ne reviendrons pas sur cette pénalité »
  `(?:penalite|retenue|refaction)s?\\s+${IN_SENTENCE(6)}(?:a|ont)\\s+ete\\s+(?:appliquee|operee|effectuee|deduite|retenue|imputee)s?(?![a-z])`,
  `(?:nous\\s+)?maintenons\\s+(?:la|notre|cette|les|nos|ces)\\s+(?:deduction|penalite|retenue|refaction)s?(?![a-z])`,
  `(?:ne\\s+sont|n'est)\\s+pas\\s+du(?:e|s|es)?(?![a-z])`, `ne\\s+reviendrons\\s+pas\\s+sur\\s+(?:cette|la|notre|ces|nos)\\s+(?:penalite|deduction|retenue|refaction)s?(?![a-z])`,
  // « Je ne vais pas payer cette selle en l'état », « Pas de paiement tant que ce n'est pas réglé »
  `(?:ne\\s+)?(?:vais|va|allons)\\s+pas\\s+(?:vous\\s+|te\\s+)?(?:payer|regler)\\s+${IN_SENTENCE(4)}en\\s+l'etat`, `pas\\s+de\\s+(?:paiement|reglement|virement)\\s+tant\\s+que(?![a-z])`,
  // « Nous appliquons une réfaction qualité de 412,00 € sur la facture F26-0902. Le règlement sera donc limité à 7 523,20 € »
  `(?:appliquons|appliquerons|avons\\s+applique|operons|pratiquons)\\s+(?:donc\\s+|alors\\s+)?(?:une|la|cette|notre)\\s+(?:refaction|penalite|retenue|deduction|decote)s?(?![a-z])`,
  // (« nous avons déduit 384 € pour les caisses manquantes »: not a deposit, a discount or a credit note taken off)
  `(?:avons|ai)\\s+(?:donc\\s+)?(?:deduit|retranche|defalque)\\s+\\d[\\d\\s.,]*\\s?(?:€|eur|euros?)(?![^.\\n]{0,40}(?:acompte|escompte|avoir|deposit))`, `(?:reglement|paiement|virement)\\s+sera\\s+(?:donc\\s+)?limite\\s+a(?![a-z])`,
  // « Auftraggeber ist die Wolkenwerk Cloud Services GmbH (USt-IdNr. DE318774520), nicht die Wolkenwerk GmbH », "the contracting entity is …, not …"
  `(?:auftraggeber(?:in)?|rechnungsempfanger(?:in)?|vertragspartner(?:in)?|besteller(?:in)?)\\s+(?:ist|war)\\s+${NAME_GAP}(?<=,\\s{1,3})nicht\\s+(?:die|der|das|unsere?)(?![a-z])`, `(?:contracting|ordering|billing)\\s+(?:entity|party|company)\\s+(?:is|was)\\s+${NAME_GAP}(?<=,\\s{1,3})not\\s+(?!(?:a|an|any|so|too|very|really|quite|sure|yet|only|just|now|needed|required|an?\\s+issue)(?![a-z]))(?:the\\s+)?[a-z]+`, `(?:falsche[nr]?|unrichtige[nr]?)\\s+(?:rechnungsempfanger|empfanger|firma|gesellschaft|adressat)`,
  // « elle est libellée au nom du « Lycée agricole de Florac », alors que la commande a été passée par l'EPLEFPA … seul habilité à payer »
  // (« la facture est à mon nom perso, alors que c'est le Collectif … qui a commandé. Notre trésorière ne peut pas payer une facture qui
  // n'est pas au nom de l'asso »)
  `(?:facture|elle)\\s+(?:est\\s+)?(?:a|au)\\s+(?:mon|ton|son|notre|votre)\\s+nom\\s+(?:perso|personnel|propre)\\w*(?![a-z])`, `(?:payer|regler|accepter|enregistrer|comptabiliser|mandater)\\s+une\\s+facture\\s+qui\\s+n'est\\s+pas\\s+(?:au\\s+nom|a\\s+l'ordre)\\s+d`,
  `(?:libellee|adressee|etablie|emise)\\s+au\\s+nom\\s+(?:du|de\\s+la|de|d')\\s*${IN_SENTENCE(8)}alors\\s+que`, `seule?s?\\s+habilitee?s?\\s+a\\s+(?:payer|regler)(?![a-z])`,
  // phone French without « ne »: « il y a une erreur, vous nous facturez 12 eprouvettes … Je paierai pas 12, merci de me refaire la facture »
  // … and its near future with the sum refused: « Je ne vais pas payer 12 h, je n'ai jamais validé ça »
  `(?:je|on|nous)\\s+(?:ne\\s+)?(?:vais|va|allons)\\s+pas\\s+(?:vous\\s+|te\\s+)?(?:payer|regler)\\s+(?:\\d|ca|cela|ce\\s+montant|cette\\s+(?:facture|somme)|ces\\s+(?:heures|\\d))`,
  `(?:je|on|nous)\\s+(?:ne\\s+)?(?:paierai|paierons|paiera|payerai|payerons|payera|reglerai|reglerons|reglera)\\s+pas(?![a-z])(?!\\s+(?:avant|tant|d'ici|plus\\s+tard|tout\\s+de\\s+suite|maintenant|ce\\s+mois|cette\\s+semaine)(?![a-z]))`,
  // « Nous vous retournons cette facture : la commande a été passée par l'OP …, et non par la SA … »
  `(?:nous\\s+vous\\s+|je\\s+vous\\s+)(?:retournons|renvoyons|retourne|renvoie)\\s+(?:cette|la|votre)\\s+facture(?![a-z])(?!\\s+(?:signee|acquittee|tamponnee|visee|validee|completee))`, `commande\\s+a\\s+ete\\s+passee\\s+par\\s+${IN_SENTENCE(10)}et\\s+non\\s+(?:par|a)(?![a-z])`,
  // « La facture n'est pas au bon nom : l'installation a été commandée par la SCEA … On ne paie pas celle-ci. »
  `(?:n'est|n\\s+est|est)\\s+pas\\s+(?:au|a\\s+notre|libellee\\s+au)\\s+bon\\s+nom`, `(?:on|nous|je)\\s+(?:(?:ne\\s+)?(?:paie|paye|payons|regle|reglons)\\s+pas|(?:ne\\s+)?(?:peut|peux|pouvons)\\s+pas\\s+(?:payer|regler))\\s+(?:celle-ci|cette\\s+facture|celle-la)(?![a-z])`,
  // it: « Finché il problema non sarà risolto non possiamo liquidare la fattura, che per ora è sospesa »
  `non\\s+(?:possiamo|potremo|posso|possono|intende|intendiamo|intendono|intendo)\\s+(?:liquidare|pagare|saldare|accettare|approvare)\\s+(?:la|questa|vostra|tale)\\s+fattura`, `fattura,?\\s+(?:che\\s+)?(?:per\\s+ora\\s+|al\\s+momento\\s+)?(?:e|resta|rimane)\\s+(?:sospesa|bloccata|contestata)(?![a-z])`,
  // « Le conseil de fabrique a décidé de ne pas régler cette facture tant que ces défauts n'auront pas été repris »
  `(?:decide|decidons|decident|choisi|choisissons|prefere|preferons)\\s+de\\s+ne\\s+pas\\s+(?:regler|payer|honorer|mettre\\s+en\\s+paiement)\\s+(?:cette|la|votre|ladite)\\s+facture`, `ne\\s+pas\\s+(?:regler|payer)\\s+${W(3)}tant\\s+que`,
  // « Nous ne réglerons donc pas cette facture ; merci de la refacturer au locataire »
  `(?:nous|je|on)\\s+ne\\s+(?:la\\s+|le\\s+)?(?:reglerons|reglerai|reglera|paierons|paierai|paiera|payerons|payerai|mandaterons|honorerons)\\s+(?:donc\\s+)?pas\\s+(?:cette|la|votre|ladite)\\s+facture(?![a-z])(?!\\s+(?:avant|tant\\s+que|before|sans))`,
  // « Il est hors de question que nous payions cette facture tant que le battant n'a pas été remplacé à vos frais »
  `hors\\s+de\\s+question\\s+(?:que\\s+(?:nous|je|on|la\\s+\\S+|le\\s+\\S+)\\s+(?:vous\\s+|te\\s+)?(?:payions|payons|paie|paye|reglions|reglons|regle|versions|mandations|mandate)|(?:pour\\s+(?:nous|moi)\\s+)?de\\s+(?:vous\\s+|te\\s+)?(?:payer|regler|verser|mandater))(?![a-z])`,
  // « Le conseil économique ne souhaite pas régler cette facture tant que vous n'êtes pas repassé refaire l'accord »
  `ne\\s+(?:souhaite|souhaitons|souhaitent|veut|veux|voulons|veulent|compte|comptons|comptent|va|vais|allons|vont)\\s+pas\\s+(?:regler|payer|mettre\\s+en\\s+paiement|mandater)\\s+${W(3)}tant\\s+que(?![a-z])`,
  `(?:on|nous|je)\\s+(?:ne\\s+)?(?:(?:vous\\s+)?(?:paiera|paierons|paierai|payera|payerons|reglera|reglerons|reglerai|versera|verserons))\\s+rien\\s+(?:avant|tant\\s+que|sans)(?![a-z])`,
  // payment held until a defect is mended: « Tant que ce n'est pas repris on préfère attendre pour le solde »
  `tant\\s+que\\s+${IN_SENTENCE(8)}(?:pas|rien)\\s+${IN_SENTENCE(6)}(?:on|nous|je)\\s+(?:prefere\\w*|va|vais|allons)\\s+attendre(?![a-z])`,
  `(?:recu|livre|livres|a|avons|compte|trouve)\\s+\\d+\\s+[a-z]+(?:\\s+[a-z]+)?\\s*,?\\s+(?:et\\s+)?(?:pas|non|au\\s+lieu\\s+de)\\s+\\d+(?!\\d|[,./-]\\d)`,
  // « Je ne comprends pas pourquoi ces séances sont facturées » (held-out BWV)
  `je\\s+ne\\s+comprends\\s+pas\\s+pourquoi\\s+(?:\\S+\\s+){0,6}?(?:facture|factures|facturee|facturees|comptee?s?)(?![a-z])`,
  // it: "Non riconosciamo l'addebito per i danni"
  `(?:vi\\s+preghiamo\\s+di|potete|potreste|per\\s+favore)\\s+(?:\\S+\\s+)?(?:correggere|rettificare|riemettere|annullare)\\s+(?:la\\s+|questa\\s+)?fattura`,
  `non\\s+riconosc(?:iamo|o)\\s+(?:l'addebito|l'importo|l'ammontare|la\\s+fattura|il\\s+(?:costo|supplemento|importo|conteggio)|questo|questa|tale|gli\\s+addebiti|le\\s+spese)`,
  // "Je ne valide pas la MTL-F26-0883" (not "je ne valide pas encore"), "ce n est pas le tarif du devis"
  `(?:je|nous|on)\\s+ne\\s+(?:la\\s+|le\\s+)?(?:valide|validons|accepte|acceptons|approuve|approuvons)\\s+pas\\s+(?:la|cette|votre|ce|le|vos|ces)\\s+(?:facture|situation|decompte|note|[a-z]{0,8}[-/_.]?\\d)`,
  `(?:n'est|n\\s+est|nest)\\s+pas\\s+(?:le|la)\\s+(?:tarif|prix|montant|somme)\\s+(?:du\\s+devis|convenu|prevu|annonce|de\\s+(?:notre|votre|la|l')\\s*(?:devis|commande|offre|contrat))(?![a-z])`,
  // "Ces honoraires dépassent largement la convention d'honoraires signée" (not "ne dépasse pas le devis")
  `(?<!(?:ne|n')\\s?)(?:depasse|depassent)\\s+(?!pas\\s)(?:largement\\s+|de\\s+loin\\s+|nettement\\s+|tres\\s+largement\\s+)?(?:le|la|notre|votre|les|nos|vos)\\s+(?:devis|convention|budget|estimation|bon\\s+de\\s+commande|commande|forfait|montant\\s+(?:convenu|prevu|accepte))(?![a-z])`,
  // what was billed never came: "Les kakémonos n'ont jamais été livrés", "je ne vois pas pourquoi nous les paierions"
  `(?:nous|je)\\s+(?:la|le|les)\\s+(?:rejetons|rejette|refusons|refuse|retournons)(?![a-z])`, `(?:facture|paiement|reglement)\\s+(?:est\\s+)?bloquee?(?![a-z])${NOT_IN_APPROVAL}`,
  `(?:prestation|travaux|mission|chantier|intervention|livraison)\\s+(?:n'est|ne\\s+sont|n'ont|n'a)\\s+pas\\s+(?:encore\\s+|ete\\s+)?(?:terminee?s?|finie?s?|achevee?s?|realisee?s?|livree?s?)`, `facture\\s+(?:rejetee|refusee|non\\s+conforme)(?![a-z])`,
  `ne\\s+(?:peut|peux|pouvons|pourrons|pourra)\\s+(?:donc\\s+|malheureusement\\s+|helas\\s+|toujours\\s+|actuellement\\s+)?pas\\s+(?:la|le|les)\\s+(?:traiter|payer|regler|accepter|valider|enregistrer|mandater|liquider|integrer)(?![a-z])`, `merci\\s+de\\s+(?:nous\\s+)?la\\s+(?:refaire|corriger|rectifier|reemettre|modifier)(?![a-z])`, `(?:merci\\s+de|pouvez-vous|pourriez-vous|pouvez\\s+vous|pourriez\\s+vous|veuillez|il\\s+faut)\\s+(?:nous\\s+|me\\s+)?(?:refaire|corriger|rectifier|reemettre)\\s+(?:la|cette|votre|vot)\\s+facture(?![a-z])(?!\\s+(?:au\\s+nom\\s+d|a\\s+l'adresse|a\\s+l'ordre|avec\\s+(?:notre|le|la|les|nos)\\s+(?:nouvel|nouvelle|nouveau|numero|n°|bon|reference|adresse|siret|raison|code)))`, `(?:rejetons|refusons)\\s+(?:la|cette|votre)\\s+facture`,
  `(?:n'a|n'ont|n'est|ne\\s+sont|n'etaient|n'etait)\\s+jamais\\s+(?:ete\\s+)?(?:livre|arrive|recu|fourni|installe|realise|venu|ef{1,2}ectue|pose|monte)e?s?(?![a-z])`, `(?:ne\\s+)?vois\\s+pas\\s+pourquoi\\s+(?:nous|je|on)\\s+(?:(?:les|la|le|vous)\\s+)?(?:paierions|paierais|paierai|reglerions|reglerais|payerions|paierait|reglerait|payerait|payerai)`, `(?:we|i)\\s+(?:had\\s+|have\\s+)?(?:already\\s+)?cancell?ed\\s+(?:our|the|my)\\s+(?:subscription|contract|plan|account)`, `(?:did\\s+not|didn't|never)\\s+(?:take\\s+place|happen)`, `nicht\\s+stattgefunden`,
  `(?:ne\\s+(?:nous\\s+)?(?:est|sont)|n'est)\\s+(?:donc\\s+|alors\\s+|absolument\\s+|aucunement\\s+)?pas\\s+dues?(?!\\s+(?:avant|jusqu|with|before|until))`, `ne\\s+(?:sommes|suis)\\s+pas\\s+redevables?`, `(?:we|i)\\s+(?:do\\s+not|don't)\\s+owe`,
  // en
  // "Our accounts team has rejected this invoice as it doesn't quote a purchase order number. Please cancel and reissue"
  // a headline: "Invoice rejected: PO number missing. Please resubmit" (not "was the invoice rejected?")
  `(?<![a-z]\\s)invoice\\s+(?:rejected|declined|refused)(?=\\s*(?:[:.!,-]|\\n|$))`,
  `(?:rejected|declined|refused|returned|reject|rejecting|decline|declining|refuse|refusing)\\s+(?:this|the|your|that)\\s+invoice`, `(?:work|job|repair|service|job\\s+order|order)s?\\s+(?:was|were|has\\s+been|have\\s+been)\\s+never\\s+(?:approved|authori[sz]ed|ordered|requested)`, `(?:can't|cannot|can\\s+not|unable\\s+to)\\s+(?:approve|sign\\s+off)\\s+(?:this|the|your|it|that)(?:\\s+(?:one|invoice|bill))?(?![a-z])(?!\\s+(?:until|before|yet|today|this\\s+week|without))`, `please\\s+(?:revise|correct|amend)(?:\\s+(?:it|the\\s+invoice|this))?(?![a-z])`, `(?:cancel|void|withdraw)\\s+(?:it\\s+|this\\s+)?and\\s+re-?issue`, `(?:doesn't|does\\s+not|didn't|did\\s+not)\\s+(?:quote|show|include|have|mention|reference)\\s+(?:a|our|the|any)\\s+(?:po|p\\.o\\.|purchase\\s+order)`,
  // "we contest invoice STL-2026-0258 … We will not pay the full amount"
  `(?:we|i)\\s+(?:must\\s+|have\\s+to\\s+|hereby\\s+)?(?:contest|challenge)\\s+(?:the|this|your|that|invoice)(?![a-z])`, `(?:we're|we\\s+are|i'm|i\\s+am)\\s+(?:currently\\s+|still\\s+)?querying\\s+(?:the|this|your|these|those|some|a\\s+few|invoice)(?![a-z])`, `(?:won't|will\\s+not|shall\\s+not|are\\s+not\\s+going\\s+to|refuse\\s+to)\\s+pay\\s+(?:the\\s+full\\s+(?:amount|invoice|price)|this\\s+(?:invoice|amount|bill)|it\\s+as\\s+(?:is|it\\s+stands))(?![a-z])`,
  `disput(?:e|ing|ed)`, `no\\s+(?:es|son)\\s+(?:nuestra|nuestras|nostra|nostres)`, `(?:isn't|is\\s+not)\\s+(?:ours|for\\s+us)`, `(?:n'est|ne\\s+nous\\s+est)\\s+pas\\s+(?:la\\s+notre|destinee|adressee\\s+a\\s+nous)`, `(?:need|have|going|got)\\s+to\\s+(?:hold|put\\s+(?:it|this|the\\s+invoice|payment)\\s+on\\s+hold)`, `(?:won't|will\\s+not|can't|cannot|can\\s+not|(?:are|am|is)\\s+not\\s+going\\s+to|(?:we're|i'm)\\s+not\\s+going\\s+to)\\s+pay\\s+${W(4)}until${UNTIL_DATE}`,
  // "I've asked AP to put PL-2026-0297 on hold"
  `(?:asked|told|instructed)\\s+(?:\\S+\\s+){1,2}?to\\s+(?:put|place)\\s+(?:it|this|the\\s+invoice|(?:the\\s+)?payment|(?:invoice\\s+)?[a-z]{0,6}[-/_.]?\\d[\\w/.-]*)\\s+on\\s+hold`,
  // the work came back or arrived "with many errors" (not an apology for "our many errors")
  `(?:avec|with|con|mit)\\s+(?:de\\s+)?(?:plusieurs|nombreuses|beaucoup\\s+d'|trop\\s+d'|many|several|numerous|a\\s+lot\\s+of|too\\s+many|bastantes|muchos|varios|numerosos|demasiados|vielen|mehreren|zahlreichen|diversi|molti|numerosi|troppi)\\s*(?:erreurs|errors|mistakes|errores|fehlern|errori)`, `(?:cannot|can't|can\\s+not)\\s+approve\\s+(?:the|this|your)\\s+invoice`,
  // the invoice by its number: "We can't approve VES-2026-0204: … the completion fee isn't payable. Please cancel it."
  `(?:can't|cannot|can\\s+not|unable\\s+to)\\s+approve\\s+(?:invoice\\s+)?[a-z]{0,6}[-/_.]?\\d[\\w/.-]*(?![\\w/.-])(?!\\s+(?:until|before|yet|today|this\\s+week|without))`,
  `(?:fee|invoice|amount|it|this)\\s+(?:isn't|is\\s+not)\\s+payable(?![a-z])(?!\\s+(?:until|before|yet|now|by|on|in))`, `please\\s+cancel\\s+(?:it|the\\s+invoice|this\\s+invoice|that\\s+invoice)(?![a-z])`,
  `no\\s+(?:podemos|puedo|podremos)\\s+(?:aprobar|validar|aceptar)\\s+(?:la|esta|su)\\s+factura`,
  // a Spanish public buyer's « No podemos dar conformidad a la factura … la factura queda retenida »
  `no\\s+(?:podemos|puedo|podremos)\\s+dar\\s+(?:la\\s+)?conformidad`, `factura\\s+(?:queda|quedara|esta|permanece)\\s+retenida`,
  // (any invoice word: « So können wir die Schlussrechnung nicht freigeben. Bitte erst nachbessern »)
  `(?:konnen|kann|durfen|darf)\\s+(?:wir\\s+|ich\\s+)?(?:die|diese|ihre)\\s+\\w*rechnung\\s+(?:[a-z]{0,6}[-/_.]?\\d[\\w/.-]*\\s+)?(?:(?:so|leider|in\\s+dieser\\s+form|in\\s+dieser\\s+hohe|derzeit|aktuell|momentan|vorerst|zurzeit|noch)\\s+){0,2}nicht\\s+(?:freigeben|akzeptieren|anerkennen)`,
  // « Die Rechnung ist bis zur Klärung gesperrt (Qualitätssperre) »
  `(?:rechnung|zahlung)\\s+(?:ist|wurde|bleibt|wird)\\s+${W(3)}(?:gesperrt|blockiert)(?![a-z])`, `qualitatssperre`,
  // the invoice first: "die Rechnung OC-12 können wir so nicht freigeben"
  `(?:konnen|kann|durfen|darf)\\s+(?:wir|ich)\\s+(?:(?:so|leider|in\\s+dieser\\s+form|in\\s+dieser\\s+hohe)\\s+){0,2}nicht\\s+freigeben`,
  `non\\s+(?:possiamo|posso)\\s+(?:approvare|accettare)\\s+(?:la|questa)\\s+fattura`, `non\\s+(?:e|sono)\\s+(?:mai\\s+|ancora\\s+)?(?:stata|stato|state|stati)\\s+(?:consegnat|ricevut)[aoie]`, `non\\s+(?:possiamo|posso|potremo|pagheremo)\\s+(?:pagare\\s+)?${W(3)}(?:finche|fino\\s+a\\s+quando|prima\\s+che|senza)`, `(?:do|does)\\s+not\\s+agree`, `don't\\s+agree`, `disagree`,
  `(?:amount|invoice|price|rate|charge|total|quantity|figure)s?\\s+${W(2)}(?:is|are|seems?|looks?)\\s+(?:wrong|incorrect|too\\s+high|not\\s+(?:correct|right))`,
  // "the deposit we paid is not deducted", "l'acompte versé n'a pas été déduit", "die Anzahlung wurde nicht abgezogen"
  `(?:deposit|advance|down\\s+payment|retainer|prepayment)\\s+${W(5)}(?:(?:is|was|has|have)\\s+not|isn't|wasn't|hasn't|haven't)\\s+(?:been\\s+)?(?:deducted|taken\\s+off|credited|netted)`,
  `(?:acompte|avance)\\s+${W(3)}(?:n'a|n'est|n'ont|ne\\s+sont)\\s+pas\\s+(?:ete\\s+)?(?:deduite?s?|deduits|pris\\s+en\\s+compte|retranche)`, `(?:anzahlung|vorauszahlung)\\s+${W(3)}(?:wurde|ist)\\s+nicht\\s+(?:abgezogen|verrechnet|berucksichtigt)`,
  `(?:incorrect|wrong)\\s+(?:amount|invoice|price|rate|charge|total|quantity)`, `(?:won't|will\\s+not|can't|cannot)\\s+pay\\s+(?:this|that)\\s+(?:version|one|amount|bill)`, `(?:won't|will\\s+not|can't|cannot|can\\s+not)\\s+pay\\s+(?:this|it|that|(?:invoice\\s+)?[a-z]{0,6}[-/_.]?\\d[\\w/.-]*)\\s+as\\s+it\\s+(?:stands|is)(?![a-z])`,
  // "I do not accept this invoice until the repair is redone", "we cannot accept this amount, it is different from the quotation"
  `(?:do\\s+not|don't|cannot|can't|can\\s+not|will\\s+not|won't)\\s+accept\\s+(?:this|the|your|that)\\s+(?:invoice|amount|bill|charge|price|total)(?![a-z])`, `(?:won't|will\\s+not|can't|cannot|can\\s+not|unable\\s+to)\\s+(?:approve|accept|process|sign\\s+off)\\s+${W(3)}as\\s+it\\s+stands`,
  `(?:amount|invoice|total|price|figure)\\s+(?:is|was|seems)\\s+(?:much\\s+)?(?:higher|more)\\s+than\\s+(?:the\\s+|our\\s+|what\\s+)?(?:estimate|quote|quoted|agreed|po|budget|we\\s+agreed)`, `(?:take\\s+a\\s+look\\s+and\\s+|please\\s+)re-?issue(?![a-z])(?!\\s+${W(4)}with\\s+(?:our|the|a|your)\\s+(?:po|purchase\\s+order|order|cost\\s+cent(?:er|re)|reference)(?![a-z]))`, `not\\s+the\\s+one\\s+(?:in|from|agreed\\s+in)\\s+(?:our|the)\\s+(?:contract|agreement|quote|proposal|po)`, `overcharg(?:ed|ing)`, `not\\s+what\\s+(?:we|was)\\s+(?:agreed|quoted|ordered)`,
  `(?:doesn't|does\\s+not|don't|do\\s+not)\\s+(?:match|reflect|correspond)`, `(?:is|are|was|were)\\s+not\\s+(?:match|matching|matched)\\s+(?:with\\s+)?(?:the\\s+|our\\s+|your\\s+)?(?:approved|agreed|ordered|sample|samples|quote|quotation|po|order|specification|offer|contract)`,
  `(?:arrived|was|were|are|is)\\s+(?:damaged|broken|defective|faulty|incomplete)`, `damaged`, `defective`, `faulty`,
  `(?:goods|order|delivery|items|parts|shipment|materials)\\s+${W(3)}(?:haven't|hasn't|have\\s+not|has\\s+not)\\s+(?:yet\\s+)?(?:arrived|been\\s+delivered|turned\\s+up)`,
  `never\\s+(?:received|got)\\s+(?:the|any|your)\\s+(?:goods|order|items|delivery|parts|products|materials|service)`,
  `(?<!(?:inspection|clearance|customs|check|audit|approval|review|processing)\\s+(?:\\S+\\s+){0,3}(?:is|are|was|were|has|have)\\s+)(?:not|never)\\s+(?:been\\s+)?(?:delivered|completed|finished)`, `(?:hasn't|haven't|has\\s+not|have\\s+not)\\s+(?:yet\\s+)?been\\s+(?:completed|delivered|finished|signed\\s+off|accepted)`,
  `(?:invoice|it|this)\\s+(?:can't|cannot|can\\s+not|won't|will\\s+not)\\s+be\\s+(?:processed|approved|paid|accepted|booked)`,
  // "Sorry, we cannot process this one. … The invoice has to be cancelled and reissued to the French entity"
  `(?:has|have|needs?|will\\s+have)\\s+to\\s+be\\s+cancell?ed\\s+and\\s+re-?issued(?![a-z])`, `re-?issued?\\s+(?:to|in\\s+the\\s+name\\s+of)\\s+(?:the|our)\\s+(?:\\S+\\s+){0,2}?(?:entity|company|subsidiary|legal\\s+entity)(?![a-z])`,
  `(?:won't|will\\s+not|cannot|can't|shall\\s+not)\\s+(?:be\\s+)?pay(?:ing)?\\s+(?:until${UNTIL_DATE}|unless|before\\s+this|this\\s+invoice|for)`,
  // "We're not able to settle the full £23,400 until this is sorted"
  `(?:not\\s+able|unable|won't\\s+be\\s+able)\\s+to\\s+(?:pay|settle)\\s+${W(4)}(?:until|till)${UNTIL_DATE}`,
  `(?:won't|will\\s+not|cannot|can't|shall\\s+not)\\s+(?:be\\s+)?(?:releas(?:e|ing)|process(?:ing)?|approv(?:e|ing)|authori[sz](?:e|ing)|mak(?:e|ing)|sign(?:ing)?)\\s+(?:off\\s+)?(?:the\\s+|any\\s+|your\\s+|this\\s+)?(?:payment|invoice)\\s+(?:[a-z]{0,6}[-/_.]?\\d[\\w/.-]*\\s+)?(?:(?:on|for)\\s+\\S+\\s+)?(?:yet|until${UNTIL_DATE}|unless|before\\s+(?:we|the|you))`,
  // "Je ne peux pas régler ce montant : merci de corriger la facture"
  // payment held until the matter is talked over: « Je regle la facture quand on aura parlé de ça. Rappelez moi svp »,
  // "I'll pay once we've talked about it"
  `(?:regle|reglerai|reglerons|paie|paye|paierai|paierons|payerai)\\s+(?:la\\s+facture\\s+|ca\\s+|vous\\s+)?(?:quand\\s+|lorsqu(?:e\\s+|')|une\\s+fois\\s+qu(?:e\\s+|')|apres\\s+qu(?:e\\s+|')|des\\s+qu(?:e\\s+|'))(?:on|nous)\\s+(?:aura|aurons)\\s+(?:parle|discute|eclairci|tire\\s+ca\\s+au\\s+clair)`, `(?:pay|settle)\\s+(?:it|this|the\\s+invoice\\s+)?\\s*(?:once|when|after)\\s+we(?:'ve|\\s+have)\\s+(?:talked|discussed|spoken)`,
  // « Conformément à la clause de garantie …, nous ne procéderons pas au paiement de cette facture et sollicitons … une note de crédit »
  `ne\\s+(?:procederons|procederont|procedera|procederai|ef{1,2}ectuerons)\\s+pas\\s+au\\s+(?:paiement|reglement)\\s+(?:de\\s+)?(?:cette|la|votre)\\s+facture`, `(?:sollicitons|demandons|solicitamos)\\s+${W(5)}(?:note\\s+de\\s+credit|avoir|nota\\s+de\\s+credito)(?![a-z])`,
  // fr: "Cette facture fait doublon avec une facture déjà payée en juin. Nous la bloquons en attendant vos explications."
  `fait\\s+doublon`, `(?:nous|je)\\s+(?:la|le|les)\\s+bloqu(?:ons|e)`,
  // "We can not release payment of FA-2026-0407. SAT protocol is not signed"; « So zahle ich die Rechnung … nicht … halte ich die Zahlung zurück »
  `(?:can\\s+not|cannot|can't|won't|will\\s+not|are\\s+unable\\s+to)\\s+release\\s+(?:the\\s+)?payment(?![a-z])`, `(?:protocol|acceptance|certificate|sign-?off|report)\\s+(?:is|was|has)\\s+not\\s+(?:been\\s+|yet\\s+)?signed`,
  `so\\s+zahle\\s+ich\\s+(?:die|diese)\\s+rechnung\\s+(?:[a-z]{0,6}[-/_.]?\\d[\\w/.-]*\\s+)?nicht`, `(?:halte|halten)\\s+(?:ich|wir)\\s+(?:die|den)\\s+(?:zahlung|betrag|rechnungsbetrag)\\s+zuruck`,
  // "appears to be a duplicate of F-2026-0397 … We are rejecting it", "Please cancel F-2026-0428", "F-2026-0411 remains blocked"
  `(?:appears\\s+to\\s+be|seems\\s+to\\s+be|is)\\s+a\\s+duplicate(?![a-z])`, `(?:are|am|is)\\s+(?:now\\s+)?rejecting\\s+(?:it|this|the\\s+invoice|your\\s+invoice)(?![a-z])`, `please\\s+cancel\\s+(?:invoice\\s+)?[a-z]{0,6}[-/_.]?\\d[\\w/.-]*`, `remains?\\s+(?:blocked|on\\s+hold)(?![a-z])`,
  // "le tarif appliqué … n'est pas celui de votre devis … On ne paie pas en l'état", "le prix facturé n'est pas celui du contrat"
  // a part refused, the « ne » dropped as people write: « je paie pas ce cours là », « on ne règle pas cette séance »
  `(?:on|nous|je)\\s+(?:ne\\s+|n')?(?:la\\s+|le\\s+|les\\s+|vous\\s+)?(?:paie|paye|payons|paierons|payerons|regle|reglons|reglerons|paierai|reglerai)\\s+pas\\s+(?:ce|cette|ces|cet)\\s+(?:cours|seance|lecon|heure|ligne|prestation|partie|supplement|frais|journee|jour|intervention|deplacement|mois|option|article)s?(?![a-z])`,
  // « je paye pas une facture pour de la marchandise que j'ai pas eu », « on règle pas une facture pour … »
  `(?:on|nous|je)\\s+(?:ne\\s+|n')?(?:paie|paye|payons|paierai|payerai|regle|reglons|reglerai)\\s+pas\\s+(?:une|des|de)\\s+factures?\\s+(?:pour|de|sur)(?![a-z])`, `(?:marchandise|produits?|commande|colis|cartons?|palettes?)\\s+(?:que\\s+)?(?:j'ai|on\\s+a|nous\\s+avons|j\\s+ai)\\s+(?:jamais\\s+|pas\\s+|pas\\s+encore\\s+)(?:eu|eue|eus|recu|recue|recus)(?![a-z])`,
  // « Désolé mais on ne va pas payer ça pour l'instant. La pompe fait un bruit pas possible … »
  `(?:on|nous|je)\\s+(?:ne\\s+|n')?(?:va|vais|allons)\\s+pas\\s+(?:vous\\s+)?(?:payer|regler)\\s+(?:ca|cela|ceci|cette\\s+facture|la\\s+facture)(?![a-z])`,
  `(?:on|nous|je)\\s+(?:ne\\s+)?(?:la\\s+|le\\s+|les\\s+|vous\\s+)?(?:paie|paye|payons|paierons|payerons|regle|reglons|reglerons|paierai|reglerai)\\s+pas\\s+(?:en\\s+l'etat|tel(?:le)?s?\\s+quel(?:le)?s?|comme\\s+ca|a\\s+ce\\s+prix|ce\\s+montant)`,
  `(?:n'est|n\\s+est|nest)\\s+pas\\s+(?:celui|celle)\\s+(?:(?:de|indiquee?\\s+(?:dans|sur)|prevue?\\s+(?:dans|par|au))\\s+(?:votre|notre|le|la|l')\\s*|du\\s+)(?:devis|offre|commande|bon\\s+de\\s+commande|contrat|proposition|tarif|accord|marche|bareme)`,
  `(?:la|le|les)\\s+contestons`, `(?:situation|facture)\\s+(?:rectifiee|corrigee|modifiee)`, `(?:ne\\s+(?:peux|peut|pouvons|pourrons|pourrai|pourra|vais|allons)\\s+(?:donc\\s+|malheureusement\\s+|helas\\s+|toujours\\s+|actuellement\\s+)?pas|ne\\s+(?:puis|saurais|saurions)(?:\\s+pas)?|refusons\\s+de|refuse\\s+de)\\s+(?:vous\\s+la\\s+|vous\\s+le\\s+|vous\\s+|la\\s+|le\\s+|les\\s+)?(?:regler|payer|accepter|valider|approuver|viser|traiter|enregistrer|mandater|liquider|comptabiliser|integrer)\\s+(?:ce\\s+montant|cette\\s+facture|cette\\s+situation|en\\s+l'etat|la\\s+facture|cette\\s+somme|ce\\s+solde|le\\s+solde\\s+en\\s+l'etat|ce\\s+paiement|ce\\s+reglement|cette\\s+note|la\\s+note|votre\\s+note)`,
  // fees found too high: "2,5 heures nous paraissent excessives", "le montant semble exagéré"
  `(?:parai(?:t|ssent)|semblent?)\\s+(?:\\S+\\s+)?(?:excessi(?:f|ve|fs|ves)|exageree?s?|disproportionnee?s?)`, `(?:suspend\\w*|bloqu\\w*|gel\\w*)\\s+(?:le|notre|tout|ce)\\s+(?:reglement|paiement|virement)`,
  `(?:merci\\s+de|veuillez|please|kindly|bitte)\\s+(?:nous\\s+)?(?:corriger|rectifier|correct|rectify|korrigieren|berichtigen)\\s+(?:sie\\s+)?(?:la|votre|cette|the|your|this|die|ihre|diese)\\s+(?:facture|invoice|rechnung)`,
  `not\\s+in\\s+a\\s+position\\s+to\\s+(?:pay|settle|process|approve)`,
  // "Nous ne réglerons cette facture qu'à réception du livrable complet", "n'avons jamais reçu le rapport final"
  `ne\\s+(?:la\\s+|le\\s+|les\\s+|vous\\s+|te\\s+)?(?:reglerons|paierons|payerons|reglerai|paierai|reglera|paiera|verserons)\\s+${W(3)}qu'(?:a\\s+(?:la\\s+)?(?:reception|livraison|remise|correction|fin\\s+des\\s+travaux)|apres|une\\s+fois|lorsque|quand|des\\s+(?:que|reception))`,
  `(?:cartons?|bouteilles?|caisses?|palettes?|colis|verres?|flacons?)\\s+${W(2)}(?:casse|endommage|abime|brise)e?s?(?![a-z])`,
  `(?:n'avons|n'ai|n'a)\\s+(?:jamais|toujours\\s+pas|pas)\\s+(?:encore\\s+)?recu\\s+(?:le|la|les|votre|ton|ta|vos|tes)\\s+(?:\\S+\\s+)?(?:rapport|livrable|livrables|marchandise|commande|produits?|materiel|colis|prestation|travaux|documents?|fichiers?|maquettes?|pieces?(?!\\s+jointes?)|plateaux|repas|buffets?|fournitures|cartons|palettes|articles|equipements?|livraisons?)(?![a-z])`,
  // held until a fix, said without "ne": "je te paie pas tant que le site ne marche pas"
  `(?:paie|paye|regle|vire|paierai|reglerai|payerai|paierons|reglerons|payerons)\\s+(?:pas|rien)\\s+${W(3)}(?:tant\\s+qu(?:e|'[a-z]+)|avant\\s+qu(?:e|'[a-z]+)|sans\\s+(?:avoir|qu(?:e|'[a-z]+)))`,
  // "we're holding that one until they turn up" (a hold until a day is a promise, not a dispute)
  `(?:holding|hold|withholding)\\s+(?:(?:that|this)\\s+(?:one|invoice)|it|the\\s+invoice|off)\\s+(?:back\\s+)?(?:until|till|pending)${UNTIL_DATE}`,
  `never\\s+(?:received|got)\\s+(?:the|any|your|our)\\s+${W(2)}(?:goods|order|items|delivery|parts|products|materials|badges|stock|shipment|equipment|units|samples|prints)`,
  // what the invoice bills is not delivered yet: "we still haven't received the final brand guidelines pack"
  `(?:still\\s+)?(?:haven't|have\\s+not|hasn't|has\\s+not)\\s+(?:yet\\s+)?(?:received|got)\\s+(?:the|any|your|our)\\s+${W(3)}(?:pack|deliverables?|files?|report|designs?|artwork|assets|guidelines|goods|order|items|delivery|parts|products|materials|shipment|equipment)(?![a-z])`,
  // "We're not going to pay this one as is"
  `(?:not|never)\\s+going\\s+to\\s+pay\\s+(?:this|that|it|the\\s+invoice)`, `(?:won't|will\\s+not|can't|cannot)\\s+(?:pay|process|approve|accept|book)(?:\\s+(?:this|that|it)(?:\\s+one)?)?\\s+as\\s+is`,
  // "I can't get this approved as is — can we talk about the hours before we pay?"
  `(?:won't|will\\s+not|can't|cannot)\\s+get\\s+(?:this|that|it|the\\s+invoice)\\s+(?:approved|signed\\s+off|through|validated)\\s+as\\s+is`, `(?:talk|discuss|talk\\s+about|speak\\s+about)\\s+(?:the\\s+)?(?:hours|amount|price|charges?|invoice|fees?|figures)\\s+before\\s+(?:we|i)\\s+(?:pay|settle)`,
  `refuse\\s+to\\s+pay`, `hold(?:ing)?\\s+(?:off|back)\\s+(?:on\\s+)?(?:the\\s+|our\\s+|any\\s+)?payments?(?:(?!\\s+(?:until|till))|\\s+(?:until|till)${UNTIL_DATE})`, `(?:not|won't\\s+be)\\s+paying`, `(?:withhold|withholding|hold(?:ing)?)\\s+(?:the\\s+|our\\s+)?payment`, `on\\s+hold\\s+(?:until|pending)`, `on\\s+hold\\s+(?:due\\s+to|because\\s+of|owing\\s+to)\\s+(?:a|an|the|our|some)\\s+(?:query|queries|dispute|discrepancy|issue|problem)`,
  `credit\\s+note`, `never\\s+ordered`, `(?:did\\s+not|didn't)\\s+order`, `(?:already|previously)\\s+(?:been\\s+)?(?:billed|invoiced|charged)`,
  `(?:invoice|bill)\\s+(?:is|was)\\s+a\\s+duplicate`, `duplicate\\s+(?:invoice|charge|billing)`, `(?:corrected|revised|amended)\\s+invoice`, `(?:charged|billed|invoiced)\\s+twice`,
  // "I don't see why we should pay a placement fee for that. Please cancel the invoice.", "we expect … a refund"
  `(?:don't|do\\s+not|can't|cannot)\\s+see\\s+why\\s+(?:we|i)\\s+should\\s+(?:pay|be\\s+paying)`, `please\\s+cancel\\s+(?:the|this|your)\\s+invoice`, `(?:we|i)\\s+(?:expect|require|request)\\s+${W(4)}(?:refund|credit\\s+note|replacement\\s+at\\s+no\\s+cost)`,
  // cs: "dodaný switch byl poškozený … Fakturu proto rozporujeme"
  `rozporuj\\w*`, `poskozen\\w*`,
  // cs/sk: "nemůžeme provést úhradu", "fakturu neplatíme", "prosím o dobropis", "S fakturou nesouhlasíme – cena neodpovídá nabídce. Prosíme o opravný doklad."; hu: "nem fizetjük ki", "reklamáljuk", "jóváírást kérünk"
  `(?:nemuzeme|nemozeme|nebudeme)\\s+${W(2)}(?:provest\\s+uhradu|uhradit|zaplatit|platit|vykonat\\s+platbu)`, `neuznavame`, `neuznavam`, `(?:prosim|prosime)\\s+(?:\\S+\\s+)?(?:stornujte|stornovat|stornovali)`, `(?:fakturu|fakturu\\s+prosim)\\s+stornujte`, `(?:neplatime|neuhradime|nezaplatime)(?![a-z])`, `(?:prosim|prosime|zadame)\\s+o\\s+(?:dobropis|opravn\\w+\\s+(?:faktur\\w*|doklad\\w*))`, `opravn(?:y|eho|ou)\\s+(?:danov(?:y|eho)\\s+)?doklad`, `(?:nesouhlasime|nesuhlasime|nesouhlasim|nesuhlasim)(?![a-z])`, `(?:neodpovida|nezodpoveda|nesedi)(?![a-z])`, `dobropis`, `reklamuj\\w*`, `reklamaci\\w*`,
  `nem\\s+(?:fizetjuk|fizetnenk|tudjuk\\s+(?:kifizetni|kiegyeniteni|fizetni))`, `nem\\s+ertunk\\s+egyet`, `nem\\s+egyezik`,
  // et: "arvel on vale summa", "Palun saatke kreeditarve", "me ei maksa"; lt: "neužsakėme", "anuliuoti sąskaitą", "kreditinę sąskaitą",
  // "Suma neteisinga", "nemokėsim"; lb: "Mir bezuelen d'Rechnung net esou", "eng Gutschrëft"; ko: "주문한 적이 없습니다", "크레딧 노트", "지급 못합니다"
  `vale\\s+summa`, `kreeditarve`, `(?:me\\s+)?ei\\s+maksa(?![a-z])`, `(?:neuzsakeme|neuzsakem|neuzsakiau|nemokesim|nemokesime)(?![a-z])`, `anuliuoti\\s+saskait`, `kreditine\\s+saskait`, `(?:suma|saskaita)\\s+neteisinga`,
  `bezuelen\\s+${W(3)}net\\s+esou`, `gutschreft`, `주문한\\s*적이\\s*없`, `크레딧\\s*노트`, `지급\\s*(?:못\\s*합니다|못합니다|할\\s*수\\s*없)`,
  // uk, ru: "Рахунок у такому вигляді не оплатимо", "пошкоджена при доставці", "в счете неверная сумма", "корректировочный счет", "оплатить не можем"
  `(?<![а-яіїє])не\\s+(?:оплатимо|сплатимо|заплатимо)(?![а-яіїє])`, `(?<![а-яіїє])пошкоджен[а-яіїє]*`, `(?<![а-яіїє])кредит-нот[а-яіїє]*`, `(?<![а-яіїє])неверн[а-я]*\\s+сумм`, `(?<![а-яіїє])корректировочн[а-я]*`, `(?<![а-яіїє])(?:оплатить\\s+не\\s+можем|не\\s+можем\\s+оплатить|оплатити\\s+не\\s+можемо|не\\s+можемо\\s+оплатити)(?![а-яіїє])`,
  // gsw: "Die Rechnig stimmt so nöd … vorher zahle mer nöd"; it: "non sono d'accordo con questa fattura"
  `(?:rechnig|rechnung)\\s+stimmt\\s+(?:so\\s+)?(?:nod|ned|nid|nicht)(?![a-z])`, `(?:zahle|zahlen|bezahle|bezahlen)\\s+(?:ich|wir)\\s+(?:das|die|diese|sie)\\s+so\\s+nicht`, `(?:ich|wir)\\s+(?:zahle|zahlen|bezahle|bezahlen)\\s+(?:das|die|diese|sie|diese\\s+rechnung|die\\s+rechnung)\\s+so\\s+nicht`, `(?:gebuhr|stornogebuhr|rechnung|betrag|preis|summe)\\s+(?:ist|sind)\\s+(?:so\\s+)?nicht\\s+(?:ok|okay|korrekt|richtig|in\\s+ordnung)`, `zahle\\s+mer\\s+(?:nod|ned|nid)(?![a-z])`,
  `non\\s+(?:sono|siamo)\\s+d'accordo\\s+(?:con|su)\\s+(?:questa|la|vostra|sua|tale|l'importo|gli\\s+importi|il\\s+conto)`,
  // he: "יש טעות בחשבונית" (there is a mistake in the invoice), "אנחנו לא משלמים עד שתשלחו חשבונית מתוקנת" (we don't pay until a corrected invoice)
  `(?<![\u0590-\u05ff])(?:יש\\s+טעות|לא\\s+(?:נשלם|משלמים|משלמת|משלם)|חשבונית\\s+מתוקנת|חולקים\\s+על|לא\\s+מסכימים\\s+עם)(?![\u0590-\u05ff])`,
  // pt: "Não podemos validar esta fatura … Agradecemos que nos enviem uma fatura corrigida. Até lá a fatura fica suspensa."
  `nao\\s+podemos\\s+(?:validar|aprovar|aceitar)\\s+(?:esta|a)\\s+fatura`, `fatura\\s+(?:fica|esta|ficara)\\s+suspensa`,
  // de: "die Anzahl der Projekttage stimmt so nicht … vorher geben wir die Rechnung nicht frei"
  `(?:anzahl|betrag|summe|preis|stunden\\w*|tage\\w*|projekttage|menge|positionen?)\\s+${W(2)}stimmt\\s+(?:so\\s+)?(?:nicht|nod|ned|nid)(?![a-z])`, `geben\\s+wir\\s+(?:die|diese|ihre)\\s+rechnung\\s+(?:noch\\s+)?nicht\\s+frei`,
  // tr: "Bu ceza düşülmeden son ödemeyi yapmayacağım"
  `(?:odemeyi|odeme)\\s+yapmayacag\\w*`, `(?:odemeyecegiz|odemeyecegim|odemeyiz)(?![a-z])`,
  // fr: "les heures sont fausses, on paie pas en l'état. refaites la facture"
  `on\\s+(?:ne\\s+)?(?:paie|paye|regle)\\s+pas\\s+en\\s+l'etat`, `refaites\\s+(?:la|cette|votre|vot)\\s+facture`, `(?:heures|montants?|quantites?|chiffres)\\s+sont\\s+faux|(?:heures|quantites)\\s+sont\\s+fausses`,
  // co: "Nun sò d'accordu cù a fattura", "Ùn pagu micca prima chì vo vinite à riparà"
  `(?:nun|un)\\s+(?:so|simu)\\s+d'accordu`, `(?:nun|un)\\s+(?:pagu|paghemu|pagheraghju|pagheremu)\\s+micca`,
  // lv: "mēs nepiekrītam rēķina summai", "apstrīdam rēķinu"; lt: "nesutinkame su sąskaitos suma", "ginčijame"; et: "me ei nõustu arvega",
  // "vaidlustame arve"; hr: "ne slažemo se s računom", "osporavamo račun", "nećemo platiti"
  `(?:nepiekritam|nepiekritu|apstridam|apstridu|nesutinkame|nesutinku|gincijame|ginciju)(?![a-z])`, `ei\\s+(?:noustu|noustuta)(?![a-z])`, `vaidlusta(?:me|n)(?![a-z])`,
  `ne\\s+(?:slazemo|slazem)(?![a-z])`, `(?:osporavamo|osporavam|necemo\\s+platiti|necu\\s+platiti|reklamiramo)(?![a-z])`,
  // de: "Wir werden die Rechnung in dieser Form nicht begleichen und bitten um Korrektur", "wurden nie beauftragt"
  `(?:werden|konnen|wollen)\\s+(?:wir\\s+|ich\\s+)?(?:die|diese|ihre)\\s+rechnung\\s+(?:[a-z]{0,6}[-/_.]?\\d[\\w/.-]*\\s+)?(?:(?:so|leider|in\\s+dieser\\s+form|in\\s+dieser\\s+hohe)\\s+){0,2}nicht\\s+(?:begleichen|bezahlen|zahlen|ausgleichen)`, `bitten\\s+um\\s+(?:korrektur|berichtigung|stornierung|gutschrift)`, `(?:bitte\\s+)?(?:korrigier|korrigieren\\s+sie|korrigiere)\\s+(?:die|diese|ihre|eure)\\s+rechnung`, `(?:halten|behalten)\\s+(?:wir\\s+)?(?:die|diese|ihre)\\s+(?:rechnung|zahlung)\\s+(?:\\S+\\s+)?zuruck`, `(?:leistung|ware|arbeit|anlage|software)\\s+(?:\\S+\\s+){0,2}?(?:noch\\s+)?nicht\\s+abgenommen`, `(?:nicht|nie)\\s+(?:so\\s+)?abgemacht`, `(?:nie|nicht)\\s+beauftragt`,
  // fr: payment held until the work is put right: "j attend que vous repassiez avant de regler quoi que ce soit"
  `attend\\w*\\s+que\\s+(?:vous|votre|le|la|les|ce|tout|l')\\s*${W(5)}avant\\s+de\\s+(?:vous\\s+)?(?:regler|payer)`,
  // fr: "le contrat a été résilié fin mai, nous ne devons plus rien. Merci d'annuler."
  `(?:ne\\s+(?:vous\\s+)?devons|ne\\s+(?:vous\\s+)?dois)\\s+(?:plus\\s+)?rien`, `merci\\s+d'annuler`, `je\\s+ne\\s+comprends\\s+pas\\s+cette\\s+facture`,
  // "je ne peux pas payer la totalité", "we shouldn't be charged for July. Can you please cancel HC-2026-1122 and reissue?"
  `(?:ne\\s+(?:peux|pouvons|pourrai|pourrons)\\s+pas|refuse\\s+de|refusons\\s+de)\\s+(?:vous\\s+)?(?:payer|regler)\\s+(?:la\\s+totalite|l'integralite|le\\s+montant\\s+total|l'ensemble)`,
  `(?:shouldn't|should\\s+not|shouldn't\\s+have|should\\s+not\\s+have)\\s+(?:been\\s+|be\\s+)?(?:charged|billed|invoiced)`, `cancel\\s+(?:invoice\\s+)?[a-z]{0,8}[-/_.]?[\\w-]*\\d[\\w/.-]*\\s+and\\s+(?:re-?issue|resend|send\\s+a\\s+(?:new|corrected))`,
  // ca: "No podem acceptar la factura …", "Cal revisar l'import"
  `no\\s+(?:podem|puc|podrem)\\s+(?:acceptar|pagar|aprovar)\\s+(?:la|aquesta)\\s+factura`, `cal\\s+revisar\\s+l'import`,
  // zh, ja: "在问题解决前我们暂不付款", "客户拒收", "支払いを保留"
  `暂不付款`, `暫不付款`, `(?:从来|從來)(?:没有|沒有)同意`, `重新(?:发出|發出|开具|開具|出具|开|開)(?:发票|發票)`, `(?:发票|金额|数量|人数|价格|单价)(?:有误|不对|错误|不正确)`, `重新开(?:具)?(?:一张)?发票`, `拒绝付款`, `不予付款`, `拒收`, `(?:暂时|暫時)?(?:不能|无法|無法|不会|不會)(?:付款|支付|付清)`, `破损`, `破損`, `贷记单`, `貸記單`, `红字发票`, `不同意`, `有异议`, `有異議`, `提出异议`, `(?:お?支払い|支払|入金|お?振込み?)(?:は|を)?(?:一旦|いったん)?保留`,
  // ar: "ولن نقوم بالدفع قبل استبدالها", "فيها عيب", "نرجو إرسال إشعار دائن", "لا يمكننا الدفع", "نرفض الفاتورة"
  `لن\\s+(?:نقوم\\s+(?:بالدفع|بالسداد|بالتحويل)|أقوم\\s+(?:بالدفع|بالسداد|بالتحويل)|ندفع|نسدد|أدفع|ادفع|أسدد)`,
  // id, vi: "tidak bisa membayar", "kami keberatan", "không thể thanh toán", "không đồng ý"
  `tidak\\s+(?:bisa|dapat|akan)\\s+(?:membayar|bayar|melunasi)`,
  // he: "לא נשלם עד ש…", "לא נוכל לשלם", "פגום", "תעודת זיכוי", "אנו חולקים על החשבונית"
  `(?<![\\u0590-\\u05ff])לא\\s+(?:נשלם|נוכל\\s+לשלם|נאשר|מאשרים)(?![\\u0590-\\u05ff])`, `(?<![\\u0590-\\u05ff])(?:פגום|פגומה|פגומים)(?![\\u0590-\\u05ff])`, `(?<![\\u0590-\\u05ff])תעודת\\s+זיכוי(?![\\u0590-\\u05ff])`, `(?<![\\u0590-\\u05ff])חולקים\\s+על(?![\\u0590-\\u05ff])`, `keberatan`, `tidak\\s+setuju`, `khong\\s+(?:the\\s+)?(?:thanh\\s+toan|dong\\s+y|chap\\s+nhan)`, `لا\\s+(?:نستطيع|يمكننا)\\s+(?:الدفع|السداد|دفع|سداد|اداء|الاداء)`, `(?<![\\u0600-\\u06ff])لا\\s+(?:يطابق|تطابق|يتطابق|تتطابق)(?![\\u0600-\\u06ff])`, `(?<![\\u0600-\\u06ff])لم\\s+يتم\\s+(?:تسليم|استلام)`, `(?<![\\u0600-\\u06ff])تصحيح\\s+الفاتورة`, `(?<![\\u0600-\\u06ff])(?:عيب|معيب|معيبة|تالف|تالفة)(?![\\u0600-\\u06ff])`, `إشعار\\s+دائن`, `نرفض`, `(?<![\\u0600-\\u06ff])(?:لدينا\\s+اعتراض|نعترض|اعتراضنا|اعتراض\\s+على\\s+(?:هذه\\s+)?الفاتورة)`, `(?:نسخة|فاتورة)\\s+(?:معدلة|مصححة)`, `غير\\s+مطابق`, `支払いを保留`, `お支払いできません`,
  // ja, ko: "異議がございます", "納得できません", "金額に誤りがあります", "이의를 제기합니다", "지불할 수 없습니다", "잘못 청구되었습니다"
  // "このままではお支払いできかねます", "金額がお見積りと異なっております"
  `(?:お?支払い?|お?振込み?)(?:は|を)?(?:できかねます|できません|いたしかねます|致しかねます|しかねます)`, `(?:お?見積(?:り|書)?)(?:と|の金額と)(?:は)?異な`,
  `異議`, `納得(?:でき|いたしかね)`, `誤りがあ`, `(?:承認|お受け)(?:でき|いたしかね)(?:ません|ます)`, `이의(?:를|가)?\\s?(?:제기|있)`, `(?:동의|수락|승인|지불|지급|결제)할\\s?수\\s?없`, `잘못\\s?(?:청구|된|되었|됐)`,
  // fi, et, lv, lt: "Emme maksa laskua ennen kuin asia on selvitetty", "Me ei saa arvet tasuda enne, kui kahju on hüvitatud", "nevaram apmaksāt", "negalime apmokėti"
  `emme\\s+(?:voi\\s+)?(?:maksa|hyvaksya?)`, `(?:me\\s+)?ei\\s+(?:saa|saa\\s+me|maksa|tasu)\\s+${W(2)}(?:tasuda|maksta|maksa|arvet)`, `(?:nevaram|nevar)\\s+${W(2)}(?:apmaksat|samaksat|maksat)(?![a-z])`, `(?:nemaksasim|neapmaksasim)(?![a-z])`, `(?:negalime|negalim|nemokesime|neapmokesime)(?![a-z])`, `(?:vaurioitu\\w*|reklamaatio\\w*|kahjustus\\w*|kahjustatud|bojat\\w*|bojajum\\w*|sugadint\\w*|pazeist\\w*)`, `reklamal\\w*`, `jovairas\\w*`, `(?:hibas|serult|hianyz)\\w*\\s+(?:termek|alkatresz|szallitmany|aru|resz)`,
  // "Le règlement est suspendu jusqu'à la livraison du solde", "nous n'avons reçu que 2 pièces sur les 3 facturées"
  `(?:reglement|paiement|virement)\\s+(?:est\\s+|reste\\s+)?suspendu`, `n'(?:avons|ai)\\s+recu\\s+que`,
  // "we cannot process invoice FA2026-01047. The acceptance certificate has not been signed"
  `(?:cannot|can't|can\\s+not|unable\\s+to)\\s+process\\s+(?:the\\s+|this\\s+|your\\s+)?invoice`, `(?:acceptance|delivery|completion)\\s+(?:certificate|protocol|report)\\s+(?:has|have)\\s+not\\s+been\\s+(?:signed|issued|approved)`,
  // pt: "A fatura … não está correta, o valor faturado é superior ao da nota de encomenda. Não podemos aceitar esta fatura."
  `nao\\s+esta\\s+corret[ao]`, `nao\\s+podemos\\s+aceitar\\s+(?:esta|a)\\s+fatura`, `nao\\s+aceitamos\\s+(?:esta\\s+|a\\s+|essa\\s+)?fatura`, `no\\s+aceptamos\\s+(?:esta\\s+|la\\s+|dicha\\s+)?factura`, `non\\s+accettiamo\\s+(?:questa\\s+|la\\s+)?fattura`, `superior\\s+ao\\s+(?:da|do)\\s+(?:nota\\s+de\\s+encomenda|orcamento|contrato|proposta)`,
  // de
  `(?:halten|behalten)\\s+${W(3)}(?:zahlung|betrag|rechnungsbetrag)\\s+(?:vorerst\\s+|vorlaufig\\s+)?(?:zuruck|ein)(?![a-z])`, `(?:zahlung|betrag)\\s+(?:zuruckhalten|zuruckbehalten|einbehalten)`, `widersprech\\w*`, `widerspruch`, `einspruch`, `bestreit\\w*`, `zuruckgewiesen`, `zuruckweisen`, `weisen\\s+${W(3)}zuruck`, `abnahme\\s+(?:ist\\s+)?(?:noch\\s+)?nicht\\s+erfolgt`, `(?:so\\s+)?nicht\\s+(?:akzeptieren|annehmen|anerkennen)`, `weicht\\s+${W(3)}ab(?![a-z])`, `(?:bitte|wir\\s+bitten\\s+(?:sie\\s+)?um)\\s+${W(2)}(?:neu\\s+ausstellen|korrektur|stornierung|neuausstellung)`, `reklam\\w+`, `beanstand\\w*`, `mangel\\w*`, `beschadigt\\w*`, `defekt\\w*`,
  `(?<!(?:rechnung|sie|mail|pdf)\\s+(?:ist|war|sind)\\s+(?:\\S+\\s+){0,3})(?<!(?:tranche|mittel|gelder|geld|zahlung|finanzierung|zuschuss|forderung|uberweisung|betrag|funds?)\\s+(?:\\S+\\s+){0,5})nicht\\s+(?:vollstandig\\s+)?(?:geliefert|erbracht|ausgefuhrt|fertiggestellt|angekommen|eingetroffen)`, `unvollstandig\\w*`, `stimmt\\s+nicht`, `nicht\\s+korrekt`, `falsch\\s+(?:berechnet|abgerechnet)`,
  // "Leider fehlt die Auftragsnummer des Gerichts … Wir retournieren die Note."
  `fehlt\\s+(?:uns\\s+)?(?:die|der|das|eine|ein)\\s+(?:\\S+\\s+)?(?:auftrags|bestell|kostenstellen|geschafts|akten)\\w*(?:nummer|zahl|zeichen)`, `(?:retournieren|retourniere|senden|schicken)\\s+(?:ihnen\\s+)?(?:die|ihre|diese|anbei\\s+die)\\s+(?:honorar)?(?:note|rechnung)(?:\\s+zuruck)?(?![a-z])`,
  `fehlerhaft\\w*`, `nicht\\s+einverstanden`, `nicht\\s+vereinbart`, `entspricht\\s+nicht`, `gutschrift(?!\\s+(?:sollte|wird|ist|erfolgt|durfte|folgt\\s+in|auf\\s+ihrem|bei\\s+ihnen|in\\s+\\d))(?!(?:[^.!?\\n]|\\.(?=\\d)){0,50}?(?:verrechnet|abgezogen|berucksichtigt|in\\s+abzug\\s+gebracht))`, `(?:korrigierte|berichtigte)\\s+rechnung`,
  `(?:zahlen|bezahlen|begleichen)\\s+wir\\s+(?:(?:das|die|diese|sie|es)\\s+)?(?:rechnung\\s+)?nicht`, `bitte\\s+(?:um\\s+)?(?:eine\\s+)?(?:neue|korrigierte)\\s+rechnung`, `(?:nie|nicht)\\s+bestellt`, `bereits\\s+(?:berechnet|in\\s+rechnung\\s+gestellt|abgerechnet)`, `(?:werden|konnen)\\s+${W(4)}nicht\\s+(?:bezahlen|zahlen|begleichen)`, `zahlung\\s+(?:zuruckhalten|zuruckbehalten|einbehalten)`, `doppelt\\s+(?:berechnet|abgerechnet)`,
  // es
  // fr: the price agreed is not the one billed: "on avait dit 120 € sur le devis pas 320,00 € ?? on comprend pas la ligne en plus"
  `(?:on\\s+avait|nous\\s+avions|vous\\s+aviez|tu\\s+avais|c'etait)\\s+(?:dit|convenu|prevu|annonce|parle\\s+de)\\s+(?:\\S+\\s+){0,3}?\\d[\\d\\s.,]*\\s?(?:€|eur|euros)`, `(?:ne\\s+)?comprend(?:s|ons)?\\s+pas\\s+(?:la|cette|ces|les)\\s+(?:ligne|lignes|montant|frais|supplement|difference|majoration)`,
  // ca: « no pagarem la FA-2026-0444 tal com està: … 12 van arribar trencades … Feu-nos un abonament i en parlem »
  `no\\s+(?:la\\s+|les\\s+)?(?:pagarem|pagare|podem\\s+pagar|abonarem)\\s+(?:\\S+\\s+){0,3}?(?:tal\\s+com\\s+esta|aixi|en\\s+aquestes\\s+condicions)`, `(?:feu|envieu|feu-nos|envieu-nos)\\s+(?:un|una)\\s+(?:abonament|factura\\s+(?:corregida|rectificativa|nova))`, `(?:arribar|arribat|arriben)\\s+(?:\\S+\\s+)?(?:trencad|malmes|danyad)[ea]?s?(?![a-z])`,
  // ro: "timpul de asteptare facturat … nu este corect … Nu putem plati pana la clarificare"
  `nu\\s+(?:este|e|sunt)\\s+(?:corect|corecta|corecte|justificat|justificata)(?![a-z])`, `nu\\s+(?:putem|vom|o\\s+sa)\\s+(?:plati|achita|platim|achitam)\\s+${W(3)}(?:pana|inainte)`, `contestam`, `nu\\s+suntem\\s+de\\s+acord`, `nu\\s+corespunde`, `(?:marfa|paleti|paletii|marfurile)\\s+${W(3)}(?:deteriorat|avariat)\\w*`,
  // lb: "Mir contestéieren d'Rechnung", "d'Aarbecht ass nach net gemaach"
  `contesteier\\w*`, `(?:ass|sinn)\\s+(?:nach\\s+)?net\\s+(?:gemaach|geliwwert|faerdeg|deposeiert)`,
  // lb: "mir sinn net d'accord mat der Rechnung", "Mir bezuelen dat esou net" (we won't pay it like this)
  `(?:sinn|sin|ass|si)\\s+(?:guer\\s+)?net\\s+(?:d'accord|averstanen|ageverstanen)`, `stemmt\\s+(?:(?:eppes|do\\s+eppes|dat|et|hei\\s+eppes)\\s+)?net(?![a-z])`, `(?:mir|ech)\\s+(?:bezuelen|bezuele)\\s+net(?![a-z])`, `(?:mir|ech)\\s+(?:bezuelen|bezuele)\\s+${W(3)}(?:esou|sou|sou\\s+e\\s+betrag)\\s+net(?![a-z])`,
  // nl: "Factuur wordt dus niet betaald zoals ze is", "De opslag is nooit gebeurd"
  `(?:wordt|worden|zal|zullen)\\s+(?:dus\\s+|daarom\\s+|voorlopig\\s+|zo\\s+)?niet\\s+(?:\\S+\\s+)?betaald`, `(?:is|zijn|werd|werden)\\s+nooit\\s+(?:gebeurd|geleverd|uitgevoerd|aangekomen|besteld|gepresteerd)`,
  // nl: the price agreed is not the one billed: "We hadden € 500 afgesproken incl. alles, niet 610", "was nooit besproken"
  `(?:we|wij|ik|jullie|je|u)\\s+(?:hadden|had)\\s+(?:toch\\s+)?(?:€\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s*(?:€|eur|euro))\\s+(?:\\S+\\s+){0,3}?afgesproken(?![a-z])`, `(?:was|is|werd|zijn|waren)\\s+nooit\\s+(?:besproken|afgesproken|overeengekomen|gevraagd)(?![a-z])`,
  `no\\s+cuadra`, `no\\s+(?:la|lo|las|los)\\s+(?:pagamos|pagaremos|abonamos|abonaremos|vamos\\s+a\\s+pagar)\\s+hasta`, `(?:descuento|rebaja|abono)\\s+${W(3)}no\\s+(?:aparece|figura|esta)`,
  `no\\s+estamos\\s+de\\s+acuerdo`, `no\\s+estem\\s+d'acord`, `(?:ha\\s+sido|fue|queda)\\s+rechazad[oa]`, `no\\s+(?:podemos|puedo)\\s+tramitar`, `(?:emitid|emitir|emita|emitan)\\s+una\\s+(?:nueva|factura\\s+nueva|factura\\s+rectificativa)`, `desacuerdo`, `disconformidad`, `reclamacion`, `reclamamos`, `no\\s+(?:corresponde|coincide)n?`,
  `(?:importe|factura|precio)\\s+${W(2)}(?:incorrect|errone)[oa]`, `error\\s+en\\s+(?:la|el)\\s+(?:factura|importe)`,
  `danad[oa]s?`, `defectuos[oa]s?`, `incomplet[oa]s?`, `no\\s+hemos\\s+recibido\\s+(?:la\\s+mercancia|el\\s+pedido|los\\s+productos|el\\s+material)`, `(?:mercancia|pedido|material|producto|envio)s?\\s+${W(4)}no\\s+(?:ha|han)\\s+llegado`, `no\\s+(?:podemos|vamos\\s+a)\\s+pagar\\s+(?:algo|lo)\\s+que\\s+no`,
  `factura\\s+rectificativa`, `factura\\s+rechazada`, `no\\s+(?:podemos|puedo|podremos)\\s+(?:aprobarla|aprobarlo|procesarla|pagarla|tramitarla|aceptarla|validarla)`, `no\\s+(?:podemos|puedo|podremos)\\s+(?:procesar|aprobar|tramitar|pagar|aceptar|validar|contabilizar|registrar)\\s+(?:la|esta|su)\\s+factura`, `sin\\s+(?:el\\s+)?(?:numero\\s+de\\s+)?orden\\s+de\\s+compra`, `(?:la\\s+)?devolvemos\\s+rechazad[oa]`, `(?:todavia|aun)\\s+no\\s+(?:fue|ha\\s+sido)\\s+entregad[oa]`, `falta\\s+(?:el|nuestro|vuestro|su)\\s+(?:numero\\s+de\\s+pedido|pedido|po|numero\\s+de\\s+orden)`, `(?:emitela|emitala|emitidla|enviadla|enviala)\\s+de\\s+nuevo`, `nunca\\s+(?:lo\\s+)?(?:pedimos|hemos\\s+pedido)`, `no\\s+(?:lo\\s+)?hemos\\s+pedido`, `ya\\s+(?:nos\\s+)?(?:facturad|cobrad)[oa]`, `(?:nota|factura)\\s+de\\s+abono`, `no\\s+(?:pagaremos|vamos\\s+a\\s+pagar)`, `nos\\s+negamos\\s+a\\s+pagar`, `impugn\\w+`, `cobrado\\s+dos\\s+veces`,
  // it
  `contest(?:iamo|azione|are|ato)`, `non\\s+siamo\\s+d'accordo`, `disaccordo`, `reclamo`, `non\\s+(?:corrisponde|corrispondono)`,
  `(?:importo|fattura|prezzo)\\s+${W(2)}(?:errat|sbagliat)[oa]`, `errore\\s+(?:nella|in)\\s+fattura`, `danneggiat[oa]`, `difettos[oa]`, `incomplet[oa]`,
  // work billed that the quote did not hold, refused: « ma il lavoro … non era previsto nel preventivo!! Non pago 1.150 euro per una cosa che non ho
  // chiesto », « ce travail n'était pas prévu dans le devis », "this was not in the quote", « no estaba incluido en el presupuesto »
  `non\\s+(?:era|erano|e)\\s+(?:mai\\s+)?(?:previst|inclus|compres)[oaie]\\s+(?:nel|dal|nella|nell')\\s*(?:preventivo|contratto|ordine|offerta)`, `non\\s+(?:pago|paghiamo|paghero|pagheremo)\\s+(?:\\d|per\\s+(?:una|un|qualcosa|lavori|cose))`, `(?:cosa|cose|lavoro|lavori|intervento)\\s+che\\s+non\\s+(?:ho|abbiamo)\\s+(?:mai\\s+)?(?:chiesto|richiesto|ordinato|autorizzato)`,
  `(?:n'etai(?:t|ent)|n'est|ne\\s+sont|n'ont\\s+jamais\\s+ete|n'a\\s+jamais\\s+ete)\\s+(?:pas\\s+|jamais\\s+)?(?:prevue?s?|inclu(?:s|se?s?)|compris(?:es?)?|chiffree?s?)\\s+(?:dans|au|sur)\\s+(?:le\\s+|notre\\s+|votre\\s+|ce\\s+)?(?:devis|bon\\s+de\\s+commande|contrat|commande)`,
  `(?:je|nous|on)\\s+ne\\s+(?:paie|paye|payons|regle|reglons|paierai|paierons)\\s+pas\\s+(?:\\d|les\\s+\\d)`, `(?:chose|travail|travaux|prestation|intervention)s?\\s+que\\s+(?:je|nous|on)\\s+n'(?:ai|avons|a)\\s+(?:pas|jamais)\\s+(?:demande|commande|valide|autorise)e?s?`,
  `(?:was|were|is|are)(?:\\s+not|n't)\\s+(?:in|part\\s+of|included\\s+in|covered\\s+by|on)\\s+(?:the|your|our)\\s+(?:quote|estimate|quotation|purchase\\s+order|contract|scope)`, `no\\s+(?:estaba|estaban)\\s+(?:previst|incluid)[oa]s?\\s+en\\s+el\\s+presupuesto`, `(?:war|waren)\\s+nicht\\s+(?:im|in\\s+dem|teil\\s+des)\\s+(?:angebot|kostenvoranschlag|auftrag)s?`,
  // it: "non posso pagare la fattura …: i lavori sono in ritardo … Contesto l'importo finché non vengono sistemati"
  `contest(?:o|iamo)\\s+(?:l'importo|la\\s+fattura|il\\s+conto|l'addebito|questa\\s+fattura)`, `non\\s+(?:posso|possiamo)\\s+pagare`, `non\\s+(?:paghiamo|pago|pagheremo|paghero|saldiamo|salderemo)\\s+(?:\\S+\\s+){0,3}?(?:finche|fino\\s+a\\s+quando|prima\\s+che|se\\s+non)(?![a-z])`,
  `non\\s+(?:abbiamo\\s+)?ricevuto\\s+la\\s+merce`, `merce\\s+${W(3)}non\\s+e\\s+(?:ancora\\s+)?(?:arrivata|stata\\s+consegnata)`, `nota\\s+di\\s+credito`, `mai\\s+ordinat[oa]`, `non\\s+abbiamo\\s+(?:mai\\s+)?ordinato`, `gia\\s+fatturat[oa]`, `fattura\\s+(?:corretta|rettificata)`, `non\\s+pagheremo`, `ci\\s+rifiutiamo\\s+di\\s+pagare`, `scartat[ao]`, `non\\s+(?:possiamo|posso)\\s+pagarl[ao]`, `riemett\\w+`, `(?:la|le|lo)\\s+(?:respinge|respingono|respingiamo|rifiuta|rifiutiamo|rifiutano)(?![a-z])`, `non\\s+(?:verra|sara|potra\\s+essere)\\s+pagat[ao]\\s+(?:finche|fino\\s+a\\s+quando|senza)`, `(?:respingiamo|rifiutiamo)\\s+(?:la|questa|vostra)\\s+fattura`, `addebitato\\s+due\\s+volte`,
  // nl
  // nl: "De gefactureerde licenties komen niet overeen met onze bestelbon. Wij betalen niet tot dit rechtgezet is."
  `(?:komt|komen)\\s+niet\\s+overeen`, `(?:betalen|betaal)\\s+${W(4)}niet\\s+(?:tot|totdat|zolang|voordat|voor)(?![a-z])`,
  `betwist\\w*`, `geweigerd`, `weigeren\\s+(?:de|deze)\\s+factuur`, `(?:kan|kunnen)\\s+(?:(?:ik|wij|we)\\s+)?(?:\\S+\\s+){0,4}?niet\\s+(?:goedkeuren|aanvaarden|accepteren|betalen)`, `(?:klopt|kloppen)\\s+niet`, `klopt\\s+(?:dit|het|dat|de|deze)\\s+(?:bedrag|factuur|aantal|totaal)\\s+wel\\s*\\?`, `(?:kun|kunt|kan|kunnen)\\s+(?:je|u|jullie)\\s+de\\s+factuur\\s+(?:aanpassen|corrigeren|wijzigen|rechtzetten)`, `(?:betalen|betaal)\\s+(?:deze|de|die)\\s+factuur\\s+niet`, `(?:kunnen|zullen)\\s+(?:wij|we)\\s+(?:deze\\s+factuur\\s+|ze\\s+|die\\s+)?niet\\s+(?:betalen|aanvaarden|goedkeuren)`, `gescheurd`, `ondermaats`, `kapot`, `niet\\s+akkoord`, `oneens`, `klopt\\s+niet`, `onjuist`, `beschadigd`, `onvolledig\\w*`, `niet\\s+geleverd`, `creditnota`, `gecorrigeerde\\s+factuur`,
  // « Zolang dit niet is opgelost betalen we niet », « de gevelborden zijn 10 cm smaller geleverd dan op de offerte » (held-out BZY)
  `zolang\\s+${W(4)}niet\\s+(?:is\\s+|wordt\\s+)?(?:opgelost|hersteld|rechtgezet|geregeld|in\\s+orde)`, `(?:betalen|betaal)\\s+(?:we|wij|ik)\\s+(?:dus\\s+|voorlopig\\s+|nog\\s+)?niet(?![a-z])`, `(?:smaller|kleiner|korter|groter|breder|langer|dunner)\\s+geleverd`, `bezwaar`, `het\\s+niet\\s+eens\\s+met`, `niet\\s+zonder\\s+(?:correctie|creditnota|aanpassing|verbetering)`, `aangepaste\\s+factuur`, `zonder\\s+(?:\\S+\\s+)?(?:bestelbon\\w*|bestelnummer|ordernummer|inkoopordernummer|po-nummer)`, `(?:kan|kunnen)\\s+${W(3)}(?:de|deze|uw)\\s+factuur\\s+niet\\s+(?:verwerken|boeken|goedkeuren|aanvaarden|betalen|inboeken)`,
  // (the invoice named by its pronoun: « … ontvangen maar kunnen ze niet boeken »; its crediting asked: « Gelieve de factuur te crediteren »)
  `(?:kan|kunnen)\\s+(?:(?:ik|wij|we)\\s+)?(?:ze|hem|die|deze)\\s+niet\\s+(?:verwerken|boeken|goedkeuren|aanvaarden|betalen|inboeken)(?![a-z])`, `(?:gelieve|graag)\\s+(?:de|deze|uw|die)\\s+factuur\\s+te\\s+crediteren`, `wordt\\s+(?:de|deze|uw|die)\\s+factuur\\s+niet\\s+betaald`,
  // pt
  // "Não concordo com o valor da fatura", "Não vou pagar até resolvermos isso", "ficou com defeitos"
  `nao\\s+concordo`, `(?:nao|no)\\s+(?:vou|vamos|iremos|irei)\\s+pagar(?![a-z])(?!\\s+(?:antes|ate\\s+(?:o\\s+|ao\\s+|a\\s+)?(?:dia|\\d|fim|final|proxim|semana|mes)))`, `(?:ficou|ficaram|veio|vieram|esta|estao)\\s+com\\s+defeitos?`,
  // pt: "recebemos apenas 8 das 10 caixas faturadas. Poderia … ajustar a fatura?", "Não reconhecemos esta fatura, não temos nenhuma encomenda",
  // "Não podemos aprovar a factura …: o número de palavras faturado não corresponde ao que foi entregue"
  `(?:recebemos|recebi|chegaram)\\s+(?:apenas|so|somente)\\s+\\d`, `(?:ajustar|corrigir|retificar|rectificar)\\s+a\\s+fa(?:c)?tura`, `nao\\s+reconhecemos\\s+(?:esta|a|essa)\\s+fa(?:c)?tura`, `nao\\s+temos\\s+nenhuma\\s+encomenda`,
  `nao\\s+podemos\\s+(?:validar|aprovar|aceitar)\\s+(?:esta|a|essa)\\s+factura`, `nao\\s+corresponde(?:m)?\\s+(?:ao|a|aos|as|com)(?![a-z])`,
  // de: "Wir würden den Betrag gerne zurückhalten, bis das erledigt ist"; es: "no pienso pagar eso, el trabajo quedó a medias"
  `(?:betrag|zahlung|rechnungsbetrag|summe)\\s+${W(2)}(?:zuruckhalten|zuruckbehalten|einbehalten)`, `no\\s+(?:pienso|voy\\s+a|vamos\\s+a|pensamos)\\s+(?:pagar|abonar)\\s+(?:eso|esto|esta\\s+factura|la\\s+factura|nada)(?![a-z])`, `(?:quedo|quedaron|esta|estan)\\s+a\\s+medias`,
  // it: "Preferirei saldare a lavoro completato", "non ci risulta alcun ordine a voi intestato … annullare la fattura"
  `(?:preferirei|preferiamo|preferiremmo)\\s+(?:saldare|pagare)\\s+a\\s+lavor[oi]\\s+(?:completat|finit|ultimat|terminat)[oi]`, `non\\s+ci\\s+risulta\\s+(?:alcun|nessun)\\s+ordine`, `annullare\\s+la\\s+fattura`,
  // nl: "de voorrijkosten … toch apart gefactureerd", "wij hebben hier nooit opdracht voor gegeven?? Graag deze factuur intrekken"
  `apart\\s+gefactureerd`, `nooit\\s+(?:een\\s+)?opdracht`, `factuur\\s+intrekken`,
  `nao\\s+concordamos`, `nao\\s+podemos\\s+(?:avancar\\s+com\\s+o\\s+pagamento|pagar\\s+(?:a\\s+fatura|esta\\s+fatura))`, `no\\s+quadra`, `(?:no|nao)\\s+(?:la\\s+|el\\s+|les\\s+|a\\s+|o\\s+)?(?:podem|podemos|puc)\\s+pagar\\s+(?:fins\\s+que|ate\\s+(?:que|recebermos))`, `discordamos`, `(?:valor|montante|fatura)\\s+${W(2)}(?:errad|incorret)[oa]`, `danificad[oa]s?`, `nota\\s+de\\s+credito`, `nao\\s+(?:vamos|iremos)\\s+pagar`, `contestamos`,
  // pl, sv, da, no
`(?:ha\\s+estat\\s+|esta\\s+)rebutjad[ae]`, `no\\s+porta\\s+(?:el\\s+)?(?:numero\\s+de\\s+comanda|la\\s+comanda)`, `cal\\s+tornar-la\\s+a\\s+emetre`,   `odrzuc\\w*`, `nie\\s+zgadzamy\\s+sie`, `kwestionujemy`, `(?:pozostale|pozostala|reszta|roznica)\\s+${IN_SENTENCE(3)}(?:-\\s+)?(?:sporn[aey]|kwestionowan[aey])(?![a-z])`, `prosimy\\s+o\\s+(?:anulowanie|korekte|wystawienie\\s+korekty)`, `(?:er|ar)\\s+(?:ikke|inte)\\s+enig[ae]?`, `nie\\s+(?:mozemy|moge|mozna)\\s+(?:zaakceptowac|przyjac|zatwierdzic|zaplacic|oplacic)`, `brak\\s+(?:naszego\\s+)?numeru\\s+(?:zamowienia|zlecenia)`, `prosimy\\s+o\\s+(?:wystawienie\\s+)?(?:korekt\\w*|nowej|faktury\\s+korygujacej)`, `nie\\s+zgadza\\s+sie`, `sie\\s+nie\\s+zgadza`, `reklamacj\\w+`, `(?:faktur\\w*\\s+)?korygujac\\w+`, `nie\\s+(?:zaplacimy|zaplace|uregulujemy)`, `uszkodzon\\w+`, `nie\\s+(?:dotarl|dotarla|dotarlo|otrzymalismy\\s+(?:towaru|zamowienia))`,
  // sl, hr, sr: "osporavamo račun", "računa … ne moremo sprejeti … Plačilo zadržujemo", "Ne možemo platiti dok se to ne riješi",
  // "zaračunali ste 5 dana montaže, a … 3 dana. Molimo ispravak."
  `(?<![a-z])osporav\\w*`, `ne\\s+(?:moremo|mozemo|morem|mogu|mogu)\\s+(?:sprejeti|prihvatiti|prihvatit|odobriti|platiti|placati|poravnati|izmiriti)`, `(?:placilo|placanje|uplatu|isplatu)\\s+(?:zadrzujemo|zadrzavamo|zadrzali)`, `(?:zadrzujemo|zadrzavamo)\\s+(?:placilo|placanje|uplatu|isplatu)`,
  `(?:molimo|prosimo|molim|prosim)\\s+(?:vas\\s+)?(?:za\\s+)?(?:ispravak|ispravku|ispravljen\\w*|popravek|popravljen\\w*|storno|knjizno\\s+odobrenje|dobropis|novi\\s+racun)`, `ne\\s+(?:slazemo|strinjamo)\\s+se`, `(?:pogresn|napacn|neispravn)\\w*\\s+(?:iznos|cijen|cen|kolicin|racun|obracun)\\w*`, `(?:ostecen|poskodovan)\\w*`,
  `(?:stammer|stemmer|passer)\\s+(?:inte|ikke)`, `reklamation\\w*`, `kreditfaktura`, `kreditnota`, `(?:skadad|skadade|beskadiget|odelagt)`, `(?:betalar|betaler)\\s+(?:inte|ikke)`,
  `(?:kan|vil)\\s+(?:vi\\s+)?(?:inte|ikke|ikkje)\\s+betala?`, `(?:kan|vil)\\s+(?:vi\\s+)?(?:inte|ikke|ikkje)\\s+godkend?\\w*`, `svarer\\s+ikke\\s+til`, `motsvarar\\s+inte`, `(?:korrigeret|korrigerad|korrigert)\\s+faktura`, `bestrid\\w*`, `saknas`, `mangler`, `(?:ikke|inte)\\s+(?:leveret|levererad|levererat|levert|modtaget|mottagen)`,
  // en "We've been billed twice"; el "δεν συμφωνεί με την προσφορά … Δεν μπορούμε να το πληρώσουμε μέχρι να διορθωθεί"; tr "Faturadaki tutar yanlış"
  `billed\\s+twice`, `charged\\s+twice`, `double[\\s-]billed`, `duplicates?\\s+(?:invoice\\s+)?(?:[a-z]{0,4}[-/]?\\d)`, `δεν\\s+(?:συμφωνει|ειναι\\s+σωστ)`, `δεν\\s+μπορουμε\\s+να\\s+(?:το\\s+|την\\s+)?(?:πληρωσουμε|εξοφλησουμε)`,
  `(?:tutar|fiyat|miktar|tutari)\\s+(?:\\S+\\s+)?(?:yanlis|hatali)`, `duzeltilmis\\s+(?:bir\\s+)?fatura`, `anlastigimiz\\s+(?:fiyat|tutar)\\s+${W(2)}degil`,
  // "Le devis signé indiquait 42€ par personne pour le menu, pas 48€ ! … en l'état on ne règle pas cette facture"
  `(?:le\\s+)?devis\\s+(?:signe\\s+)?(?:indiquait|prevoyait|mentionnait|disait|annoncait)\\s+${W(3)}\\d`, `(?:on|nous|je|commune|mairie|ville|collectivite|societe|entreprise|association|direction)\\s+ne\\s+(?:la\\s+|le\\s+)?(?:regle|reglons|paie|payons|paye|paierons|reglerons|reglera|paiera|mandate|mandatons|mandatera|mandaterons|liquidera|liquiderons)\\s+pas\\s+(?:cette|la|votre|ta)\\s+facture`,
  // en, fr: a charge refused: "We do not accept pilotage inward/outward USD 4,870 … Pls revise", « Nous n'acceptons pas les frais de … »
  // (not a way of sending refused: "we do not accept invoices by e-mail")
  `(?:we|i)\\s+(?:do\\s+not|don't|cannot|can't|will\\s+not|won't)\\s+accept\\s+(?!(?:(?:the|this|your|any)\\s+)?(?:invoices?|bills?|payments?|cheques?|checks?|cards?|e-?mails?|pdfs?|paper)(?![a-z]))`, `(?:pls|please|kindly)\\s+revise(?![a-z])`,
  `(?:nous\\s+n'acceptons|je\\s+n'accepte|on\\s+n'accepte)\\s+pas\\s+(?!(?:les\\s+)?(?:factures?|paiements?|cheques?|cartes?)\\s+(?:par|au|en|papier)(?![a-z]))`,
  // de: "Eine Stornogebühr akzeptieren wir nicht."
  `(?:akzeptieren|anerkennen|ubernehmen)\\s+wir\\s+(?:so\\s+)?nicht(?![a-z])`, `wir\\s+(?:akzeptieren|anerkennen)\\s+${W(3)}nicht(?![a-z])`,
]);

/** Words of an invoice error that only count when nothing else was said (paid and promise win over them). */
/** After a word of error, words that make it the writer's own: « errore nostro », « de notre part », "on our side", « unsererseits ». */
const NOT_OURS = `(?!\\s+(?:nostr[oa]|mio|mia|de\\s+notre\\s+part|de\\s+ma\\s+part|de\\s+nuestra\\s+parte|nuestr[oa]|on\\s+our\\s+(?:side|part|end)|on\\s+my\\s+(?:side|part|end)|unsererseits|meinerseits|von\\s+uns|van\\s+ons))`;
export const DISPUTE_WEAK = cueRegex([
  // never the courtesy "sauf erreur de notre part" / "salvo error u omisión" / "Irrtum vorbehalten"
  // nor the client's own: « errore nostro », "our mistake", « erreur de notre part », "Fehler unsererseits" (held-out DKV)
  `(?<!(?:sauf|notre|mon)\\s)(?<!(?:rejetee?s?|refusee?s?|retournee?s?|renvoyee?s?)\\s+par\\s)erreur${NOT_OURS}`, `errone\\w*`, `(?<!(?:salvo|our|my)\\s)error(?:e)?${NOT_OURS}`, `il\\s+manque`, `(?<!(?:our|my)\\s)mistake${NOT_OURS}`, `wrong`, `incorrect`, `(?<!(?:unser|mein)\\s)fehler${NOT_OURS}`, `falsch`, `sbagliat\\w`, `fout`,
  `(?:trop|too|zu|demasiado|troppo|te)\\s+(?:eleve|elevee|cher|chere|high|expensive|hoch|alto|alta|caro|cara|hoog|duur)`,
  // a problem with the invoice, said and not asked: "we have an issue with this invoice: the rate charged…"
  `(?:issue|problem|discrepancy|query)\\s+with\\s+(?:(?:this|the|your|that|our)\\s+)?(?:invoice|bill|amount|charges?|delivery|order|shipment|goods)`, `(?:probleme|souci)\\s+(?:sur|avec|concernant)\\s+(?:cette|la|votre)\\s+facture`,
  `problem\\s+mit\\s+(?:der|ihrer|dieser)\\s+rechnung`, `problema\\s+con\\s+(?:la|esta|su|questa)\\s+(?:factura|fattura)`, `probleem\\s+met\\s+(?:de|deze|uw)\\s+factuur`,
]);

/** Requests: bank details, a duplicate, a PO number, a question mark. */
export const QUESTION = cueRegex([
  `rib`, `iban`, `bic`, `coordonnees\\s+bancaires`, `bank\\s+(?:details|account)`, `bankverbindung`, `kontodaten`, `datos\\s+bancarios`, `coordinate\\s+bancarie`, `bankgegevens`,
  `bon\\s+de\\s+commande`, `purchase\\s+order`, `po\\s+(?:number|no)`, `numero\\s+de\\s+commande`, `bestellnummer`, `numero\\s+de\\s+pedido`, `numero\\s+d'ordine`,
  `duplicata`, `(?:copie|copy|kopie|copia)\\s+(?:de\\s+la\\s+|of\\s+the\\s+|der\\s+|de\\s+la\\s+|della\\s+|van\\s+de\\s+)?(?:facture|invoice|rechnung|factura|fattura|factuur)`,
  `(?:renvoyer|resend|re-send|send\\s+again|erneut\\s+senden|nochmals\\s+senden|reenviar|rinviare|reinviare|opnieuw\\s+sturen)`,
  `pourriez-vous`, `pouvez-vous`, `pourrais-je`, `could\\s+you`, `can\\s+you`, `would\\s+you`, `konnten\\s+sie`, `konnen\\s+sie`, `podria`, `podrian`, `nos\\s+puede`, `potreste`, `potrebbe`, `kunt\\s+u`, `zou\\s+u`,
]);

/** Acknowledgements: received, passed on to accounts. */
export const ACK = cueRegex([
  `(?<![а-я])(?:получено|получихме|благодаря|благодарим)(?![а-я])`, `am\\s+primit`, `multumim`, `multumesc`,
  `(?:faturayi\\s+)?aldik`, `tesekkur\\w*`, `muhasebeye\\s+ilettim`,
  `(?<![α-ω])(?:το\\s+)?(?:λαβαμε|ελαβα|παραλαβαμε)(?![α-ω])`, `(?<![α-ω])ευχαριστ[α-ω]*`,
  `bien\\s+recue?s?`, `recue?,?\\s+merci`, `received`, `noted`, `bien\\s+note`, `je\\s+transmets`, `transmis\\w*`, `transmettons`, `passing\\s+(?:this|it)\\s+on`, `forwarded`,
  `erhalten`, `weitergeleitet`, `recibid[oa]`, `ricevut[oa]`, `inoltrat[oa]`, `ontvangen`, `doorgestuurd`, `merci`, `thanks`, `thank\\s+you`, `danke`, `gracias`, `grazie`, `bedankt`,
]);

/** Negations that, before a cue in its clause, turn it around. */
// Neither reads a word inside an invoice number or its label ("IF-2026-28", "SI/26/04", "No. 118", "NE-FA-26-1189"):
// a word followed by a digit, or by a separator and a digit or a letter, is not one.
// (Hindi's « ne » after a subject, in a cue's text "ne payment kar diya", is no French negation; nor « pas de souci », "no problem", "kein Problem".)
export const NEGATION = /(?<![a-z\d_/-])(?:ne(?!\s+(?:payment|transfer|paise|paisa|amount)\s)|n'\w*|pas(?!\s+de\s+(?:souci|soucis|probleme|problemes|sushi)(?![a-z]))|jamais|not|never|no(?!\s+(?:problem|problems|prob|worries|worry|montante|valor|prazo|dia|mes|fim|final|inicio|seguimento|ambito|entanto|nosso|vosso|sistema)(?![a-z]))(?!\.\s?#?[a-z]*(?:[-_/.][a-z]*){0,3}\d)|non|nao|nicht|kein(?!\s+problem)\w*|niet|geen|nooit|nunca|nie|inte|ikke|ikkje|nod|nid)(?![a-z]|[-_/.:]?\s?\d|[-_/.][a-z])|n't(?![a-z])|(?<![a-z])degil(?![a-z])|(?<![а-я])(?:не|няма)(?![а-я])|(?<![α-ω])(?:δεν|μην?|ουτε)(?![α-ω])/;
/** Conditions: "if you have already paid", "si le paiement a été effectué", "falls bereits bezahlt". */
export const CONDITION = /(?<![a-z\d_/-])(?:si|s'il|if|whether|falls|wenn|sofern|ob|qualora|nel\s+caso|(?<!(?<![a-z])(?:ho|abbiamo|ha|hanno|e|sono|siamo)\s)(?:non\s+)?appena|in\s+case|au\s+cas\s+ou|en\s+caso\s+de|indien|mocht|without\s+(?:it|this|that|them|one)|otherwise)(?![a-z]|[-_/.:]?\s?\d)/;
/** Future and modal auxiliaries that make a participle a plan, not a fact. */
export const FUTURE = /(?<![a-z\d_/-])(?:will|shall|going\s+to|should|would(?!\s+like\s+to\s+(?:inform|let|advise|confirm|notify|tell))|sera|seront|serons|serai|va|vont|allons|vais|devrait|devraient|doit|wird|werden|werde|soll|sollte|sara|saranno|verra|verranno|zal|zullen|(?<!inmiddels\s)wordt|(?<!inmiddels\s)worden)(?![a-z]|[-_/.]?\d)|'ll(?![a-z])|(?<![a-z])be\s+$|(?<![α-ω])θα(?![α-ω])|(?<![а-я])ще(?![а-я])/;
/** A payment of a part only (deposit, instalment, half) does not settle the invoice (« cette 2e échéance » is the instalment billed: the invoice itself). */
export const PARTIAL = /(?<![a-z])(?:acompte|(?<!(?:cette|this)\s)(?:1er|premier|2e|2eme|deuxieme|second|3e|3eme|troisieme)\s+(?:cheque|versement|virement|paiement|reglement|echeance)|(?:une|en|la\s+premiere|premiere|une\s+premiere)\s+partie|partiel\w*|premier\s+versement|part\s+of|on\s+account(?!\s+of)|partial\w*|deposit|instal?ment|anzahlung|teil\w*|anticipo|parcial\w*|acconto|parziale|aanbetaling|gedeeltelijk|(?:een|het|eerste)\s+deel|half|moitie|halfte|mitad|meta|helft|first\s+(?:half|part|tranche)|premiere\s+(?:moitie|tranche)|erste\s+(?:halfte|rate)|primera\s+(?:mitad|parte)|prima\s+(?:meta|rata))(?![a-z])/;
/** The rest of an amount: with a payment well below the amount due, the reply says it paid a part. */
export const REMAINDER = /(?<![a-z])(?:remaining|remainder|the\s+other\s+(?:half|part|[$£€]?\s?\d)|outstanding\s+balance|balance\s+(?:will|to\s+follow|due|of)|solde|reste|restant\w*|rest(?:betrag|zahlung|summe|liche[nrs]?)?|restante|resto|saldo|rimanente|resterend\w*|restbedrag|reszt[aey]|pozostal\w*|zbytek|zbytku|restul|ostatak|ostatek)(?![a-z])/;
/** Deposit words: in a reply about a deposit invoice they name the invoice itself, not a part of it. */
export const DEPOSIT = /(?<![a-z])(?:acompte|deposit|anzahlung|abschlag\w*|anticipo|acconto|aanbetaling|voorschot)(?![a-z])/;

const UNTIL = `(?:until|till|once|after|when|as\\s+soon\\s+as|pending|apres|avant|quand|lorsque|une\\s+fois|des\\s+(?:que|qu'|reception)|jusqu'a\\s+ce\\s+qu(?:e|'[a-z]+)|tant\\s+qu(?:e|'[a-z]+)|nach|sobald|bis|erst\\s+wenn|wenn|hasta\\s+que|una\\s+vez|cuando|tras|despues\\s+de|fino\\s+a\\s+(?:che|quando)|finche|una\\s+volta|dopo|quando|totdat|zodra|pas\\s+(?:als|wanneer|nadat|na))`;
/** Words of a problem settled, in each language: they say what the payment waits for. */
const RESOLUTION = [
  'resolv\\w*', 'resolution', 'fixed', 'sorted(?:\\s+out)?', 'clarif\\w+', 'clear(?:ed)?\\s+up', 'rectif\\w+', 'corrected', 'correction', 'credit\\s+note', 'replacement\\w*', 'replaced', 'repair\\w*', 'remed\\w+', 'missing\\s+\\w+',
  // the work finished: "pas avant le raccordement", "until commissioning", "bis zur Inbetriebnahme"
  'raccordement', 'mise\\s+en\\s+(?:service|route)', 'commissioning', 'commissioned', 'inbetriebnahme', 'puesta\\s+en\\s+(?:marcha|servicio)', 'messa\\s+in\\s+(?:servizio|funzione)', 'ingebruikname', 'oplevering',
  'regularisation', 'resolue?s?', 'corrigee?s?', 'corrige', 'repare', 'fonctionne\\w*', 'remis\\s+en\\s+(?:service|marche|ligne)', 'remplacee?s?', 'reparee?s?', 'manquant\\w*', 'reserves?\\s+levees?', 'livraison\\s+complete', `(?:l'|un\\s+|d'un\\s+|votre\\s+|cet\\s+)avoir`,
  'klarung', 'geklart', 'abnahme', 'abgenommen', 'behoben', 'behebung', 'mangel\\w*', 'gutschrift', 'korrektur', 'korrigiert\\w*', 'berichtig\\w+', 'nachliefer\\w+', 'nachgeliefert', 'ersatz\\w*', 'reparatur', 'reklamation',
  'resuelv\\w+', 'resuelto', 'solucion\\w*', 'aclar\\w+', 'rectificad[oa]', 'rectificacion', 'abono', 'corregid[oa]', 'incidencia', 'sustitu\\w+',
  'risolt[oa]', 'risoluzione', 'chiarit[oa]', 'chiarimento', 'nota\\s+di\\s+credito', 'corrett[oa]', 'rettific\\w+', 'sostitu\\w+', 'riparat\\w+',
  'opgelost', 'opheldering', 'creditnota', 'gecorrigeerd\\w*', 'vervang\\w*', 'hersteld', 'rechtgezet', 'geleverd',
  // a problem named with its determiner ("the issue", "le problème", "das Problem"), never the verb "issue"
  `(?:the|this|that|these|those|any|all|our|your|le|la|les|ce|cet|cette|ces|du|das|die|der|dem|den|diese[mnrs]?|el|los|las|il|lo|gli|het|dit|deze)\\s+(?:\\S+\\s+)?(?:issues?|problems?|discrepanc(?:y|ies)|defects?|dispute|complaint|probleme?s?|litige|ecarts?|problem(?:e|en)?|mangel|problemas?|problemi|discrepanza|probleem|problemen)`,
].join('|');
/**
 * Payment held until a problem is settled ("after clarification", "une fois le problème réglé", "dès réception de
 * l'avoir", "sobald die Mängel behoben sind", "hasta que se resuelva"): a dispute, not a promise.
 */
export const UNTIL_RESOLVED = new RegExp(
  // (not the client's own sign-off, with its day: « am 18.12.2026 begleichen, sobald die Abnahme intern freigegeben ist »)
  `(?<![a-z])${UNTIL}\\s+(?:\\S+\\s+){0,5}?(?:${RESOLUTION})(?![a-z])(?!\\s+(?:intern|internally|en\\s+interne)(?![a-z]))` +
    // "We will pay this invoice after we receive the goods" (not "after we receive our client's payment")
    `|(?<![a-z])(?:after|once|when|until|till|as\\s+soon\\s+as)\\s+(?:we|i)\\s+(?:have\\s+)?(?:receive[ds]?|get|got|have)\\s+(?:the|all\\s+the|our|your)\\s+(?!(?:\\S+\\s+)?(?:payment|money|funds|transfer|invoice|credit|po|purchase|approval|budget|grant|subsidy|statement|document|copy|details|form|certificate|receipt|confirmation|signature|rib|iban|bank|w-?9|tax|remittance|reply|answer|email|e-mail|letter)s?(?![a-z]))` +
    // ru, uk: "Оплачу після виправлення", "оплатим после исправления"
    `|(?<![а-яіїє])(?:після|после)\\s+(?:виправлення|исправления|коригування|корректировки)(?![а-яіїє])`,
);

/**
 * Payment upon delivery of what is missing: "Nous réglerons la facture à la livraison, pas avant", "after delivery" (a hold, unless
 * the sentence names the day of the payment: see classify-reply's untilResolved).
 */
export const UNTIL_DELIVERED =
  /(?<![a-z])(?:(?:a|des|apres)\s+(?:la\s+)?(?:livraison|levee\s+des\s+reserves|reception\s+des\s+travaux)|(?:on|upon|after)\s+delivery|nach\s+(?:der\s+)?lieferung|(?:a|tras)\s+la\s+entrega|(?:alla|dopo\s+la)\s+consegna)(?![a-z])/;

/**
 * Prerequisites before a payment ("before we can pay, …", "avant de pouvoir régler", "bevor wir zahlen können",
 * "para poder pagar", "prima di poter pagare"): the client asks for something; it promises nothing.
 */
export const PREREQUISITE = new RegExp(
  [
    `(?:before|until)\\s+(?:we|i)\\s+(?:can|could|are\\s+able\\s+to|am\\s+able\\s+to|will\\s+be\\s+able\\s+to)`, `in\\s+order\\s+(?:for\\s+us\\s+)?to`, `to\\s+be\\s+able\\s+to`,
    `avant\\s+(?:de\\s+pouvoir|que\\s+nous\\s+(?:ne\\s+)?puissions|que\\s+je\\s+(?:ne\\s+)?puisse)`, `pour\\s+(?:pouvoir|que\\s+nous\\s+puissions)`, `afin\\s+de\\s+pouvoir`,
    `bevor\\s+(?:wir|ich)\\s+(?:\\S+\\s+){0,5}?(?:konnen|kann|durfen)`, `um\\s+(?:\\S+\\s+){0,5}?zu\\s+konnen`,
    `(?:antes\\s+de|para)\\s+poder`, `para\\s+que\\s+podamos`, `(?:prima\\s+di|per)\\s+poter`, `voordat\\s+(?:we|wij|ik)\\s+(?:\\S+\\s+){0,4}?kunnen`, `om\\s+(?:\\S+\\s+){0,4}?te\\s+kunnen`,
  ]
    .map((s) => `(?<![a-z])${s}(?![a-z])`)
    .join('|'),
);
