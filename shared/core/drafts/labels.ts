import type { DraftLanguage } from '../ladder/stages';
import type { ChargesRegime, LegalBasis, RateBasis } from '../law/late-charges';

/** Words the view builder puts into variables, per language (the templates hold the sentences). */
export interface Labels {
  stage: Record<'pre-due' | 'courteous' | 'firm' | 'formal' | 'unknown', string>;
  callOutcome: Record<'reached' | 'no-answer' | 'promise' | 'dispute' | 'plan-requested' | 'paid', string>;
  basis: Record<LegalBasis, string>;
  /** How a rate was set; {ref} is the reference rate, formatted. */
  rateBasis: Record<RateBasis, string>;
  regime: Record<ChargesRegime, string>;
  /** "Dijon, le 23 novembre 2026"; {place} may be empty. */
  placeDate: (place: string, date: string) => string;
  letterSubject: string;
  registered: string;
  objectLabel: string;
}

const FR: Labels = {
  stage: { 'pre-due': 'rappel avant échéance', courteous: 'relance', firm: 'relance ferme', formal: 'mise en demeure', unknown: 'relance' },
  callOutcome: { reached: 'joint', 'no-answer': 'pas de réponse', promise: 'promesse de paiement', dispute: 'contestation', 'plan-requested': 'demande d’échéancier', paid: 'payé' },
  basis: {
    'FR-L441-10': 'article L441-10 du Code de commerce',
    'FR-D441-5': 'article D441-5 du Code de commerce',
    'FR-CCIV-1231-6': 'article 1231-6 du Code civil',
    'FR-CCIV-1344-1': 'article 1344-1 du Code civil',
    'EU-2011-7': 'directive 2011/7/UE',
    'UK-LPCDIA-1998': 'Late Payment of Commercial Debts (Interest) Act 1998',
  },
  rateBasis: {
    contract: 'taux prévu par nos conditions générales de vente',
    'ecb+10': 'taux de refinancement de la BCE de {ref} majoré de 10 points',
    'legal-floor': 'trois fois le taux de l’intérêt légal de {ref}',
    'ecb+8': 'taux de référence de la BCE de {ref} majoré de 8 points',
    'boe+8': 'taux de base de la Banque d’Angleterre de {ref} majoré de 8 points',
    legal: 'taux de l’intérêt légal',
  },
  regime: { 'FR-B2B': 'droit français, entre professionnels', 'FR-B2C': 'droit français, client particulier', EU: 'directive 2011/7/UE', UK: 'droit anglais', CONTRACT: 'conditions contractuelles', NONE: 'aucune pénalité légale' },
  placeDate: (place, date) => (place ? `${place}, le ${date}` : `Le ${date}`),
  letterSubject: 'Mise en demeure',
  registered: 'Lettre recommandée avec accusé de réception',
  objectLabel: 'Objet',
};

const EN: Labels = {
  stage: { 'pre-due': 'advance reminder', courteous: 'reminder', firm: 'second reminder', formal: 'formal notice', unknown: 'reminder' },
  callOutcome: { reached: 'reached', 'no-answer': 'no answer', promise: 'promise to pay', dispute: 'dispute', 'plan-requested': 'asked for a payment plan', paid: 'paid' },
  basis: {
    'FR-L441-10': 'article L441-10 of the French Commercial Code',
    'FR-D441-5': 'article D441-5 of the French Commercial Code',
    'FR-CCIV-1231-6': 'article 1231-6 of the French Civil Code',
    'FR-CCIV-1344-1': 'article 1344-1 of the French Civil Code',
    'EU-2011-7': 'Directive 2011/7/EU',
    'UK-LPCDIA-1998': 'Late Payment of Commercial Debts (Interest) Act 1998',
  },
  rateBasis: {
    contract: 'rate set in our terms of sale',
    'ecb+10': 'ECB refinancing rate of {ref} plus 10 points',
    'legal-floor': 'three times the French legal interest rate of {ref}',
    'ecb+8': 'ECB reference rate of {ref} plus 8 points',
    'boe+8': 'Bank of England base rate of {ref} plus 8%',
    legal: 'legal interest rate',
  },
  regime: { 'FR-B2B': 'French law, between businesses', 'FR-B2C': 'French law, consumer client', EU: 'Directive 2011/7/EU', UK: 'UK law', CONTRACT: 'contract terms', NONE: 'no statutory charges' },
  placeDate: (place, date) => (place ? `${place}, ${date}` : date),
  letterSubject: 'Formal notice',
  registered: 'Recorded delivery',
  objectLabel: 'Subject',
};

const ES: Labels = {
  ...EN,
  stage: { 'pre-due': 'recordatorio previo', courteous: 'recordatorio', firm: 'segundo recordatorio', formal: 'requerimiento de pago', unknown: 'recordatorio' },
  basis: {
    'FR-L441-10': 'artículo L441-10 del Código de Comercio francés',
    'FR-D441-5': 'artículo D441-5 del Código de Comercio francés',
    'FR-CCIV-1231-6': 'artículo 1231-6 del Código Civil francés',
    'FR-CCIV-1344-1': 'artículo 1344-1 del Código Civil francés',
    'EU-2011-7': 'Directiva 2011/7/UE',
    'UK-LPCDIA-1998': 'Late Payment of Commercial Debts (Interest) Act 1998',
  },
  rateBasis: {
    contract: 'tipo fijado en nuestras condiciones generales de venta',
    'ecb+10': 'tipo de refinanciación del BCE del {ref} más 10 puntos',
    'legal-floor': 'tres veces el tipo de interés legal francés del {ref}',
    'ecb+8': 'tipo de referencia del BCE del {ref} más 8 puntos',
    'boe+8': 'tipo oficial del Banco de Inglaterra del {ref} más 8 puntos',
    legal: 'interés legal',
  },
  placeDate: (place, date) => (place ? `${place}, ${date}` : date),
  letterSubject: 'Requerimiento de pago',
  registered: 'Burofax / carta certificada con acuse de recibo',
  objectLabel: 'Asunto',
};

const DE: Labels = {
  ...EN,
  stage: { 'pre-due': 'Vorabhinweis', courteous: 'Zahlungserinnerung', firm: 'Mahnung', formal: 'letzte Mahnung', unknown: 'Zahlungserinnerung' },
  basis: {
    'FR-L441-10': 'Art. L441-10 des französischen Handelsgesetzbuchs',
    'FR-D441-5': 'Art. D441-5 des französischen Handelsgesetzbuchs',
    'FR-CCIV-1231-6': 'Art. 1231-6 des französischen Zivilgesetzbuchs',
    'FR-CCIV-1344-1': 'Art. 1344-1 des französischen Zivilgesetzbuchs',
    'EU-2011-7': 'Richtlinie 2011/7/EU',
    'UK-LPCDIA-1998': 'Late Payment of Commercial Debts (Interest) Act 1998',
  },
  rateBasis: {
    contract: 'Zinssatz gemäß unseren Allgemeinen Geschäftsbedingungen',
    'ecb+10': 'Hauptrefinanzierungssatz der EZB von {ref} zuzüglich 10 Prozentpunkten',
    'legal-floor': 'dreifacher französischer gesetzlicher Zinssatz von {ref}',
    'ecb+8': 'Referenzzinssatz der EZB von {ref} zuzüglich 8 Prozentpunkten',
    'boe+8': 'Leitzins der Bank of England von {ref} zuzüglich 8 Prozentpunkten',
    legal: 'gesetzlicher Zinssatz',
  },
  placeDate: (place, date) => (place ? `${place}, den ${date}` : date),
  letterSubject: 'Letzte Mahnung',
  registered: 'Einschreiben mit Rückschein',
  objectLabel: 'Betreff',
};

const IT: Labels = {
  ...EN,
  stage: { 'pre-due': 'promemoria', courteous: 'sollecito', firm: 'secondo sollecito', formal: 'diffida', unknown: 'sollecito' },
  basis: {
    'FR-L441-10': 'articolo L441-10 del Codice di commercio francese',
    'FR-D441-5': 'articolo D441-5 del Codice di commercio francese',
    'FR-CCIV-1231-6': 'articolo 1231-6 del Codice civile francese',
    'FR-CCIV-1344-1': 'articolo 1344-1 del Codice civile francese',
    'EU-2011-7': 'direttiva 2011/7/UE',
    'UK-LPCDIA-1998': 'Late Payment of Commercial Debts (Interest) Act 1998',
  },
  rateBasis: {
    contract: 'tasso previsto dalle nostre condizioni generali di vendita',
    'ecb+10': 'tasso di rifinanziamento BCE del {ref} maggiorato di 10 punti',
    'legal-floor': 'tre volte il tasso di interesse legale francese del {ref}',
    'ecb+8': 'tasso di riferimento BCE del {ref} maggiorato di 8 punti',
    'boe+8': 'tasso base della Bank of England del {ref} maggiorato di 8 punti',
    legal: 'tasso legale',
  },
  placeDate: (place, date) => (place ? `${place}, ${date}` : date),
  letterSubject: 'Diffida di pagamento',
  registered: 'Raccomandata con ricevuta di ritorno',
  objectLabel: 'Oggetto',
};

export const LABELS: Record<DraftLanguage, Labels> = { fr: FR, en: EN, es: ES, de: DE, it: IT };
