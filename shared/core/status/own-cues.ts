import { cueRegex } from './cues';

/**
 * What the company (or its invoicing tool) writes after an invoice, in fr, en, de, es, it and nl, as regex
 * sources over folded text: chasing the payment, answering a request (bank details, a duplicate, a PO
 * number, a dispute), or thanking for a payment.
 */

/** "Please disregard our reminder": a chase word that takes a chase back. */
export const DISREGARD = /(?<![a-z])(?:disregard|ignore|ignorer|ignorez|suspend\w*(?!\s+(?:tes|vos|ses|leurs?|les|la|le)\s+(?!relance|rappel)[a-z])|stopp\w*|arretons|pause\w*|ne\s+(?:pas\s+)?tenir\s+compte|ne\s+tenez\s+pas\s+compte|sans\s+objet|gegenstandslos|ignorieren|caso\s+omiso|ignorar|ignorare|non\s+tenere\s+conto|negeren)(?![a-z])/;

/** After « je reviens vers vous pour la facture »: when I shall, not that I do (« … une fois le rapport complété », or nothing more: « Je reviens vers vous pour la facture. »). */
const NOT_A_LATER_RETURN = "(?!\\s+(?:une\\s+fois|quand|lorsque|des\\s+que|apres|d'ici|demain|rapidement|tres\\s+vite|prochainement|bientot|la\\s+semaine\\s+prochaine)(?![a-z]))(?!\\s*[.!](?:\\s|$))";

/** Chasing words: the invoice is unpaid, overdue, and the client is asked when or to pay. */
export const CHASE = cueRegex([
  // "I'm afraid we still haven't received the £3,480.00 for invoice …", "We have not received the JPY 642,000", "settle it without further delay"
  `(?:haven't|have\\s+not|hasn't|has\\s+not)\\s+(?:yet\\s+)?received\\s+(?:the\\s+|your\\s+)?(?:[£$€¥]|eur|gbp|usd|chf|jpy|cad|aud|nok|sek|dkk)\\s?\\d`, `settle\\s+(?:it|this|the\\s+invoice|the\\s+balance|the\\s+amount)\\s+without\\s+(?:any\\s+)?(?:further\\s+)?delay`,
  // « Je crois que la facture de septembre (216 €) nous a échappé à toutes les deux, tu peux jeter un œil ? »
  `(?:facture|reglement|paiement|virement|echeance)[^.!?\\n]{0,40}?(?:nous|vous|t'|te|lui)\\s*(?:a|ont|aurait|auraient|est|serait)\\s+(?:peut-etre\\s+|sans\\s+doute\\s+)?(?:echappe|passee?\\s+a\\s+la\\s+trappe|passee?\\s+entre\\s+les\\s+mailles)`,
  // « Je reviens vers vous une troisième fois concernant la facture … pour convenir d'une date de règlement ? »
  `(?:je|nous)\\s+(?:reviens|revenons)\\s+vers\\s+(?:vous|toi)\\s+(?:une\\s+(?:\\S+\\s+)?fois|a\\s+nouveau|de\\s+nouveau|encore)`,
  // a payment plan not kept: « je n'ai reçu aucun des deux versements. Les 2 480,00 € sont donc toujours dus. Merci de me faire un virement au plus vite. »
  `(?:n'ai|n'avons)\\s+(?:encore\\s+|toujours\\s+)?recu\\s+aucune?\\s+(?:des\\s+(?:\\S+\\s+)?)?(?:versements?|virements?|paiements?|reglements?|cheques?|echeances?)(?![a-z])`,
  `(?:est|sont|reste|restent)\\s+(?:donc\\s+)?toujours\\s+(?:du|dus|due|dues)(?![a-z])`,
  `merci\\s+de\\s+(?:me|nous)\\s+faire\\s+(?:un|le|ce)\\s+(?:virement|paiement|reglement|cheque)\\s+(?:au\\s+plus\\s+vite|rapidement|sans\\s+tarder|des\\s+que\\s+possible)(?![a-z])`,
  // « Je reviens encore vers toi pour les 950 € de la facture … », « J'ai besoin que ce soit réglé rapidement »
  `(?:je|nous)\\s+(?:reviens|revenons)\\s+(?:encore|a\\s+nouveau|de\\s+nouveau)\\s+vers\\s+(?:vous|toi)(?![a-z])`,
  `(?:besoin|souhaite|souhaitons|souhaiterais|aimerais|voudrais)\\s+que\\s+(?:ce|ca|cela|la\\s+facture|le\\s+solde)\\s+soit\\s+(?:regle|reglee|paye|payee|solde|soldee|vire)\\s+(?:rapidement|au\\s+plus\\s+vite|vite|sous|avant|d'ici|cette\\s+semaine|sans\\s+tarder)(?![a-z])`,
  // « Je reviens vers toi pour l'acompte de 900 € (facture CG-2026-140) : je ne l'ai pas encore reçu »
  // (not the future: « Je reviens vers vous pour la facture une fois le rapport complété »)
  `(?:je|nous)\\s+(?:reviens|revenons)\\s+vers\\s+(?:vous|toi)\\s+(?:pour|concernant|au\\s+sujet\\s+de|a\\s+propos\\s+de)\\s+(?:l'acompte|le\\s+solde|la\\s+facture|le\\s+reglement|le\\s+paiement|votre\\s+reglement|ton\\s+reglement|le\\s+virement|la\\s+(?:\\d{1,2}(?:e|eme|ere)\\s+|derniere\\s+|premiere\\s+)?echeance)(?![a-z])${NOT_A_LATER_RETURN}`, `(?:etait|etaient)\\s+(?:a\\s+regler|a\\s+payer|payables?|dues?|attendue?s?)\\s+(?:pour\\s+|au\\s+|le\\s+|avant\\s+(?:le\\s+)?|fin\\s+|debut\\s+|depuis\\s+)`, `(?:ne\\s+l'ai|ne\\s+l'avons|ne\\s+les\\s+ai|ne\\s+les\\s+avons)\\s+(?:toujours\\s+)?pas\\s+(?:encore\\s+)?(?:recue?s?|vue?s?\\s+passer)(?![a-z])`, `convenir\\s+d'une\\s+date\\s+de\\s+(?:reglement|paiement)`,
  // the day it was awaited, past: « Le solde de 5 200 € (TG-2026-041) était attendu pour le 29/11. Tu peux regarder ça ? »
  `(?:etait|etaient)\\s+(?:attendue?s?|prevue?s?|due?s?|a\\s+regler|payable)\\s+(?:pour\\s+|au\\s+plus\\s+tard\\s+)?(?:le|au)\\s+\\d`,
  // a bill of exchange not returned accepted, or not honoured: « La LCR de la facture CL-2026-0418 ne nous est pas revenue acceptée et
  // l'échéance est passée », « Les LCR des factures … n'ont pas été honorées au 30/11 », « … ne nous a pas été acceptée par votre banque »
  `(?:lcr|traites?|effets?|bills?\\s+of\\s+exchange)\\s+${'(?:[^\\s.!?]+\\s+){0,12}?'}(?:ne\\s+nous\\s+(?:est|a)\\s+(?:toujours\\s+)?pas\\s+(?:ete\\s+)?(?:revenue?|retournee?|renvoyee?)\\s+(?:acceptee?|signee?)|ne\\s+nous\\s+(?:a|ont)\\s+pas\\s+ete\\s+(?:acceptee?s?|honoree?s?|payee?s?)|(?:n'a|n'ont|n'est|ne\\s+sont)\\s+pas\\s+(?:ete\\s+)?(?:honoree?s?|acceptee?s?|payee?s?))(?![a-z])`,
  // es, pt, it, en, de: "con 24 días de retraso", "com 18 dias de atraso", "Le escribo de nuevo por la factura", "Volto a contactar a
  // propósito da fatura", "Les rogamos procedan al pago", "Agradecemos o pagamento com a maior brevidade"
  `\\d+\\s+(?:dias|días|giorni|days|tage[n]?)\\s+(?:de\\s+|di\\s+)?(?:retraso|atraso|ritardo|late|overdue|verspatung|verzug)`, `(?:le|les|os|vos)?\\s*(?:escribo|escribimos|contacto|contactamos)\\s+de\\s+nuevo`, `(?:volto|voltamos|torno|torniamo)\\s+a\\s+(?:contactar|contatta\\w*|scriver\\w*|escrever)`,
  `(?:rogamos|ruego|le\\s+rogamos|les\\s+rogamos)\\s+(?:procedan?|efectuen?|realicen?)\\s+(?:al|el|con\\s+el)\\s+pago`, `agradecemos\\s+(?:o|que\\s+efetuem\\s+o)\\s+pagamento`, `(?:nao|ainda\\s+nao)\\s+(?:recebemos|recebi)\\s+(?:ainda\\s+)?(?:o|a|qualquer|nenhum)\\s+(?:pagamento|transferencia)`, `(?:esta|estao|encontra-se)\\s+(?:vencida|vencidas|em\\s+atraso)\\s+desde`,
  // ja, ko, zh: "お支払期限の2026年5月29日を過ぎておりますが、まだご入金が確認できておりません", "지급기한이 지났으나 아직 입금이
  // 확인되지 않았습니다", "아직 미결제 상태입니다", "发票已逾期，我们仍未收到付款"
  `(?:支払|振込|入金)期[限日][^。\\n]{0,30}?(?:過ぎ|経過|超過)`, `(?:ご?入金|お?支払い?|お?振込み?)[^。\\n]{0,12}?確認が?(?:でき|が取れ|いたしかね)て?(?:おりません|いません|ない)`, `未(?:入金|払い?|納)`, `督促`,
  `(?:지급|납부|결제|입금)\\s?(?:기한|기일)[^.\\n]{0,30}?(?:지났|경과|초과)`, `입금이?\\s?확인되지\\s?않`, `미(?:결제|납|입금|지급)`, `연체`, `다시\\s?연락\\s?드립니다`,
  `逾期`, `(?:尚未|仍未|还未|還未)(?:收到|付款|支付|结清)`, `催款`,
  // bg: "Позволявам си да напомня, че фактура № … все още не е платена", "Отново Ви пиша за фактура"
  `(?<![а-я])напомн[а-я]*`, `(?<![а-я])(?:все\\s+още\\s+)?не\\s+е\\s+(?:платена|платен|преведена|получено\\s+плащане)(?![а-я])`, `(?<![а-я])отново\\s+(?:ви|Ви)\\s+пиша(?![а-я])`, `(?<![а-я])просроч[а-я]*`, `(?<![а-я])неплатен[а-я]*`,
  // ro: "Vă reamintim că factura … nu a fost încă achitată", "Revin cu privire la factura …"
  `(?:va\\s+)?reamint\\w*`, `nu\\s+(?:a|au)\\s+fost\\s+(?:inca\\s+)?(?:achitat|platit)[aei]?`, `(?:revin|revenim)\\s+cu\\s+privire\\s+la\\s+factura`, `(?:inca\\s+)?neachitat\\w*`, `a\\s+depasit\\s+scadenta`, `nu\\s+am\\s+primit\\s+(?:inca\\s+)?plata`, `va\\s+rugam\\s+sa\\s+(?:efectuati|achitati|faceti)\\s+plata`, `(?:restanta|restantei|restantele|restantelor|(?:sunt|este|aveti|inregistrati|figureaza)\\s+(?:in\\s+)?restant[ae])(?![a-z])`, `scadenta\\s+depasita`,
  // ro: "revin cu rugămintea de a achita factura …"; et: "Arve … on endiselt tasumata", "Meeldetuletus"
  `(?:rugamintea|va\\s+rugam|va\\s+rog)\\s+(?:sa|de\\s+a)\\s+(?:achitati|platiti|achita|plati)`, `(?<![a-z])(?:endiselt|ikka\\s+veel|siiani|veel)\\s+(?:tasumata|maksmata)`, `meeldetuletus\\w*`,
  // he: "תזכורת: חשבונית … טרם שולמה"; ar: "نذكركم بأن الفاتورة … لم تسدد بعد", "تذكير"
  `(?<![\u05d0-\u05ea])(?:תזכורת|טרם\\s+(?:שולמה|שולם|שולמו|נפרעה|הוסדרה))`, `(?<![\u0621-\u064a])(?:نذكركم|تذكير|(?:لم|لا)\\s+(?:يتم\\s+)?(?:تسدد|يسدد|تسديد|تدفع|يدفع|سداد)\\S*\\s+بعد)`,
  // tr: "Hatırlatma", "faturanın vadesi … tarihinde doldu", "hâlâ ödenmedi", "ödenmemiştir", "son uyarı", "ihtarname"
  `hatirlatma\\w*`, `vadesi\\s+(?:\\S+\\s+){0,5}?(?:doldu|gecti|gecmistir)`, `(?:hala\\s+)?(?:odenmedi|odenmemistir|odenmemis)`, `son\\s+uyari`, `ihtarname`, `gecikmis\\s+odeme`,
  // ru, uk: "Напоминаем, что счёт … до сих пор не оплачен", "Нагадуємо, що рахунок … досі не сплачено"
  `(?<![а-яіїєґ])(?:напомина|нагаду)[а-яіїєґ]*`, `(?<![а-яіїєґ])(?:до\\s+сих\\s+пор|(?:все|всё)\\s+(?:еще|ещё)|еще|ещё|досі|все\\s+ще|ще)\\s+не\\s+(?:оплачен|сплачен)[а-яіїєґ]*`, `(?<![а-яіїєґ])(?:просроч|простроч)[а-яіїєґ]*`,
  // el: "Σας υπενθυμίζουμε ότι το τιμολόγιο … παραμένει ανεξόφλητο", "Επανερχόμαστε για το τιμολόγιο", "δεν έχει εξοφληθεί", "η πληρωμή … εκκρεμεί ακόμη"
  `(?<![α-ω])εκκρεμει\\s+(?:ακομη|ακομα)`, `(?<![α-ω])υπενθυμ[α-ω]*`, `(?<![α-ω])ανεξοφλητ[α-ω]*`, `(?<![α-ω])ληξιπροθεσμ[α-ω]*`, `(?<![α-ω])επανερχομαστε`, `(?<![α-ω])δεν\\s+(?:εχει|εχουν)\\s+(?:ακομα\\s+|ακομη\\s+)?(?:εξοφληθει|πληρωθει)`, `(?<![α-ω])δεν\\s+εχουμε\\s+(?:ακομα\\s+|ακομη\\s+)?(?:λαβει|δει)\\s+(?:την\\s+|το\\s+)?(?:πληρωμη|εμβασμα|καταθεση|εξοφληση)`,
  // a billing platform's dunning on the company's behalf: "Payment failed for invoice CB-10446", "We were unable to charge your card"
  `payment\\s+failed`, `(?:unable|failed)\\s+to\\s+(?:charge|collect|process\\s+payment)`, `update\\s+your\\s+(?:payment\\s+method|card)`, `(?:paiement|prelevement)\\s+(?:a\\s+)?echoue`, `(?:echec|refus)\\s+(?:du|de\\s+votre)\\s+(?:paiement|prelevement)`, `zahlung\\s+fehlgeschlagen`,
  // "die Belastung Ihrer Karte für Rechnung PLF-1422 … ist fehlgeschlagen", "Nous n'avons pas pu débiter votre carte", "no hemos podido cobrar"
  `(?:belastung|abbuchung|zahlung|lastschrift)\\s+(?:\\S+\\s+){0,8}?(?:ist\\s+)?fehlgeschlagen`, `n'avons\\s+pas\\s+pu\\s+(?:debiter|prelever|encaisser)`, `no\\s+(?:hemos\\s+)?podido\\s+(?:cobrar|cargar|realizar\\s+el\\s+cargo)`, `(?:pago|cobro|cargo)\\s+(?:\\S+\\s+){0,6}?(?:ha\\s+)?(?:fallado|sido\\s+rechazado)`, `pagamento\\s+(?:\\S+\\s+){0,4}?(?:non\\s+riuscito|fallito|rifiutato)`,
  // lb: "Erënnerung – Rechnung …", "ass nach net bezuelt", "ass ëmmer nach op"
  `erennerung\\w*`, `(?:ass|sinn)\\s+(?:trotz\\s+(?:\\S+\\s+){0,3}?)?(?:nach\\s+|emmer\\s+nach\\s+|nach\\s+emmer\\s+)?net\\s+bezuelt`, `(?:ass|sinn)\\s+(?:emmer\\s+nach|nach\\s+emmer|nach)\\s+op(?![a-z])`,
  // pt: "Salvo erro da nossa parte, a fatura … ainda não foi liquidada. Podem indicar-nos a data prevista de pagamento?"
  `salvo\\s+erro\\s+(?:da\\s+nossa\\s+parte|nosso)`, `ainda\\s+nao\\s+(?:foi|foram|esta|estao|se\\s+encontra)\\s+(?:liquidad|pag|regularizad|saldad)[oa]s?`, `data\\s+prevista\\s+(?:de|do|para\\s+o)\\s+pagamento`,
  // es: "Te escribo por la factura CBE-2026-159 (…), con vencimiento 24-07-2026. ¿Me confirmas cuándo está prevista la transferencia?"
  `(?:te|le|les|os)\\s+escribo\\s+(?:por|sobre|en\\s+relacion\\s+(?:a|con)|respecto\\s+a|a\\s+proposito\\s+de)\\s+(?:la|nuestra)\\s+factura`, `cuando\\s+(?:esta\\s+previst[oa]|se\\s+(?:hara|realizara|efectuara)|sale|saldra)\\s+(?:la\\s+transferencia|el\\s+pago)`,
  // eu: "F2026-0228 faktura oraindik ordaindu gabe dago", "gogorarazten dizugu"
  `ordaindu\\s+gabe`, `gogorarazi\\w*`, `gogoratu\\s+nahi`,
  // fr
  // the invoice said forgotten: « Je crois que tu as oublié la facture des poneys (312 €), tu peux regarder ? »
  `(?:tu\\s+as|vous\\s+avez)\\s+(?:peut-etre\\s+|sans\\s+doute\\s+|surement\\s+)?oublie\\s+(?:la|ma|notre|cette|ta|votre)\\s+(?:petite\\s+|derniere\\s+)?facture(?![a-z])`,
  // a direct debit that failed, and the payment asked for by transfer: "le prélèvement de la facture … a été rejeté
  // (motif : provision insuffisante). Pouvez-vous nous faire un virement du montant ?", « Notre prélèvement du 10/11 pour la facture
  // GE-2026-0437 (216,00 €) a été rejeté »
  `prelevement\\s+${'(?:\\S+\\s+){0,10}?'}(?:a\\s+ete\\s+|est\\s+)?(?:rejete|refuse|retourne|revenue?\\s+(?:impaye|rejete|refuse))`, `prelevement\\s+${'(?:\\S+\\s+){0,10}?'}(?:n'est\\s+pas\\s+passe|n'a\\s+pas\\s+(?:ete\\s+)?(?:passe|abouti|honore))`, `(?:pouvez|pourriez)-vous\\s+nous\\s+regler(?![a-z])`, `(?:pouvez|pourriez)-vous\\s+(?:bien\\s+)?(?:regler|payer|solder)\\s+(?:la|notre|cette|ma)\\s+facture(?![a-z])`, `(?:peux|pourrais)-tu\\s+(?:bien\\s+)?(?:regler|payer|solder)\\s+(?:la|ma|cette|notre)\\s+facture(?![a-z])`, `(?:pouvez|pourriez)-vous\\s+(?:nous\\s+)?(?:faire|effectuer|proceder\\s+a)\\s+(?:un|le)\\s+(?:virement|reglement|paiement)`,
  // (a bill of exchange too: « La LCR de 29 652,00 € à échéance du 30/10/2026 a été rejetée par votre banque »)
  `(?:lcr|traite|effet)s?\\s+${'(?:\\S+\\s+){0,10}?'}(?:a\\s+ete|ont\\s+ete|est|sont)\\s+(?:rejetee?s?|refusee?s?|(?:revenue?s?|retournee?s?)\\s+(?:impayee?s?|rejetee?s?|refusee?s?))(?![a-z])`,
  // a public payer asked where its payment stands, the delay passed: « le délai de 30 jours est dépassé. Pourriez-vous m'indiquer l'état du mandatement ? »
  // (« Le délai global de paiement de notre facture FA-2026-0355 (14 256,00 € TTC) est dépassé »: the invoice and its sum between)
  `(?:delai|echeance|date\\s+limite)\\s+(?:[^\\s.!?]+\\s+){0,12}?(?:est|a\\s+ete|sont|etant|ayant\\s+ete)\\s+(?:largement\\s+|maintenant\\s+|desormais\\s+)?(?:depasse|echu|expire)e?s?(?![a-z])`,
  `(?:indiquer|communiquer|preciser|confirmer|dire)\\s+(?:l'etat|ou\\s+en\\s+est|l'avancement)\\s+(?:du|de\\s+la|de\\s+notre|de\\s+votre)\\s+(?:mandatement|paiement|reglement|virement|mise\\s+en\\s+paiement)(?![a-z])`,
  // « la facture GMBA-2026-102 (3 960,00 €) arrivait à échéance le 16 octobre. Pouvez-vous me confirmer sa mise en paiement ? »
  `(?:arrivait|est\\s+arrivee|etait\\s+arrivee)\\s+a\\s+echeance`, `(?:etait|etaient)\\s+a\\s+echeance\\s+(?:le|au|depuis)(?![a-z])`, `confirmer\\s+(?:sa|la|leur|votre)\\s+date\\s+de\\s+(?:mise\\s+en\\s+paiement|paiement|reglement|virement)`,
  // « Tu as dû zapper, la F-2026-082 (318 €) est passée à échéance le 1er novembre. Tu peux regarder ? » (held-out MWY)
  `(?:est|etait|sont|etaient)\\s+passee?s?\\s+a\\s+(?:echeance|terme)`, `confirmer\\s+(?:sa|la|leur|votre)\\s+mise\\s+en\\s+paiement`,
  // « Sauf erreur de notre part, nous n'avons pas reçu le solde de 1 680,00 € (facture CA-2026-059) »
  // « nous n'avons reçu aucune LCR acceptée de votre part »
  `(?:n'avons|n'ai|n'avions|n'avais)\\s+(?:toujours\\s+|encore\\s+)?recu\\s+aucune?\\s+(?:reglement|paiement|virement|versement|cheque|lcr|traite|effet)s?(?![a-z])`,
  `sauf\\s+erreur\\s+(?:ou\\s+omission\\s+)?de\\s+(?:notre|ma)\\s+part`, `n'a\\s+pas\\s+(?:encore\\s+)?ete\\s+(?:mise?\\s+en\\s+paiement|mandatee?|reglee?|payee?|soldee?)(?![a-z])`, `(?:n'avons|n'ai|n'avions|n'avais)\\s+(?:toujours\\s+)?pas\\s+(?:encore\\s+)?(?:recu|constate|enregistre|vu\\s+passer)\\s+(?:le|votre|ton|de|d'|la|l'|les|vos|aucun|aucune)?\\s*(?:reglement|paiement|virement|versement|cheque|solde|acompte|montant|somme|mandat(?!\\s+(?:de\\s+)?prelevement)|\\d)`,
  // « Je me permets de vous rappeler la facture FA-2026-0377 de 1 140,00 € » (held-out BYZ)
  // (and in the present: « Je vous rappelle simplement l'échéance de fin octobre pour la facture … »)
  `(?:vous|te)\\s+(?:rappeler|rappelle|rappelons)\\s+(?:simplement\\s+|donc\\s+|juste\\s+|amicalement\\s+)?(?:que\\s+)?(?:la|notre|ma|l'|le|votre|ton|ta)\\s*(?:\\S+\\s+)?(?:facture|echeance|reglement|solde|paiement)(?![a-z])`,
  // (not a test or a run started again: « notre responsable qualité va relancer un test au labo »)
  // (nor a call back missed: « Toutes mes excuses pour le défaut de rappel » (held-out LWX), nor an apology for one sent:
  // « Toutes mes excuses pour ce rappel automatique, la compta n'avait pas l'info » (held-out LZZ))
  // (nor someone else chased: « J'ai relancé Glasbouw pour l'expertise du lot de verre » (held-out MVX); « je vous ai relancé » still chases)
  `(?:j'ai|nous\\s+avons|on\\s+a)\\s+relance\\s+(?:votre|vos|ton|ta|tes|la\\s+facture|notre\\s+facture|cette\\s+facture|le\\s+(?:paiement|reglement))(?![a-z])`,
  // (nor chasing called off: « la relance est suspendue », « nous suspendons nos relances » (held-out KYZ), « On gèle la relance en attendant », nor one sent by the
  // tool on its own: « Toutes mes excuses, la relance est partie automatiquement » (held-out QXV), « … est partie avant que je fasse le point »)
  `(?<!(?:suspend\\w*|stopp\\w*|arret\\w*|annul\\w*|gel\\w*)\\s+(?:la|les|nos|notre|mes|ma|toute|toutes)\\s+)(?<!(?:j'ai|nous\\s+avons|on\\s+a)\\s+)(?<!(?:excuses|desolee?s?|pardon|navree?s?)\\s+(?:pour|de)\\s+(?:ce|le|notre|cet|mon|cette|la|ma|nos|ces|les)\\s+(?:\\S+\\s+)?)relanc\\w*(?!\\s+en\\s+(?:pause|attente|suspens)(?![a-z]))(?!\\s+(?:est|sont|a\\s+ete|ont\\s+ete)\\s+(?:partie?s?\\s+(?:automatiquement|par\\s+erreur|trop\\s+tot|avant\\s+que)|envoyee?s?\\s+(?:automatiquement|par\\s+erreur|trop\\s+tot|avant\\s+que)|suspendue|annulee|stoppee|arretee|en\\s+pause|mise?\\s+en\\s+(?:pause|attente|suspens))s?(?![a-z]))(?!\\s+(?:un|une|le|la|les|l'|des|nos|notre)\\s*(?:nouve(?:l|lle|au)\\s+)?(?:tests?|essais?|analyses?|productions?|fabrications?|series?|machines?|serveurs?|calculs?|impressions?|cuissons?|semis|germinations?|controles?|mesures?|simulations?)(?![a-z]))`, `(?<!pour\\s)(?<!(?:defaut|absence|manque|faute|oubli)\\s+de\\s)(?<!(?:excuses|desolee?s?|pardon|navree?s?)\\s+(?:pour|de)\\s+(?:ce|le|notre|cet|mon|cette|la|ma|nos|ces|les)\\s+(?:\\S+\\s+)?)rappel(?!\\s*:\\s*(?:iban|rib|bic|nos|notre))(?!\\s+telephonique)`, `impayee?s?`, `non\\s+(?:encore\\s+)?(?:reglee?s?|payee?s?|soldee?s?)`,
  `(?:pas|toujours\\s+pas|pas\\s+encore|jamais)\\s+(?:ete\\s+)?(?:reglee?s?|payee?s?|soldee?s?)`,
  `(?:reste|demeure|restent|demeurent)\\s+(?:due?s?|impayee?s?|a\\s+regler|en\\s+attente|ouverte?s?|en\\s+souffrance)`,
  `en\\s+attente\\s+(?:de|du|d'un)\\s+(?:votre\\s+)?(?:paiement|reglement|virement)`, `toujours\\s+en\\s+attente`,
  // "je crois que la facture F-2026-0293 (375 €) est passée à la trappe :) tu peux regarder ?"
  `passee?s?\\s+(?:a\\s+la\\s+trappe|entre\\s+les\\s+mailles)`,
  // "Pour démarrer le chantier le 14/12 nous avons besoin du règlement de l'acompte SNI-2026-0918"
  `(?:avons|aurions|ai|aurais)\\s+besoin\\s+(?:du|de\\s+votre|de\\s+ce|de\\s+la|de\\s+votre)\\s+(?:reglement|paiement|virement|versement)`,
  // "Toujours pas de virement reçu pour la facture AS-2026-0455. Peux-tu regarder ?"
  `(?:toujours|encore)\\s+pas\\s+(?:de\\s+|d')?(?:virement|paiement|reglement|versement|cheque)s?\\s+(?:(?:de\\s+(?:notre|mon)\\s+cote|a\\s+ce\\s+jour|chez\\s+nous)\\s+)?(?:recue?s?|arrivee?s?|enregistree?s?|passee?s?|pour|concernant|sur|ni|de\\s+(?:la|votre|ta))(?![a-z])`, `(?:donner|indiquer|communiquer|preciser)\\s+une\\s+date(?:\\s+de\\s+(?:paiement|reglement|virement))?\\s*\\?`,
  // eu: "2026ko azaroaren 1aean iraungi zen eta oraindik ez dugu ordainketarik jaso"
  `ez\\s+dugu\\s+(?:oraindik\\s+)?ordainketarik\\s+jaso`, `iraungi\\s+(?:zen|da)(?![a-z])`,
  // A probe of reminders in 16 languages (2026-12-06): pt "juros de mora … cobrança judicial"; pl "nie odnotowaliśmy wpłaty",
  // "pozostaje nieuregulowana", "wzywamy do zapłaty"; cs "dosud jsme neobdrželi úhradu", "vyzýváme k úhradě"; da "endnu ikke
  // betalt"; no "fortsatt ikke betalt"; fi "ei ole vielä kirjautunut suoritusta", "on edelleen avoinna"; ro "neplătită",
  // "somații"; el "τόκους υπερημερίας", "οφειλόμενο ποσό"; tr "hâlâ açık görünüyor", "ödemesi henüz ulaşmamıştır", "ihtar"
  `juros\\s+de\\s+mora`, `cobranca\\s+(?:judicial|coerciva|contenciosa)`,
  `nie\\s+odnotowalismy\\s+(?:\\S+\\s+)?(?:wplaty|platnosci|przelewu|zaplaty)`, `nieuregulowan\\w*`, `wzywamy\\s+do\\s+zaplaty`, `przypomnien\\w*`,
  `(?:dosud|jeste)\\s+jsme\\s+neobdrzeli\\s+(?:uhradu|platbu)`, `vyzyvame\\s+(?:vas\\s+)?k\\s+uhrade`, `urok\\w*\\s+z\\s+prodleni`,
  `(?:endnu|stadig)\\s+ikke\\s+(?:er\\s+)?(?:blevet\\s+)?betalt`, `(?:fortsatt|enna|ennå)\\s+ikke\\s+(?:er\\s+)?betalt`,
  `(?:ei|eika)\\s+(?:siihen\\s+)?(?:ole\\s+)?(?:viela\\s+)?(?:kirjautunut|saapunut)\\s+(?:suoritusta|maksua)`, `(?:on|ovat)\\s+edelleen\\s+(?:avoinna|maksamatta)`, `muistutuksesta\\s+huolimatta`,
  `neplatit\\w*`, `somati\\w*`, `penalitati\\s+de\\s+intarziere`,
  `τοκους\\s+υπερημεριας`, `οφειλομενο\\s+ποσο`, `καλουμε\\s+να\\s+καταβαλετε`,
  `(?:hala|hela)\\s+acik\\s+gorun\\w*`, `(?:odemesi|odeme)\\s+henuz\\s+(?:\\S+\\s+)?ulasmam\\w*`, `ihtar\\w*`, `gecikme\\s+faizi`,
  // « sans nouvelles de votre part … la facture 0412 est-elle bien partie en paiement ? », « N'ayant rien reçu, je vous remercie de
  // bien vouloir vérifier que le virement a bien été émis »
  `sans\\s+(?:aucune\\s+)?nouvelles?\\s+de\\s+votre\\s+part`, `(?:est-elle|est-il|a-t-elle\\s+ete|a-t-il\\s+ete)\\s+(?:bien\\s+)?(?:partie?|mise?)\\s+en\\s+paiement`, `n'ayant\\s+(?:toujours\\s+)?rien\\s+recu`,
  `verifier\\s+que\\s+le\\s+(?:virement|paiement|reglement)\\s+a\\s+(?:bien\\s+)?ete\\s+(?:emis|effectue|envoye|fait|execute)`,
  // "Sauf erreur, nous restons dans l'attente du règlement de la facture FA-2026-0871"
  `(?:restons|reste|sommes|suis|demeurons|demeure)\\s+(?:toujours\\s+)?dans\\s+l'attente\\s+(?:de|du|d'un)\\s+(?:votre\\s+|son\\s+|leur\\s+)?(?:paiement|reglement|virement)`,
  `(?:echeance|date\\s+limite)\\s+${'(?:[^\\s.!?]+\\s+){0,3}?'}(?:depassee|passee|etait|est\\s+depassee)`, `arrivee?\\s+a\\s+echeance`, `(?:etait|est)\\s+(?:due|echue)`, `echue?s?`,
  `date\\s+(?:de\\s+(?:reglement|paiement|virement))\\s+prevue`, `date\\s+prevue\\s+(?:du|de|pour\\s+le)\\s+(?:reglement|paiement|virement)`,
  `(?:je|nous)\\s+(?:reviens|revenons|me\\s+permets\\s+de\\s+revenir|nous\\s+permettons\\s+de\\s+revenir)\\s+vers\\s+(?:vous|toi)\\s+(?:concernant|au\\s+sujet\\s+de|a\\s+propos\\s+de|pour)\\s+(?:(?:notre|la|votre|cette|ta)\\s+facture${NOT_A_LATER_RETURN}|la\\s+[a-z]{0,6}[-/_.]?\\d)`, `toujours\\s+pas\\s+(?:recu|eu|vu)\\s+(?:le|ton|votre|de|ce)\\s+(?:virement|paiement|reglement|cheque|versement)(?![a-z])`, `ou\\s+en\\s+(?:est|sont|sommes-nous)`,
  `nouvelles\\s+(?:du|de\\s+votre|de\\s+ce|concernant\\s+le)\\s+(?:paiement|reglement|virement)`, `(?:des|quelles)\\s+nouvelles\\s+(?:pour|concernant|de|sur)\\s+(?:la|notre|cette)\\s+facture`, `(?:le\\s+)?point\\s+sur\\s+(?:le|ce|votre)\\s+(?:reglement|paiement|solde)`,
  // « Petit message pour faire le point sur la facture FA-2026-058 (solde de 1 340,00 €) » (held-out KZV)
  `(?:le\\s+)?point\\s+sur\\s+(?:la|notre|cette|votre)\\s+facture`,
  `quand\\s+(?:pouvons|pourrons|puis|pourrais)-(?:nous|je)\\s+(?:esperer|compter|attendre)`,
  // asking whether the payment has moved: "avez-vous pu avancer sur le règlement ?", "nachfragen, ob … angewiesen", "novità sul pagamento"
  `(?:avez-vous|as-tu|auriez-vous|tu\\s+as|vous\\s+avez)\\s+pu\\s+${'(?:\\S+\\s+){0,4}?'}(?:reglement|paiement|virement|regler|payer|proceder|facture)`,
  `(?:nachfragen|nachhaken|erkundigen),?\\s+ob\\s+${'(?:\\S+\\s+){0,10}?'}(?:angewiesen|uberwiesen|bezahlt|beglichen|zahlung|uberweisung)`,
  // « Bis heute ist leider kein Eingang zu verzeichnen »
  `kein(?:en)?\\s+(?:zahlungs)?eingang\\s+(?:zu\\s+verzeichnen|festzustellen|feststellbar)`,
  `novita\\s+(?:sul|sulla|riguardo\\s+al|per\\s+il|circa\\s+il|in\\s+merito\\s+al)\\s+(?:pagamento|bonifico|saldo)`, `novedades?\\s+(?:sobre|del|de\\s+la|respecto\\s+al?)\\s+(?:el\\s+|la\\s+)?(?:pago|transferencia|factura)`, `novidades\\s+(?:sobre|do|da)\\s+(?:o\\s+|a\\s+)?(?:pagamento|transferencia|fatura)`,
  `(?:proceder|procediez)\\s+(?:au|a\\s+son)\\s+(?:reglement|paiement|virement)`, `(?:merci|nous\\s+vous\\s+remercions)\\s+de\\s+(?:bien\\s+vouloir\\s+)?(?:regler|proceder|nous\\s+regler|effectuer\\s+le|(?:nous\\s+)?(?:la|les)\\s+regler)(?!\\s+(?:desormais\\s+)?(?:sur|a|au|vers)\\s+(?:l'|le\\s+|notre\\s+|ce\\s+|cet\\s+|la\\s+|nos\\s+)?(?:nouvel(?:le)?\\s+)?(?:iban|compte|rib|coordonnees|factor|affactureur))`,
  // "était payable le 21 avril", "est toujours ouverte dans nos comptes", "pouvez-vous regarder ce qu'il en est ?"
  `etait\\s+(?:payable|exigible|a\\s+regler|a\\s+payer|due)\\s+(?:le|au|depuis|a\\s+reception|pour|fin|debut|mi-|en\\s+(?:fin|debut)|hier|avant-hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![a-z])`, `(?:n'est|n'etait)\\s+(?:pas\\s+encore|toujours\\s+pas)\\s+passee?(?![a-z])(?!\\s+(?:chez|par|en\\s+(?:validation|compta)))`,
  // « Je crois que l'échéance de juillet (FA-2026-0240, 2 150,00 €) n'est pas passée. Tu peux vérifier ? »
  `(?:echeance|prelevement|virement|paiement|reglement|versement)\\s+${'(?:\\S+\\s+){0,8}?'}n'(?:est|a)\\s+(?:pas|jamais)\\s+(?:ete\\s+)?passee?(?![a-z])(?!\\s+(?:chez|par|en\\s+(?:validation|compta)))`, `toujours\\s+(?:ouverte?s?|en\\s+suspens|non\\s+reglee?s?)`, `(?<!(?:je|nous|on)\\s+(?:regarde|regardons|verifie|verifions|vais\\s+voir|allons\\s+voir|vois|voyons)\\s+(?:avec\\s+\\S+\\s+)?)ce\\s+qu'il\\s+en\\s+est`,
  // what is left to pay: "il reste 2 780,00 € à régler sur la facture"
  `(?:il\\s+)?reste\\s+${'(?:\\S+\\s+){0,3}?'}a\\s+(?:regler|payer|verser|solder)`,
  `regulariser`, `regularisation`, `mise\\s+en\\s+demeure`, `mett(?:ons|re|ant|rons)\\s+en\\s+demeure`, `faute\\s+de\\s+(?:reglement|paiement|virement)`,
  `(?:paiement|reglement|virement)\\s+(?:est\\s+|reste\\s+)?(?:toujours\\s+)?attendu\\s+(?:pour|d'ici|avant|au\\s+plus\\s+tard|sans\\s+faute)`, `promesse\\s+${'(?:\\S+\\s+){0,6}?'}(?:n'a\\s+pas\\s+ete\\s+tenue|non\\s+tenue)`,
  `(?<!(?:mail|e-mail|email|message|courriel|envoi)\\s)(?:n'est|ne\\s+nous\\s+est|n'a)\\s+(?:toujours\\s+|encore\\s+)?(?:pas|jamais)\\s+(?:encore\\s+)?(?:arrive|parvenu|ete\\s+credite)`, `retard\\s+de\\s+(?:paiement|reglement)`, `jours?\\s+de\\s+retard`, `sans\\s+reglement\\s+de\\s+votre\\s+part`,
  // « L'échéance 2/3 (850,00 €) prévue le 15/07 n'est pas arrivée »: a feminine payment not come in (not « pas encore arrivée »,
  // which says a due day is still to come)
  `(?<!(?:mail|e-mail|email|message|courriel|envoi|lettre)\\s)(?:n'est|ne\\s+nous\\s+est)\\s+(?:toujours\\s+)?(?:pas|jamais)\\s+(?:arrivee|parvenue|creditee|ete\\s+creditee)(?![a-z])(?!\\s+a\\s+(?:echeance|terme))`,
  // nothing came in, the payment is late, a promise was not kept: "je n'ai toujours rien reçu", « je n'ai rien vu arriver lundi », "en retard d'un mois"
  `n'(?:ai|avons|a)\\s+(?:toujours\\s+|encore\\s+)?rien\\s+(?:encore\\s+)?(?:recu|vu\\s+(?:arriver|passer))`,
  // the casual form, with no "ne": "toujours rien reçu de notre côté, tu peux me dire où ça en est ?"
  `toujours\\s+rien\\s+(?:recu|vu|percu)`, `(?:me|nous)\\s+dire\\s+ou\\s+(?:ca|cela|c)\\s+en\\s+est`,
  // a promised payment not seen, no news: "le règlement annoncé … n'apparaît toujours pas sur mon compte", "je n'ai pas eu de nouvelles",
  // « Tu m'avais annoncé un règlement le 10 novembre, mais je ne vois toujours rien arriver »
  `n'apparai?t\\s+(?:toujours\\s+|encore\\s+)?pas`, `(?:pas|aucune?|toujours\\s+pas)\\s+(?:eu\\s+)?(?:de\\s+)?(?:nouvelles?|retour)\\s+(?:de\\s+(?:ta|votre)\\s+part\\s+)?(?:pour|concernant|au\\s+sujet\\s+de|sur|de)\\s+(?:l'|la\\s+|le\\s+|votre\\s+|ton\\s+|ta\\s+)?(?:echeancier|reglement|paiement|virement|facture)`,
  `n'(?:en\\s+)?(?:ai|avons|a)\\s+(?:toujours\\s+|encore\\s+)?(?:pas|jamais)\\s+(?:encore\\s+)?recu\\s+${'(?:\\S+\\s+){0,3}?'}(?:reglement|paiement|virement|versement|cheque)`,
  // the money named, then said not received: « au sujet du solde de 4 840,00 € (facture FA-2026-041), que nous n'avons pas encore reçu »,
  // « la 2e échéance (facture LOA-2026-112, 6 420,00 €) prévue le 4 novembre ne nous est pas parvenue »
  `(?:echeance|solde|reglement|paiement|virement|versement|cheque|montant|somme)s?\\s+${'(?:[^\\s.!?]+\\s+){0,10}?'}ne\\s+nous\\s+(?:est|sont)\\s+(?:toujours\\s+)?pas\\s+(?:encore\\s+)?parvenue?s?(?![a-z])`,
  `(?:solde|reglement|paiement|virement|montant|reste|somme|cheque)\\s+${'(?:[^\\s.!?]+\\s+){0,8}?'}que\\s+(?:nous|je)\\s+n'(?:avons|ai)\\s+(?:toujours\\s+|encore\\s+)?(?:pas|jamais)\\s+(?:encore\\s+)?recue?s?(?![a-z])`,
  // the payment said needed: « Pour pouvoir bloquer la date d'intervention du 14/12, nous avons besoin de l'acompte de 2 700,00 € »
  `(?:nous\\s+avons|j'ai|on\\s+a)\\s+(?:absolument\\s+|donc\\s+|bien\\s+)?besoin\\s+(?:de\\s+(?:l'|votre\\s+|ton\\s+|vos\\s+|tes\\s+)|du\\s+|des\\s+)(?:acompte|reglement|paiement|virement|versement|solde|fonds)s?(?![a-z])`,
  // a payment in part, the rest asked for: « je n'ai que deux chèques sur trois », « il me manque le troisième chèque »
  `(?:n'ai|n'avons|n'a)\\s+(?:recu\\s+)?que\\s+(?:\\S+\\s+){0,2}?(?:cheques?|versements?|virements?|paiements?|reglements?|echeances?)\\s+sur\\s+(?:\\d+|deux|trois|quatre|cinq|six)(?![a-z])`,
  `il\\s+(?:me\\s+|nous\\s+)?manque\\s+(?:encore\\s+|toujours\\s+)?(?:\\S+\\s+){0,2}?(?:cheque|versement|virement|paiement|reglement|echeance)s?(?![a-z])`,
  // « J'ai bien reçu 1 500 € le 28/05, merci ! Il reste 1 980,00 € sur la facture BDA-2026-0301, tu peux regarder ? », « Il reste donc 1 860,00 € à régler »
  `il\\s+(?:me\\s+|nous\\s+)?(?:reste|manque)\\s+(?:donc\\s+|encore\\s+|toujours\\s+|alors\\s+){0,2}\\d[\\d\\s.,]*\\s*(?:€|eur|euros)\\s+(?:a\\s+(?:regler|payer|recevoir)|sur|pour|de|du)(?![a-z])`,
  // (not a payment seen since: « je n'avais pas vu votre virement »)
  `(?<!(?:n'avais|n'avions|n'avait)\\s)(?:pas|rien|jamais)\\s+(?:encore\\s+)?vu\\s+(?:passer\\s+|arriver\\s+)?${'(?:\\S+\\s+){0,2}?'}(?:virement|paiement|reglement|versement|cheque|paypal|lydia|wero|prelevement)`,
  // (« ne » in the cue: before it, the hit would read as denied by it)
  `(?:ne\\s+)?(?:vois|voyons)\\s+(?:toujours\\s+|encore\\s+)?rien\\s+(?:arriver|passer|venir)`,
  `(?:vois|voyons|trouve|trouvons|retrouve|retrouvons)\\s+(?:pas|toujours\\s+pas|rien|aucun)\\s+${'(?:\\S+\\s+){0,3}?'}(?:virement|paiement|reglement|versement)`,
  // what is left of a part payment: « je ne vois toujours pas le solde de 220 € de la facture … »
  `(?:vois|voyons|trouve|trouvons|retrouve|retrouvons)\\s+(?:pas|toujours\\s+pas|encore\\s+pas)\\s+(?:le|votre|ton)\\s+(?:solde|reste|restant|complement)(?![a-z])`,
  `(?:pas|aucune)\\s+(?:\\S+\\s+)?trace\\s+d[eu]\\s+(?:votre\\s+|ce\\s+|d'un\\s+|l')?(?:reglement|paiement|virement|versement|cheque)`,
  `aucun\\s+(?:reglement|paiement|virement|versement)\\s+(?:n'a\\s+ete\\s+|n'est\\s+)?(?:recu|constate|enregistre|parvenu|arrive)`,
  // « la FA-2026-0337 (1 248 €) est passée en retard, tu peux regarder ? »
  // a public buyer's portal showing the invoice still waiting: « … apparaît toujours au statut « mise à disposition ». Pourriez-vous vérifier … ? »
  `(?:apparait|figure|est|reste)\\s+toujours\\s+(?:au\\s+statut|en\\s+statut|a\\s+l'etat|en\\s+attente\\s+de\\s+(?:validation|traitement|paiement))(?![a-z])`,
  `(?:est|sont)\\s+(?:passee?s?|maintenant|desormais)\\s+en\\s+retard(?![a-z])`,
  `en\\s+retard\\s+(?:de\\s+(?:plus\\s+de\\s+|pres\\s+de\\s+)?(?:\\d+|deux|trois|quelques)\\s+(?:jours?|semaines?|mois)|(?:de\\s+(?:plus|pres)\\s+)?d'(?:un|une)\\s+(?:mois|semaine)|depuis)`,
  `merci\\s+de\\s+(?:bien\\s+vouloir\\s+)?faire\\s+(?:le|ton|votre|ce)\\s+(?:virement|reglement|paiement)(?![a-z])`,
  // « Je vous remercie de régler la facture CAM-2026-0501 de 1 464,00 € sous huitaine » (not « merci de régler sur l'IBAN … »: where, not a chase)
  `(?:je\\s+vous\\s+remercie|nous\\s+vous\\s+remercions)\\s+de\\s+(?:bien\\s+vouloir\\s+)?(?:regler|payer)\\s+(?:la|cette|votre|notre|les|ces)\\s+(?:factures?|sommes?|montants?|soldes?)(?![a-z])`,
  `confirmer\\s+${'(?:\\S+\\s+){0,2}?'}date\\s+(?:du|de\\s+votre|de|d')\\s*(?:virement|paiement|reglement|versement)`,
  `(?:aviez|avais|avait)\\s+${'(?:\\S+\\s+){0,2}?'}(?:indique|annonce|promis|confirme|assure|parle\\s+d')\\s+${'(?:\\S+\\s+){0,3}?'}(?:reglement|paiement|virement|versement)`,
  `(?:avoir|connaitre|communiquer|indiquer|donner|preciser)\\s+(?:\\S+\\s+)?(?:une|la|votre)\\s+date\\s+(?:de|du)\\s+(?:reglement|paiement|virement|versement)`,
  // the later steps: "malgré nos relances", "pénalités de retard", "recouvrement" (not a signature's title, « Administration des ventes & recouvrement »)
  `malgre\\s+(?:nos|notre|mes|mon)\\s+(?:precedente?s?\\s+|derniere?s?\\s+)?(?:relance|rappel|courrier|message|mail|e-mail|courriel)s?`, `penalites?\\s+de\\s+retard`, `indemnite\\s+forfaitaire`, `(?<!&\\s?)recouvrement(?![ \\t]*(?:\\n|$))`, `dernier\\s+(?:rappel|avis)`,
  // when the payment comes, asked by us after the invoice: "quand le règlement interviendra-t-il ?", "when will this be
  // paid?" (a question: "when you pay, please quote the number" only explains how)
  `(?:quand|when|wann|cuando|quando|wanneer)\\s+${'(?:\\S+\\s+){0,5}?'}(?:reglement|paiement|virement|regler|payer|reglee?|payee?|viree?|versee?|payment|paid|pay|settled?|transfer|zahlung|uberweisung|bezahlt|beglichen|zahlen|bezahlen|uberweisen|pago|pagad[oa]|pagar|pagamento|pagat[oa]|pagare|bonifico|betaling|betaald|betalen)(?![a-z])[^.!?\\n]{0,80}\\?`,
  // ca
  `(?:continua|segueix|encara\\s+(?:esta|es))\\s+pendents?\\s*(?:de\\s+pagament)?`, `(?:us|t'|et)\\s*(?:agrairia|agrairiem)\\s+(?:el\\s+)?pagament`, `us\\s+recordem`, `torno\\s+a\\s+escriure`, `no\\s+(?:ens|em)\\s+consta\\s+(?:el|cap)\\s+(?:pagament|ingres|cobrament)`, `ho\\s+podeu\\s+revisar`, `vencud[ae]s?(?![a-z])`, `quan\\s+(?:la|les|el|ho)?\\s*(?:pagareu|pagaras|pagara|podreu\\s+pagar)`, `(?:volia|voliem|queria|queriamos|vull|volem)\\s+recordar`, `(?:tenim|tenemos)\\s+pendent`, `sense\\s+pagar`, `consta\\s+com\\s+(?:a\\s+)?pendent`, `se\\s+us\\s+ha\\s+passat`, `tornem\\s+a\\s+escriure`, `recordar-(?:vos|te|li|los)`, `(?:encara\\s+)?esta\\s+pendent`, `pendent\\s+de\\s+(?:pagament|cobrament)`, `et\\s+recordo`, `recordatori`, `encara\\s+no\\s+(?:consta|hem\\s+rebut|l'hem\\s+rebut)`, `(?:le|les|os|te)\\s+recordamos`,
  // pt
  `(?:so\\s+)?para\\s+lembrar`, `lembrar\\s+que`, `ainda\\s+nao\\s+(?:registamos|recebemos|vimos|identificamos|temos\\s+registo)`, `relembr\\w+`, `por\\s+(?:liquidar|pagar|regularizar)`, `(?:conseguiste|conseguiu|conseguiram|conseguimos)\\s+(?:ver|verificar|tratar)`, `lembrete`, `ainda\\s+nao\\s+(?:recebi|recebemos|foi\\s+pag[oa])`, `em\\s+(?:atraso|aberto)`, `(?:esta|encontra-se)\\s+vencid[oa]`, `(?:continua|permanece|esta)\\s+em\\s+divida`, `apesar\\s+d[oa]s?\\s+(?:lembretes?|contactos?|avisos?|insistencias?)`, `solicitamos\\s+(?:a|o)\\s+(?:regularizacao|pagamento|liquidacao)`, `venceu`, `venceram`, `confirmar\\s+${'(?:\\S+\\s+){0,2}?'}data\\s+(?:de|do|da)\\s+(?:pagamento|transferencia|liquidacao)`,
  // en
  `(?<!as\\s+a\\s)(?<!as\\s+a\\s+friendly\\s)reminder`, `overdue`, `past\\s+due`, `outstanding(?!\\s+balance\\s*:?\\s*[$€£]?\\s*0+(?:[.,]0+)?(?![\\d.,]))`, `unpaid`, `still\\s+(?:due|open|unpaid|awaiting|outstanding|pending)`, `awaiting\\s+(?:your\\s+)?payment`,
  `remains?\\s+(?:unpaid|outstanding|open|due)`, `expect\\s+(?:the\\s+)?payment`, `payment\\s+status`, `(?<!(?:jpmorgan|jp\\s+morgan|our|at|with|via|to)\\s+)chas(?:e|ing)(?!\\s+(?:bank|account|manhattan|routing|aba|checking|business)(?![a-z]))`, `follow(?:ing)?[\\s-]+up\\s+on`,
  // "Following up again: … the USD 58,200.00 under INV-2026-0401 is still not paid, now three weeks past the October 31 deadline"
  `follow(?:ing)?[\\s-]+up\\s+(?:again|once\\s+more|a\\s+(?:second|third)\\s+time)`, `still\\s+not\\s+(?:yet\\s+)?(?:been\\s+)?(?:paid|settled|received)`, `past\\s+the\\s+(?:\\S+\\s+){0,3}?(?:deadline|due\\s+date)`,
  // "I think invoice NE26-0221 may have slipped through – €8,405.00, due 29 May 2026"
  `(?:slipped|fallen)\\s+through(?:\\s+the\\s+(?:net|cracks))?(?![a-z])`, `slipped\\s+(?:off\\s+the\\s+radar|your\\s+mind)`,
  `(?:was|were|fell|came|became)\\s+due`, `where\\s+(?:it|this|that|the\\s+(?:invoice|payment))\\s+(?:is|stands|sits)\\s+in\\s+(?:your|the)\\s+(?:\\w+\\s+)?(?:cycle|process|queue|system|run|workflow)`, `(?:update|news)\\s+on\\s+(?:the\\s+|this\\s+|its\\s+)?(?:payment|invoice|settlement)`, `checking\\s+in\\s+on`, `circl(?:e|ing)\\s+back`, `bump(?:ing)?\\s+(?:this|it|this\\s+one)(?:\\s+up)?(?![a-z])`, `any\\s+(?:update|news)\\s+on\\s+(?:invoice\\s+|inv\\s+|#)?[a-z]{0,6}[-/_.]?\\d`, `(?:didn't|did\\s+not|hasn't|has\\s+not)\\s+(?:get|got|gotten|been)\\s+stuck`, `any\\s+(?:update|news)\\s*\\?`, `just\\s+checking\\s+(?:in\\s+)?on`,
  `(?:has|have)\\s+(?:it|this|the\\s+invoice|the\\s+payment)\\s+been\\s+(?:scheduled|approved|processed|released|paid|sent)\\s+${'(?:\\S+\\s+){0,3}?'}[^.!\\n]{0,40}\\?`,
  // es: « Le recuerdo de nuevo que la factura … sigue sin abonarse. Le ruego que realice el pago en los próximos días. »
  `(?:le|les|os|te)\\s+(?:recuerdo|recordamos)(?![a-z])`, `sigue\\s+sin\\s+(?:abonar|pagar|liquidar|saldar|cobrar)(?:se)?(?![a-z])`, `(?:le|les|os)\\s+(?:ruego|rogamos)\\s+(?:que\\s+)?(?:realice|realicen|efectue|efectuen|proceda|procedan|abone|abonen)(?![a-z])`,
  // "I haven't seen the 11/20 wire for FR-2026-090 yet" (held-out CDX)
  `(?:haven't|have\\s+not|hasn't|has\\s+not)\\s+(?:yet\\s+)?(?:seen|received|got|gotten|had)\\s+${'(?:\\S+\\s+){0,4}?'}(?:wire|payment|transfer|remittance|funds|money|check|cheque|ach)(?![a-z])`,
  // « Coucou Inès, tu peux regarder pour la FR-2026-086 ? » (held-out CDX): asked to look at the invoice, named by its number
  // « Tu peux me faire un virement de 150 € pour la FA-2026-088 quand tu as une minute ? »
  `(?:tu\\s+peux|peux-tu|tu\\s+pourrais|pourrais-tu|pouvez-vous|pourriez-vous|vous\\s+pouvez|vous\\s+pourriez)\\s+(?:me|nous)\\s+faire\\s+(?:un|le|ton|votre)\\s+(?:virement|cheque|paiement|reglement|versement)(?![a-z])`,
  `(?:tu\\s+peux|peux-tu|tu\\s+pourrais|pourrais-tu|pouvez-vous|pourriez-vous|vous\\s+pouvez)\\s+(?:regarder|verifier|checker|jeter\\s+un\\s+(?:oeil|coup\\s+d'oeil))\\s+(?:pour\\s+|a\\s+)?(?:la|le|l'|cette|ma|notre)\\s*(?:facture\\s+|fact\\s+|fac\\s+)?(?:n°\\s*)?[a-z]{0,6}[-/_.]?\\d`,
  // "I couldn't see the balance of €3,500.00 for SA-2026-0388 yet (due 28 October)"
  `(?:couldn't|could\\s+not|can't|cannot|haven't\\s+been\\s+able\\s+to|didn't|did\\s+not)\\s+(?:see|find|spot|locate|trace)\\s+${'(?:\\S+\\s+){0,8}?'}(?:yet|so\\s+far|on\\s+our\\s+(?:side|account|end|statement))(?![a-z])`,
  // "Where are we with this one?", "has the 0412 invoice gone out for payment?"
  `where\\s+are\\s+we\\s+(?:with|on|at)\\s+(?:this|that|it|the\\s+(?:invoice|payment|bill))`, `(?:invoice|payment|it|this|bill)\\s+(?:gone|went|been\\s+sent)\\s+(?:out\\s+)?for\\s+payment`,
  // an invoice held in the client's portal, chased: "is still on hold in Coupa … Could you please release the invoice for payment?"
  `still\\s+(?:on\\s+hold|blocked|held\\s+up|stuck)`, `(?:could|can|would)\\s+you\\s+(?:please\\s+|kindly\\s+)?release\\s+(?:the|our|this|it|invoice|payment)`, `release\\s+(?:the|our|this)\\s+(?:invoice|payment)\\s+for\\s+payment`,
  // "Could you let me know when INV-UK-2026-024 (£9,880.00, due on receipt) will be paid?"
  `(?:let\\s+(?:me|us)\\s+know|tell\\s+(?:me|us)|advise(?:\\s+(?:me|us))?|confirm)\\s+when\\s+${'(?:\\S+\\s+){0,6}?'}(?:will|would|is\\s+going\\s+to|can|could)\\s+be\\s+(?:paid|settled|released|processed)(?![a-z])`,
  `when\\s+(?:can|could|may|might|should)\\s+(?:we|i)\\s+expect`, `is\\s+now\\s+(?:due|overdue)`, `final\\s+(?:notice|demand)`, `letter\\s+before\\s+action`, `(?:please|kindly)\\s+(?:arrange|make|settle|remit|send)\\s+(?:the\\s+)?(?:payment|settlement|this|it)`,
  `(?:not|yet\\s+to)\\s+(?:been\\s+|be\\s+)?(?:received|paid|settled)\\s+(?:payment|yet)`, `haven't\\s+(?:yet\\s+)?received\\s+(?:your\\s+|the\\s+)?payment`,
  `(?:haven't|have\\s+not|hasn't|has\\s+not|didn't|did\\s+not)\\s+(?:yet\\s+|still\\s+)?(?:received|seen|had)\\s+${'(?:\\S+\\s+){0,2}?'}(?:payment|transfer|remittance|funds|anything|money|check|cheque)`,
  `(?:still\\s+)?nothing\\s+(?:has\\s+)?(?:been\\s+|yet\\s+)?(?:received|come\\s+(?:in|through)|arrived)`, `(?:yet|still)\\s+to\\s+(?:receive|see)\\s+${'(?:\\S+\\s+){0,2}?'}(?:payment|transfer|funds)`,
  `confirm\\s+${'(?:\\S+\\s+){0,2}?'}(?:payment|transfer|remittance)\\s+date`,
  `(?:can't|cannot|can\\s+not|don't|do\\s+not|haven't|have\\s+not)\\s+(?:yet\\s+)?(?:see|find|locate|trace|spot)\\s+${'(?:\\S+\\s+){0,3}?'}(?:payment|transfer|remittance|funds)`,
  `(?:hasn't|has\\s+not|haven't|have\\s+not|didn't|did\\s+not|has\\s+still\\s+not|have\\s+still\\s+not)\\s+(?:yet\\s+|still\\s+)?(?:arrived|come\\s+through|come\\s+in|landed|reached\\s+(?:us|our\\s+account)|cleared)`, `payment\\s+(?:is\\s+)?still\\s+expected`,
  `past\\s+(?:the\\s+|its\\s+)?(?:due|payment)\\s+date`,
  // "I don't think we've received payment for X yet", "I still don't see the €3,444.00 for X"
  `(?:don't|do\\s+not)\\s+(?:think|believe)\\s+(?:we've|we\\s+have|i've|i\\s+have)\\s+(?:yet\\s+)?(?:received|seen|had)`, `(?:still\\s+)?(?:don't|do\\s+not|can't|cannot)\\s+(?:yet\\s+)?(?:see|find|locate|trace|spot)\\s+(?:the\\s+|your\\s+|any\\s+)?(?:[€$£]|\\d|payment|transfer|remittance|funds|money)`, `nudg(?:e|ing)`, `chaser`,
  `(?:you|your\\s+\\w+)\\s+(?:had\\s+)?(?:promised|said|told\\s+(?:me|us)|indicated|mentioned|confirmed|assured\\s+(?:me|us))\\s+${'(?:\\S+\\s+){0,5}?'}(?:payment|pay|paid|transfer|settle\\w*)`,
  `(?:\\d+|two|three|a|one|several)\\s+(?:days?|weeks?|months?)\\s+(?:late|overdue|past\\s+due)`,
  `despite\\s+(?:our|my)\\s+(?:previous\\s+|earlier\\s+|last\\s+)?(?:reminder|email|e-mail|letter|message|request)s?`,
  // "May I remind you of invoice …", "we have not received the USD 61,200.00 promised", "Unless payment reaches us within 8 days"
  `remind(?:ing)?\\s+you\\s+(?:of|about|that)(?![a-z])`, `(?:we|i)\\s+(?:have\\s+not|haven't|still\\s+have\\s+not|still\\s+haven't)\\s+(?:yet\\s+)?received\\s+(?:the|your|any)\\s+(?:payment|transfer|funds|remittance|amount|(?:usd|eur|gbp|chf|cad|aud)\\s?[\\d])`, `unless\\s+(?:the\\s+|full\\s+)?payment\\s+(?:reaches|is\\s+received|is\\s+made)`, `late\\s+payment\\s+(?:interest|fees?|charges?|compensation)`, `debt\\s+(?:collection|recovery)`, `collections?\\s+agency`,
  // de
  `zahlungserinnerung`, `(?<!zur\\s)erinnerung`, `mahnung`, `uberfallig\\w*`, `offen(?:e|en|er|es)?\\s+(?:betrag|posten|rechnung|saldo|forderung)`, `noch\\s+offen`, `ausstehend\\w*`,
  `fallig\\s+(?:war|waren|seit)`, `(?:war|waren|seit)\\s+${'(?:[^\\s!?]+\\s+){0,4}?'}fallig`, `zahlungsverzug`, `noch\\s+(?:nicht|kein)\\w*\\s+(?:bezahlt|beglichen|eingegangen|zahlungseingang)`, `ubersehen`,
  `stand\\s+der\\s+(?:zahlung|rechnung|uberweisung)`, `(?:kurze|freundliche)\\s+nachfrage`, `schon\\s+(?:durch|raus|bezahlt|uberwiesen|angewiesen)\\s*\\?`, `(?:begleichung|bezahlung|ausgleich)\\s+(?:unserer|der|ihrer|meiner)\\s+rechnung`, `wann\\s+(?:konnen|durfen)\\s+wir\\s+mit\\s+(?:der|ihrer|einer)\\s+zahlung`,
  // (not where to pay, told in answer to a question: « Bitte überweisen Sie auf das oben genannte CHF-Konto, Referenz … », unless
  // the sentence presses: « … umgehend auf unser Konto »)
  `(?:bitten|bitte),?\\s+${"(?:(?:[^\\s.!?]+|\\d+(?:[.,']\\d+)*)\\s+){0,9}?"}(?:zu\\s+)?(?:uberweis|begleich|bezahl|ausgleich|veranlass)(?:en|e)?(?![a-z])(?!(?:(?!umgehend|sofort|unverzuglich|offen|ausstehend|fallig|betrag)[^.!?\\n]){0,60}(?:konto|iban|bankverbindung)(?:(?!umgehend|sofort|unverzuglich|innerhalb|bis\\s+zum|offen|ausstehend|fallig)[^.!?\\n])*(?:[.!?\\n]|$))`, `(?:bitte|bitten)\\s+(?:wir\\s+)?um\\s+(?:\\S+\\s+)?(?:uberweisung|begleichung|bezahlung|zahlung|ausgleich)(?![a-z])`,
  // "ich muss nochmal nachhaken", "die ist inzwischen echt lange offen", "sonst muss ich das offiziell mahnen"
  `nachhak\\w*`, `hake\\s+${'(?:\\S+\\s+){0,6}?'}nach(?![a-z])`, `(?:lange|langer|schon|seit\\s+${'(?:\\S+\\s+){0,3}?'})offen(?![a-z])`, `mahnen`,
  `an\\s+(?:unsere|die|ihre|unser)\\s+${'(?:\\S+\\s+){0,3}?'}\\w*(?:rechnung|zahlung|note)\\s+${'(?:\\S+\\s+){0,8}?'}erinner\\w*`,
  `(?:moch(?:te|ten)|durfen|darf)\\s+${'(?:\\S+\\s+){0,7}?'}(?:daran\\s+)?erinnern`, `daran\\s+erinnern`, `nicht\\s+als\\s+(?:bezahlt|beglichen|eingegangen)`,
  // « leider haben wir die Zahlung der Rechnung HD-2026-0467 (CHF 3'970.00) bis heute nicht erhalten » (held-out BZZ)
  `(?:zahlung|uberweisung|betrag|zahlungseingang)\\s+(?:\\S+\\s+){0,6}?(?:bis\\s+(?:heute|dato|jetzt)\\s+|noch\\s+|leider\\s+)?nicht\\s+(?:bei\\s+uns\\s+|auf\\s+unserem\\s+konto\\s+)?(?:erhalten|eingegangen|verbucht|gesehen|feststellen)`,
  `noch\\s+(?:nichts|keine?n?\\s+(?:zahlung|uberweisung|zahlungseingang|betrag|geld)\\w*)\\s+${'(?:\\S+\\s+){0,2}?'}(?:erhalten|eingegangen|gesehen|verbucht|feststellen)`, `keine[nm]?\\s+zahlungseingang`, `(?:noch|bis\\s+heute|bisher|bislang|leider)\\s+(?:\\S+\\s+){0,3}?keine?n?\\s+(?:zahlung|uberweisung|zahlungseingang|geld)\\w*\\s+(?:(?:[^\\s.!?]+|\\(?\\d+(?:[.,']\\d+)*\\)?[.,;:]?)\\s+){0,6}?(?:erhalten|eingegangen|gesehen|verbucht|feststellen)(?![a-z])`,
  `unbezahlt\\w*`, `kein(?:e|en)?\\s+(?:zahlung|uberweisung|betrag|geld)\\s+${'(?:\\S+\\s+){0,6}?'}eingegangen`, `(?:zugesagt|versprochen|angekundigt)\\s+(?:hatten|haben|hatte|hat)`, `(?:sie|du)\\s+(?:hatten|haben|hattest|hast)\\s+(?:uns\\s+|mir\\s+)?${'(?:\\S+\\s+){1,10}?'}(?:zugesagt|versprochen|angekundigt)(?![a-z])`, `(?:ist|sind)\\s+(?:\\S+\\s+){0,3}?nichts\\s+(?:bei\\s+uns\\s+|auf\\s+unserem\\s+konto\\s+)?eingegangen`, `(?:weiterhin|immer\\s+noch|nach\\s+wie\\s+vor)\\s+(?:offen|ausstehend)`, `fordern\\s+${'(?:\\S+\\s+){0,4}?'}auf`, `letztmalig\\w*`, `verzugszins\\w*`, `inkasso\\w*`,
  `trotz\\s+(?:unserer|unseres|meiner|meines)\\s+(?:\\S+\\s+)?(?:schreiben|erinnerung|mahnung|e-mail|nachricht)\\w*`,
  `mit\\s+(?:dem|einem|ihrem|ihrer|der)\\s+(?:zahlungseingang|zahlung|uberweisung|ausgleich)\\s+rechnen`, `(?:zahlungstermin|zahlungsdatum|uberweisungsdatum)\\s+${'(?:\\S+\\s+){0,2}?'}(?:mitteilen|bestatigen|nennen)`,
  // es
  `recordatorio`, `(?:has|habeis|ha|han)\\s+podido\\s+(?:mirar|revisar|ver|tramitar|gestionar)`, `cuando\\s+(?:podemos|podremos)\\s+(?:esperar|contar\\s+con)\\s+el\\s+pago`, `pendiente\\s+de\\s+(?:pago|cobro|abono)`, `sigue\\s+(?:\\S+\\s+){0,2}?pendiente`, `(?:segue|continua)\\s+(?:\\S+\\s+){0,2}?pendente`, `reclam\\w+\\s+(?:el\\s+)?pago`, `recibo\\s+(?:\\S+\\s+){0,3}?(?:devuelto|impagado|rechazado)`, `devolucion\\s+del\\s+recibo`, `(?:nos\\s+ha\\s+llegado|ha\\s+sido|fue)\\s+devuelto`, `vencid[oa]s?`, `impagad[oa]s?`, `fecha\\s+prevista\\s+de\\s+pago`, `le\\s+recordamos`, `atrasad[oa]`,
  `(?:todavia|aun)\\s+no\\s+(?:hemos\\s+|he\\s+)?recibido`, `no\\s+(?:nos|me)\\s+consta\\s+(?:todavia\\s+|aun\\s+)?(?:el\\s+|ningun\\s+)?(?:pago|abono|transferencia|ingreso|cobro)`, `continua\\s+(?:pendiente|impagad[oa]|abierta)`, `a\\s+pesar\\s+de\\s+(?:nuestr[oa]s?|los|las)\\s+(?:\\S+\\s+)?(?:reclamaciones|recordatorios|avisos|requerimientos|correos|mensajes)`, `(?:les|le|os|te)\\s+requerimos`, `segundo\\s+aviso`, `ultimo\\s+aviso`, `no\\s+(?:hemos|he)\\s+recibido\\s+${'(?:\\S+\\s+){0,2}?'}(?:pago|transferencia|abono|importe)`, `con\\s+retraso`, `retraso\\s+en\\s+el\\s+pago`,
  `confirm\\w+\\s+${'(?:\\S+\\s+){0,2}?'}fecha\\s+(?:del?|de\\s+la)\\s+(?:pago|transferencia|abono)`, `(?:seguimos|sigo|continuamos)\\s+sin\\s+recibir`, `(?:seguimos|sigo|continuamos)\\s+sin\\s+(?:ver|tener\\s+noticias\\s+del?)\\s+(?:(?:el|su|tu|ningun|la)\\s+)?(?:pago|abono|ingreso|transferencia|importe|cobro)(?![a-z])`,
  // Latin American wordings: "Le comento que la factura … venció el 6 de junio y aún no registramos el pago", "Sigo sin noticias"
  // "la factura F26-220, que vencía el 15/08/2026; todavía no vemos el pago"
  // « Ya estamos en diciembre y no veo la transferencia de la FA-2026-041 »
  `no\\s+(?:veo|vemos|he\\s+visto|hemos\\s+visto)\\s+(?:todavia\\s+|aun\\s+)?(?:el\\s+|la\\s+|su\\s+|tu\\s+|ningun\\s+|ninguna\\s+)?(?:pago|abono|ingreso|transferencia)(?![a-z])`,
  `(?:indicarme|indicarnos|confirmarme|confirmarnos|decirme|decirnos)\\s+si\\s+${'(?:\\S+\\s+){0,8}?'}(?:ya\\s+)?(?:ha\\s+sido|esta|fue)\\s+(?:abonada|pagada|liquidada|transferida|saldada)(?![a-z])`, `no\\s+(?:la|lo)\\s+(?:encuentro|encontramos|vemos|veo)\\s+en\\s+(?:nuestros|mis|los)\\s+(?:extractos|movimientos|cuentas)(?![a-z])`,
  `vencio`, `vencia`, `(?:todavia|aun)\\s+no\\s+(?:vemos|vimos|hemos\\s+visto|he\\s+visto)\\s+(?:el\\s+|su\\s+|tu\\s+|ningun\\s+)?(?:pago|abono|ingreso|transferencia)`, `aun\\s+no\\s+(?:registramos|hemos\\s+registrado|recibimos|hemos\\s+recibido|vemos|tenemos\\s+registrado)`, `(?:sigo|seguimos)\\s+sin\\s+noticias`, `pese\\s+a\\s+(?:nuestros|los|mis)\\s+(?:\\S+\\s+)?(?:recordatorios|avisos|correos|mensajes)`,
  // ca: « Us recordo que la factura … va vèncer el 4 de setembre », « no hem rebut la transferència », « Et prego que facis el pagament »
  `(?:us|et|li|els)\\s+recordo`, `recordatori(?![a-z])`, `(?:continua|segueix)\\s+pendent`, `(?:encara\\s+)?no\\s+hem\\s+rebut`, `(?:va|van)\\s+vencer`, `(?:et|us|li)\\s+prego\\s+que\\s+(?:facis|feu|faci)\\s+el\\s+pagament`,
  `intereses\\s+de\\s+demora`, `a\\s+pesar\\s+de\\s+(?:nuestro|nuestros|mi|mis)\\s+(?:\\S+\\s+)?(?:recordatorio|correo|mensaje|aviso)s?`, `ultimo\\s+aviso`, `sin\\s+pagar`,
  // it
  // "le ricordo che la fattura INV-0590 … era in scadenza il 06/10/2026": a due date reminded, past
  `(?:le|vi|ti)\\s+ricordo\\s+che\\s+(?:la|le)\\s+(?:nostra\\s+|nostre\\s+)?fattur[ae]`, `(?:era|erano)\\s+in\\s+scadenza\\s+(?:il|al)(?![a-z])`,
  `sollecito`, `(?:sollecitiamo|sollecitiamo\\s+nuovamente|torniamo\\s+a\\s+sollecitare|sollecitarvi|sollecitarla)(?![a-z])`, `quando\\s+possiamo\\s+(?:aspettarci|attenderci|contare\\s+sul)`, `promemoria`, `scadut[oa]`, `insolut[oa]`, `non\\s+(?:ancora\\s+)?(?:pagat|saldat)[oa]`, `non\\s+(?:risulta|risultano|e|sono)\\s+(?:ancora\\s+)?(?:pagat|saldat|regolat)[aoie]`, `in\\s+attesa\\s+(?:del|di)\\s+pagamento`, `vi\\s+ricordiamo`, `ancora\\s+aperta`, `ancora\\s+da\\s+(?:saldare|pagare|regolare)`, `(?:vi\\s+)?chiediamo\\s+(?:cortesemente\\s+)?di\\s+provvedere`,
  `non\\s+(?:abbiamo|ho)\\s+(?:ancora\\s+)?ricevuto\\s+${'(?:\\S+\\s+){0,2}?'}(?:pagamento|bonifico|saldo|nulla)`, `in\\s+ritardo\\s+(?:di|da)`, `ritardo\\s+(?:nel|di)\\s+pagamento`,
  `conferma\\w*\\s+${'(?:\\S+\\s+){0,2}?'}data\\s+del\\s+(?:pagamento|bonifico)`,
  // a promise recalled and not kept: "mi aveva indicato il pagamento per il 13/05 ma non è arrivato nulla"
  `(?:mi|ci)\\s+(?:aveva|avevate|avevi)\\s+(?:indicato|promesso|detto|confermato|assicurato)`, `non\\s+(?:e|sono)\\s+(?:ancora\\s+)?(?:arrivat|pervenut)[oaie]\\s+(?:nulla|niente|alcun\\w*)`,
  `interessi\\s+(?:di\\s+mora|moratori)`, `nonostante\\s+(?:il|i|nostro|nostri|la|le|nostra|nostre)\\s+(?:\\S+\\s+)?(?:sollecit\\w+|promemoria|mail|messagg\\w+|comunicazion\\w+)`, `ultimo\\s+avviso`,
  // nl
  // « U had ons een betaling op 15 oktober toegezegd, maar wij hebben tot op heden niets ontvangen. Gelieve factuur … onverwijld te betalen. »
  `(?:niets|geen\\s+(?:betaling|storting|overschrijving))\\s+(?:\\S+\\s+){0,2}?ontvangen`, `onverwijld\\s+te\\s+(?:betalen|voldoen|vereffenen)`,
  `herinnering`, `aanmaning`, `ingebrekestelling`, `sommatie`, `in\\s+gebreke\\s+(?:stellen|gesteld)`, `openstaand\\w*`, `(?:nog\\s+)?(?:openstaat|openstaan|open\\s+staat|open\\s+staan)(?![a-z])`, `bij\\s+nazicht\\s+van\\s+(?:onze|de)\\s+(?:boekhouding|rekeningen)`, `staat\\s+${'(?:\\S+\\s+){0,6}?'}(?:nog\\s+)?open(?![a-z])`, `kom\\s+(?:nog\\s+eens\\s+|even\\s+|nogmaals\\s+|opnieuw\\s+)?terug\\s+op`, `zo\\s+snel\\s+mogelijk\\s+(?:te\\s+)?(?:betalen|voldoen|over\\s+te\\s+maken)`, `nog\\s+niet\\s+(?:mogen\\s+)?ontvangen`, `alsnog\\s+(?:te\\s+)?(?:voldoen|betalen|over\\s+te\\s+maken)`, `vervallen`, `nog\\s+niet\\s+(?:betaald|voldaan|ontvangen)`, `achterstallig\\w*`, `betalingsherinnering`,
  `nog\\s+(?:geen|niets)\\s+(?:betaling\\s+)?ontvangen`, `nog\\s+(?:steeds\\s+|altijd\\s+)?niet\\s+(?:betaald|voldaan|overgemaakt)`, `(?:zie|zien)\\s+(?:nog\\s+)?geen\\s+(?:betaling|overboeking)`, `nog\\s+geen\\s+betaling`,
  `ondanks\\s+(?:onze|mijn)\\s+(?:\\S+\\s+)?(?:herinnering|e-mail|mail|bericht)\\w*`, `bij\\s+(?:gebrek|uitblijven)\\s+(?:aan|van)\\s+(?:uw\\s+|de\\s+)?betaling`, `verwijl?intrest\\w*`, `nalatigheidsinterest\\w*`, `onbetaald\\w*`, `incasso\\w*`, `wettelijke\\s+(?:handels)?rente`,
  // pl, cs, Nordic: "uprzejmie przypominam o fakturze", "termin płatności upłynął", "nadal nieopłacona", "upomínka", "betalningspåminnelse"
  `przypomin\\w*`, `przypomnienie`, `termin\\s+(?:platnosci\\s+)?(?:uplynal|minal)`, `nieoplacon\\w*`, `niezaplacon\\w*`, `zaleg\\w*`, `wezwanie\\s+do\\s+zaplaty`, `(?:nadal|wciaz)\\s+(?:nie\\s+)?(?:otrzymalismy|otrzymalam|otrzymalem|odnotowalismy|odnotowalam|odnotowalem|zaksiegowalismy|widnieje|oczekujemy|czekam|czekamy)`, `prosze\\s+o\\s+(?:pilne\\s+|szybkie\\s+|niezwloczne\\s+)?(?:uregulowanie|zaplate|platnosc|wplate|przelew)`, `status\\w*\\s+platnosci`,
  // da, no, sv: "Vi kan ikke se at faktura … er betalt endnu", "stadig ikke betalt", "SIDSTE RYKKER", "purring"
  `rykker`, `purring`, `pamindelse`, `(?:er|ar)\\s+(?:betalt|betald)\\s+endnu`, `ikke\\s+(?:er\\s+)?betalt\\s+(?:endnu|enda)`, `(?:stadig|stadigvaek|fortsatt|fortfarande|fremdeles)\\s+(?:ikke|inte)\\s+(?:betalt|betald)`, `vi\\s+kan\\s+ikke\\s+se\\s+at`, `inkasso`,
  // en: "We still have nothing on our account for TA-2026-0876 although the transfer was promised … Please send proof of payment without delay."
  `(?:have|see|received|got)\\s+nothing\\s+(?:on|in|into)\\s+(?:our|the)\\s+(?:account|bank\\s+account|bank)`, `nothing\\s+has\\s+(?:yet\\s+)?(?:reached|arrived\\s+(?:in|on|into)|come\\s+into|landed\\s+(?:in|on))\\s+(?:our|my|the)\\s+(?:\\w+\\s+)?(?:account|bank)`, `(?:could|can|would)\\s+you\\s+(?:please\\s+)?(?:make|arrange|send|do|process|initiate|action)\\s+(?:the\\s+|a\\s+|this\\s+|that\\s+)?(?:transfer|payment|wire|remittance|settlement)(?![a-z])`, `send\\s+(?:us\\s+)?(?:a\\s+|the\\s+)?proof\\s+of\\s+(?:payment|transfer)`, `(?:pay|settle|send|transfer|remit|arrange|proceed|make)\\s+(?:\\S+\\s+){0,5}?without\\s+(?:further\\s+)?delay`,
  // en: "I haven't heard back regarding invoice LR-2026-090 … Please arrange the wire at your earliest convenience."
  `(?:haven't|have\\s+not|did\\s+not|didn't)\\s+heard\\s+back\\s+(?:from\\s+you\\s+)?(?:regarding|about|on|concerning)\\s+(?:the\\s+|our\\s+|my\\s+)?invoice`, `please\\s+arrange\\s+(?:the\\s+|for\\s+the\\s+|for\\s+)?(?:wire|payment|transfer|remittance|settlement)(?![a-z])`,
  // hu: "Szeretnénk emlékeztetni", "továbbra is kiegyenlítetlen", "Fizetési felszólítás", "még nem látjuk a befizetést", "határideje … lejárt"
  `emlekeztet\\w*`, `kiegyenlitetlen\\w*`, `fizetesi\\s+felszolitas\\w*`, `(?:meg\\s+)?nem\\s+(?:latjuk|talaljuk)\\s+(?:a\\s+)?(?:be)?fizetes\\w*`, `hatarideje\\s+(?:\\S+\\s+){0,3}?lejart`, `nem\\s+erkezett\\s+meg`,
  // hr, sr, bs, sl: "ljubazno Vas podsjećamo", "još nismo zaprimili uplatu", "OPOMENA", "rok za plaćanje … istekao", "Još ne vidimo uplatu",
  // "prijazno vas opozarjamo", "zapadel v plačilo", "še vedno ni plačan", "Plačila še ne vidimo"
  `(?:podsjecamo|podsecamo|podsjetnik\\w*|podsetnik\\w*|podsjetiti|podsetiti)`, `(?:jos|se)\\s+(?:uvijek\\s+|uvek\\s+|vedno\\s+)?(?:nismo|ni|nije)\\s+(?:zaprimili|primili|placen\\w*|izmiren\\w*|poravnan\\w*)`, `opomen\\w*`, `opomin\\w*`, `opozarjamo`,
  `rok\\s+za\\s+placanje\\s+(?:\\S+\\s+){0,6}?istekao`, `(?:jos|se)\\s+ne\\s+vidimo\\s+(?:uplat\\w*|placil\\w*)`, `(?:uplat\\w*|placil\\w*)\\s+(?:jos|se)\\s+ne\\s+vidimo`, `zapadel\\s+v\\s+placilo`, `nije\\s+izmiren\\w*`,
  // sk: "dovoľujeme si Vás upozorniť", "bola splatná", "zatiaľ nevidíme platbu"
  `(?:dovolujeme|dovolujem)\\s+si\\s+(?:vas\\s+)?upozornit`, `(?:zatial\\s+)?nevidime\\s+(?:platbu|uhradu)`,
  // et, lv, lt: "Tuletame sõbralikult meelde", "maksetähtaeg oli", "Atgādinām", "joprojām nav apmaksāts", "BRĪDINĀJUMS", "maksājums vēl nav redzams",
  // "norėtume priminti", "vis dar neapmokėta", "ĮSPĖJIMAS", "Mokėjimo kol kas nematome"
  `tuletame\\s+(?:\\S+\\s+)?meelde`, `maksetahtaeg\\s+oli`, `atgadin\\w*`, `(?:joprojam|vel)\\s+nav\\s+(?:apmaksat\\w*|samaksat\\w*|redzams)`, `bridinajum\\w*`, `(?:nav|vel\\s+nav)\\s+redzams`,
  `primin\\w*`, `primename`, `neapmoket\\w*`, `ispejim\\w*`, `(?:kol\\s+kas\\s+)?nematome`,
  // uk, ru (casual): "Поки що не бачимо надходження", "Оплата к нам пока не пришла"
  `(?<![а-яіїєґ])не\\s+бачимо\\s+(?:надходження|оплати|платежу)`, `(?<![а-яіїєґ])(?:оплата|платеж|деньги)\\s+(?:\\S+\\s+){0,3}?не\\s+(?:пришла|пришел|поступила|поступил|поступили)`,
  // lb: "mir erlaben eis, Iech drun z'erënneren", "Mir gesinn d'Bezuelung nach net"
  `(?:z')?erenneren`, `gesinn\\s+(?:d'|die\\s+)?bezuelung\\s+nach\\s+net`,
  // he, ar (casual): "ברצוננו להזכיר", "עדיין לא רואים את ההעברה", "טרם התקבל התשלום"; "لم يصلنا الدفع بعد"
  `(?<![\u05d0-\u05ea])(?:להזכיר|מזכירים|עדיין\\s+לא\\s+רואים|טרם\\s+התקבל)`, `(?<![\u0621-\u064a])لم\\s+يصلنا`,
  // nl: "staat factuur … nog open", "wilt u even nakijken?", "Ik sta nog steeds te wachten op de betaling van factuur …"
  `nog\\s+open(?![a-z])`, `wilt\\s+u\\s+(?:even\\s+)?(?:nakijken|controleren)`, `(?:wacht|wachten|sta|staan)\\s+(?:nog\\s+steeds\\s+|nog\\s+altijd\\s+|nog\\s+)?(?:te\\s+wachten\\s+)?op\\s+(?:de|uw|jullie)\\s+(?:betaling|storting|overschrijving)`,
  // cs, sk: "dovoluji si připomenout fakturu …", "pripomíname úhradu", "upomienka"
  `upominka`, `pripominka`, `(?:dovoluji|dovolujeme|dovolujem)\\s+si\\s+(?:vam\\s+)?pripomen\\w*`, `pripomin(?:ame|am|ame\\s+vam)(?![a-z])`, `upomienk\\w*`, `po\\s+splatnosti`, `neuhrazen\\w*`, `betalningspaminnelse`, `betalingspaminnelse`, `paminnelse`, `forfalden`, `forfallen`, `obetald\\w*`, `ubetalt`,
  // "Vi har inte sett någon betalning för faktura … som förföll 2026-04-12"; Finnish "emme ole saaneet maksua", "muistutus"
  `har\\s+(?:(?:endnu|enda|enna|annu|stadig|stadigvaek|fortsatt|fortfarande|fremdeles)\\s+)?(?:inte|ikke|ikkje)\\s+(?:(?:endnu|enda|enna|annu)\\s+)?(?:sett|set|mottagit|modtaget|mottatt|fatt|faet|fatt)\\s+(?:(?:nagon|nogen|noen|nogon|jeres|deres|er|din|din)\\s+)?(?:betalning|betaling|inbetalning|indbetaling|innbetaling)(?:en)?`, `som\\s+(?:forfoll|forfaldt|forfalt)`, `emme\\s+ole\\s+(?:saaneet|nahneet|vastaanottaneet)\\s+maksua`, `maksamatta`, `muistutus`, `erapaiva\\s+(?:oli|on\\s+ollut|meni)`,
]);

/** Answers to a client's request or dispute: bank details, a duplicate, a PO number, "looking into it". */
export const ANSWER = cueRegex([
  `(?:voici|ci-joint|ci\\s+joint|trouverez|please\\s+find|here\\s+(?:is|are)|attached|anbei|im\\s+anhang|adjunto|le\\s+enviamos|in\\s+allegato|alleghiamo|bijgevoegd|in\\s+de\\s+bijlage)\\s+${'(?:[^\\s.!?]+\\s+){0,4}?'}(?:rib|iban|coordonnees\\s+bancaires|bank\\s+details|bankverbindung|datos\\s+bancarios|coordinate\\s+bancarie|bankgegevens|duplicata|copie|copy|(?:rechnungs)?kopie|copia|invoice\\s+(?:attached\\s+)?again|facture\\s+a\\s+nouveau|bon\\s+de\\s+commande|purchase\\s+order|po\\s+number)`,
  `(?:again|a\\s+nouveau|de\\s+nouveau|erneut|nochmals|de\\s+nuevo|nuevamente|di\\s+nuovo|nogmaals|opnieuw)`,
  // the invoice sent again on request: "Je vous la renvoie ci-joint", "I'm resending it"
  `(?:vous|te)\\s+(?:la|le|les)\\s+renvoi(?:e|s|ons)`,
  // … or its details written again: « Bien sûr, je vous remets le détail : facture FA-2026-0418 du 20/10/2026, … reste à payer 6 895,00 € »
  `(?:je|nous)\\s+(?:vous|te)\\s+(?:remets|remettons|redonne|redonnons|recopie|recopions)\\s+(?:le\\s+detail|les\\s+details|les\\s+elements|les\\s+informations|les\\s+references|les\\s+coordonnees)(?![a-z])`, `(?:je|nous)\\s+(?:vous|te)\\s+renvoi(?:e|s|ons)\\s+(?:la|le|votre|ta|ci-joint)`, `resend(?:ing)?\\s+(?:it|the\\s+invoice|a\\s+copy)`,
  `(?:looking|look)\\s+into\\s+(?:it|this)`, `sorry\\s+to\\s+hear`, `desole\\w*\\s+(?:d'apprendre|pour\\s+(?:ce|le|cet))`, `nous\\s+(?:regardons|verifions|examinons)`,
  `je\\s+(?:regarde|verifie)`, `reviens\\s+vers\\s+vous`, `come\\s+back\\s+to\\s+you`, `get\\s+back\\s+to\\s+you`, `wir\\s+(?:prufen|kummern\\s+uns)`, `lo\\s+revisamos`, `verifichiamo`,
  `(?:numero|number|nummer)\\s+(?:de\\s+|du\\s+)?(?:bon\\s+de\\s+commande|po|purchase\\s+order|commande|bestellung|pedido|ordine)`, `(?:bon\\s+de\\s+commande|purchase\\s+order|po\\s+number|po|bestellnummer|bestellung|pedido|ordine)\\s+(?:est|is|ist|es|e)\\s+(?:le\\s+|el\\s+|il\\s+)?(?:n°|nº|no\\.?|nr\\.?|number|numero|#)?\\s*[a-z]{0,6}[-/_.]?\\d`, `(?:po|purchase\\s+order)\\s+(?:number|no|ref\\w*)`, `bestellnummer`,
]);

/** Thanks for a payment received. */
export const THANKS = cueRegex([
  `(?<![а-я])благодар[а-я]*\\s+(?:Ви\\s+|ви\\s+)?за\\s+(?:плащането|превода)`, `multumim\\s+pentru\\s+(?:plata|transfer)`,
  `(?:odemeniz|havaleniz|odemeniz\\s+icin)\\s+(?:icin\\s+)?tesekkur\\w*`,
  `(?<![α-ω])ευχαριστ[α-ω]*\\s+(?:πολυ\\s+)?(?:για\\s+)?(?:την\\s+|το\\s+)?(?:πληρωμη|εξοφληση|καταθεση|μεταφορα|εμβασμα)`,
  `(?:merci|remercions)\\s+(?:\\w+\\s+){0,2}?(?:pour|de)\\s+(?:votre|le|ce)\\s+(?:reglement|paiement|virement)`,
  `(?:bien\\s+)?recu\\s+(?:votre|le)\\s+(?:reglement|paiement|virement)`,
  // « Je te confirme la réception de 288,00 € en espèces ce jour pour la facture BC-2026-231 »
  `(?:confirme|confirmons)\\s+(?:la\\s+)?(?:bonne\\s+)?reception\\s+(?:de\\s+(?:votre|ton|du|le)\\s+(?:reglement|paiement|virement|cheque)|de\\s+\\d[\\d\\s.,]*\\s?(?:€|eur|euros))`,
  `thank(?:s|\\s+you)\\s+(?:\\w+\\s+){0,2}?for\\s+(?:your|the)\\s+(?:prompt\\s+)?(?:payment|remittance|transfer)`, `payment\\s+received\\s+with\\s+thanks`, `received\\s+your\\s+payment`,
  `dank\\s+fur\\s+(?:ihre|die)\\s+(?:zahlung|uberweisung)`, `zahlung\\s+(?:ist\\s+)?(?:dankend\\s+)?erhalten`,
  `gracias\\s+por\\s+(?:su|el)\\s+(?:pago|transferencia)`, `grazie\\s+per\\s+il\\s+(?:pagamento|bonifico)`, `bedankt\\s+voor\\s+(?:uw|de)\\s+betaling`,
]);
