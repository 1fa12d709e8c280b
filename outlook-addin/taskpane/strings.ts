/**
 * The pane's words. The vocabulary it shares with Gmail (statuses, stages, actions, dashboard) comes from the
 * extension's catalogs (extension/ui/i18n.ts), so an invoice reads the same in both mailboxes; what only
 * Outlook has (reply form, info bar, desk, batch) is here, in French and English.
 */
import { createTranslate, type MessageKey, type Translate } from '../../shared/app/i18n';
import type { UiLanguage } from '../../shared/app/messages';

const OUTLOOK = {
  fr: {
    tabInvoice: 'Cette facture',
    tabSettings: 'Réglages',
    openSettings: 'Ouvrir les réglages',
    profileNeeded: "Les relances sont signées au nom de votre entreprise : renseignez son profil dans les réglages.",
    p_companyName: 'Raison sociale',
    p_address: 'Adresse (plusieurs lignes)',
    p_email: 'E-mail',
    p_phone: 'Téléphone',
    p_siren: 'SIREN',
    p_iban: 'IBAN',
    p_signatoryName: 'Signataire',
    p_signatoryTitle: 'Fonction du signataire',
    p_jurisdiction: 'Droit applicable',
    p_language: 'Langue des relances',
    p_penaltyRate: 'Taux de pénalités des CGV (%, vide = taux légal)',
    meHint: 'Séparés par des virgules : vos adresses et le domaine de votre entreprise.',
    settingsSaved: 'Réglages enregistrés.',
    settingsInvalid: 'Réglages refusés : $1',

    tabDesk: 'Bureau',
    reading: 'Lecture du message…',
    noItem: 'Sélectionnez un message de facture, ou utilisez le bureau.',
    notInvoice: "Ce message n'est pas une facture à recouvrer, et sa conversation n'en contient pas de connue.",
    drafts: 'Relances',
    openReply: 'Ouvrir la réponse',
    replyOpened: 'Réponse ouverte ($1). Relance enregistrée ; prochain suivi : $2.',
    notAttached: "Votre version d'Outlook ne joint pas de fichier à une réponse : joignez $1 vous-même.",
    attachedFile: 'Facture jointe : $1',
    attachedFiles: 'Factures jointes : $1',
    noAttachment: 'aucune pièce jointe',
    insertDraft: 'Insérer dans le message',
    inserted: 'Relance insérée dans le message.',
    composeNoInvoice: "Aucune facture connue pour ce message. Ouvrez d'abord le message de la facture avec « Relancer », ou choisissez une facture :",
    chooseInvoice: 'Facture',
    infoNext: '$1 prévue le $2',
    infoNone: 'Relance : $1',
    dueBanner: '$1 relance(s) à faire aujourd’hui',
    batch: 'Relances en série',
    batchStart: 'Ouvrir la première relance',
    batchNext: 'Relance suivante',
    batchDone: 'Toutes les relances du jour sont ouvertes.',
    batchProgress: 'Relance $1 sur $2',
    batchNoAttachment: "Le message de la facture n'a pas été ouvert ici : joignez la facture vous-même.",
    batchGrouped: 'relance groupée de $1 factures du même client',
    groupOpened: 'Relance groupée ouverte ($1 factures), enregistrée sur chacune ; prochain suivi : $2.',
    thanksOpened: 'Remerciement ouvert et enregistré.',
    thisInvoiceAlone: 'Cette facture seule',
    retry: 'Réessayer',
    officeError: 'Outlook a refusé : $1',
    loadError: 'Impossible de charger : $1',
    stillHere: 'Rien n’est perdu : la relance et vos saisies restent ici.',
    categoryFailed: "La catégorie n'a pas pu être posée : $1",
    infoBarFailed: "La barre d'information n'a pas pu être affichée : $1",
    formalMissing: 'Mentions manquantes : $1',
    preview: 'Aperçu',
    pinned: 'Épinglez le volet pour garder le bureau ouvert en changeant de message.',
    count: '$1 facture(s)',
    none: '—',
  },
  en: {
    tabInvoice: 'This invoice',
    tabSettings: 'Settings',
    openSettings: 'Open the settings',
    profileNeeded: "Reminders are signed in your company's name: fill in its profile in the settings.",
    p_companyName: 'Company name',
    p_address: 'Address (several lines)',
    p_email: 'E-mail',
    p_phone: 'Phone',
    p_siren: 'Company number (SIREN)',
    p_iban: 'IBAN',
    p_signatoryName: 'Signatory',
    p_signatoryTitle: "Signatory's title",
    p_jurisdiction: 'Governing law',
    p_language: 'Language of the reminders',
    p_penaltyRate: 'Penalty rate of your terms (%, empty = legal rate)',
    meHint: "Comma-separated: your addresses and your company's domain.",
    settingsSaved: 'Settings saved.',
    settingsInvalid: 'Settings refused: $1',

    tabDesk: 'Desk',
    reading: 'Reading the message…',
    noItem: 'Select an invoice message, or use the desk.',
    notInvoice: 'This message is not an invoice to collect, and its conversation holds no known one.',
    drafts: 'Reminders',
    openReply: 'Open the reply',
    replyOpened: 'Reply opened ($1). Reminder recorded; next follow-up: $2.',
    notAttached: 'Your Outlook cannot attach a file to a reply: attach $1 yourself.',
    attachedFile: 'Invoice attached: $1',
    attachedFiles: 'Invoices attached: $1',
    noAttachment: 'no attachment',
    insertDraft: 'Insert into the message',
    inserted: 'Reminder inserted into the message.',
    composeNoInvoice: 'No known invoice for this message. Open the invoice message with "Chase" first, or choose an invoice:',
    chooseInvoice: 'Invoice',
    infoNext: '$1 planned on $2',
    infoNone: 'Relance: $1',
    dueBanner: '$1 reminder(s) due today',
    batch: 'Batch reminders',
    batchStart: 'Open the first reminder',
    batchNext: 'Next reminder',
    batchDone: "All of today's reminders are open.",
    batchProgress: 'Reminder $1 of $2',
    batchNoAttachment: "The invoice's message was never opened here: attach the invoice yourself.",
    batchGrouped: 'grouped reminder for $1 invoices of the same client',
    groupOpened: 'Grouped reminder opened ($1 invoices), recorded on each; next follow-up: $2.',
    thanksOpened: 'Thank-you opened and recorded.',
    thisInvoiceAlone: 'This invoice alone',
    retry: 'Retry',
    officeError: 'Outlook refused: $1',
    loadError: 'Could not load: $1',
    stillHere: 'Nothing is lost: the reminder and what you typed stay here.',
    categoryFailed: 'The category could not be set: $1',
    infoBarFailed: 'The info bar could not be shown: $1',
    formalMissing: 'Missing mentions: $1',
    preview: 'Preview',
    pinned: 'Pin the pane to keep the desk open while you change messages.',
    count: '$1 invoice(s)',
    none: '—',
  },
} as const;

export type OutlookKey = keyof (typeof OUTLOOK)['fr'];
export type PaneTranslate = Translate & ((key: OutlookKey, ...subs: (string | number)[]) => string);

export function createPaneTranslate(language: UiLanguage): PaneTranslate {
  const shared = createTranslate(language);
  const own: Record<string, string> = OUTLOOK[language];
  return ((key: string, ...subs: (string | number)[]) => {
    const message = own[key];
    if (message === undefined) return shared(key as MessageKey, ...subs);
    return message.replace(/\$(\d)/g, (m, n: string) => String(subs[Number(n) - 1] ?? m));
  }) as PaneTranslate;
}

export function outlookKeys(language: UiLanguage): string[] {
  return Object.keys(OUTLOOK[language]);
}

/** The pane's language: the user's setting when there is one, else Outlook's display language. */
export function paneLanguage(displayLanguage: string, setting?: UiLanguage | null): UiLanguage {
  if (setting) return setting;
  return displayLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
