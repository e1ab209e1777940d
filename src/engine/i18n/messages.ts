import { defineMessages, type MessageParams } from "./defineMessages";
import type { Lang } from "./lang";

/**
 * Every sentence the engine and hosts show a user, in French and English. A plain typed map
 * rather than i18next: the engine must stay free of libraries, and a missing translation is
 * then a compile error, not a key shown on screen.
 */
const FR = {
  "error.fileNotFound": "Fichier introuvable : {file}. Vérifiez le chemin.",
  "error.unreadable":
    "Impossible de lire {file} : le fichier est abîmé ou n'est pas un classeur. Ouvrez-le dans Excel, enregistrez-le au format .xlsx ou .csv puis réessayez.",
  "error.notSpreadsheet":
    "{file} n'est pas un tableur : c'est un fichier {kind}, peut-être renommé. Tria lit les classeurs .xlsx et les fichiers texte .csv ou .txt : demandez le fichier des clients dans l'un de ces formats, ou ouvrez-le dans Excel et enregistrez-le en .xlsx ou .csv.",
  "error.openDocumentSheet":
    "{file} est un classeur OpenDocument (.ods, de LibreOffice ou OpenOffice), que Tria ne lit pas encore. Dans LibreOffice : Fichier › Enregistrer sous…, type « Excel 2007-365 (.xlsx) », puis donnez le .xlsx à Tria.",
  "error.binaryFile":
    "{file} n'est pas un fichier texte : son contenu est binaire (un autre type de fichier renommé en .csv ?). Tria lit les classeurs .xlsx et les fichiers texte .csv ou .txt : enregistrez le fichier des clients dans l'un de ces formats et réessayez.",
  "error.isFolder": "{file} est un dossier : indiquez un fichier .xlsx ou .csv.",
  "error.unsupportedFormat": "Format non pris en charge : {file}. Tria lit les fichiers .xlsx, .csv et .txt.",
  "error.legacyXls": "{file} est au format Excel 97-2003 (.xls). Ouvrez-le dans Excel et enregistrez-le en .xlsx.",
  "error.passwordProtected":
    "{file} est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur) et réessayez.",
  "error.emptyWorkbook": "Le classeur {file} ne contient aucune donnée.",
  "error.emptySheet": "La feuille « {sheet} » est vide : il n'y a rien à analyser.",
  "error.sheetNotFound": "La feuille « {sheet} » n'existe pas. Feuilles disponibles : {sheets}.",
  "error.noDataRows":
    "La feuille « {sheet} » n'a aucune ligne de données sous son en-tête (ligne {row}) : il n'y a rien à traiter. Vérifiez que c'est la bonne feuille, ou ajoutez les clients sous l'en-tête.",
  "error.tooManyColumns": "La feuille « {sheet} » déborde de la dernière colonne d'Excel (XFD) une fois les colonnes ajoutées.",
  "error.outputIsInput": "Le fichier de sortie {file} est le fichier d'origine : Tria ne modifie jamais l'original. Choisissez un autre nom avec -o.",
  "error.badOption": "Option invalide : {reason}.",
  "error.missingColumn": "Il manque une colonne : {reason}",
  "error.unpacksTooBig":
    "{file} ne fait que {packed} Mo mais se décompresse en {unpacked} Mo : Tria le refuse (fichier gonflé, « bombe zip »). Ouvrez-le dans Excel et enregistrez-le à nouveau, ou exportez-le en .csv.",
  "error.csvUnclosedQuote":
    "{file}, ligne {line} : un guillemet (\") ouvert n'est jamais fermé ; toutes les lignes suivantes tomberaient dans une seule cellule. Corrigez cette ligne (fermez ou retirez le guillemet) puis réessayez.",
  "error.unsplitCsv":
    "La feuille « {sheet} » tient chaque ligne dans une seule colonne (« {line} ») : c'est un fichier CSV dont les colonnes, séparées par « {delimiter} », n'ont pas été découpées. Dans Excel, sélectionnez la colonne A puis Données › Convertir › Délimité › « {delimiter} », enregistrez en .xlsx et réessayez (ou donnez à Tria le fichier .csv d'origine).",
  "error.featuresNotKept":
    "{file} contient {features}. Tria ne sait pas encore réécrire ces éléments : ils seraient perdus dans le classeur écrit, donc rien n'a été écrit. Lancez la commande sans -o (rapport seul, --report), ou copiez la feuille des clients dans un classeur sans ces éléments.",
  "error.tooBigToRewrite":
    "{file} compte {cells} cellules et contient des éléments (cellules fusionnées, formules, tableaux, graphiques, mises en forme conditionnelles…) que Tria ne réécrit qu'en chargeant tout le classeur en mémoire : il faudrait environ {needed} Mo, plus que les {available} Mo disponibles, donc rien n'a été écrit. Enregistrez une copie de la feuille des clients sans ces éléments (valeurs et mises en forme seulement) ou au format .csv, et lancez Tria sur cette copie ; ou lancez la commande sans -o (rapport seul, --report).",
  "workbookFeature.pivotTable": "un tableau croisé dynamique",
  "workbookFeature.slicer": "un segment (slicer)",
  "workbookFeature.timeline": "une chronologie",
  "workbookFeature.chartsheet": "une feuille graphique",
  "workbookFeature.control": "des contrôles de formulaire ou ActiveX",
  "workbookFeature.oleObject": "un objet incorporé (OLE)",
  "workbookFeature.macros": "des macros (VBA)",
  "warning.totalRowsLeftOut": "Ligne {rows} laissée telle quelle : c'est une ligne de total sous le tableau, pas un client (ni notée, ni marquée).",
  "warning.noteRowsLeftOut": "Ligne {rows} laissée telle quelle : c'est une note sous le tableau, pas un client (ni notée, ni marquée).",
  "error.tooWide":
    "La feuille « {sheet} » a {columns} colonnes : un classeur Excel en a au plus 16 384 (XFD). Gardez les colonnes utiles dans un autre fichier puis réessayez.",
  "error.writeDenied": "Impossible d'écrire {file} : accès refusé. Choisissez un dossier où vous pouvez écrire, avec -o.",
  "error.outputIsFolder": "{file} est un dossier : donnez un nom de fichier avec -o, par ex. -o {file}/clients.tria.xlsx.",
  "error.cannotWrite": "Impossible d'écrire {file} ({reason}). Vérifiez la place libre et le chemin, ou choisissez un autre nom avec -o.",
  "warning.csvOtherDelimiter":
    "Lignes {rows} : séparées par « {delimiter} » au lieu de « {main} » (deux exports collés ?) ; Tria les a lues avec leur propre séparateur. Vérifiez-les.",
  "sheet.legend": "Légende",
  "legend.title": "Légende des marques Tria",
  "legend.kind": "Marque",
  "legend.meaning": "Signification",
  "legend.example": "Aspect",
  "legend.dataKinds": "Types de données (descriptives, d'action, de réaction)",
  "legend.column": "Colonne",
  "legend.dataKind": "Type",
  "flag.incomplete": "Incomplet",
  "flag.volatile": "Volatile",
  "flag.invalid": "Invalide",
  "flag.typo": "Faute de frappe",
  "flag.duplicate": "Doublon",
  "flag.privacy": "RGPD",
  "flag.incomplete.meaning": "Une valeur nécessaire manque ou est tronquée : à compléter.",
  "flag.volatile.meaning": "Information qui se périme (téléphone, e-mail, contact, fonction, dernier achat…) : à revérifier régulièrement.",
  "flag.invalid.meaning": "Valeur impossible (clé de contrôle fausse, date impossible, code postal inexistant) : à corriger.",
  "flag.typo.meaning": "Probable faute de frappe : une correction est proposée dans la note.",
  "flag.duplicate.meaning": "Cette ligne est le même client qu'une autre ligne : voir la colonne « Doublon de la ligne ».",
  "flag.privacy.meaning":
    "RGPD / CNIL : donnée sensible, donnée gardée au-delà de sa durée de conservation, ou prospection par e-mail sans consentement : la note dit quoi faire.",
} as const;

export type MessageKey = keyof typeof FR;

const EN: Record<MessageKey, string> = {
  "error.fileNotFound": "File not found: {file}. Check the path.",
  "error.unreadable": "Cannot read {file}: the file is damaged or not a workbook. Open it in Excel, save it as .xlsx or .csv and try again.",
  "error.notSpreadsheet":
    "{file} is not a spreadsheet: it is a {kind} file, perhaps renamed. Tria reads .xlsx workbooks and .csv or .txt text files: ask for the customer file in one of these formats, or open it in Excel and save it as .xlsx or .csv.",
  "error.openDocumentSheet":
    '{file} is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice), which Tria does not read yet. In LibreOffice: File › Save As…, type "Excel 2007-365 (.xlsx)", then give Tria the .xlsx.',
  "error.binaryFile":
    "{file} is not a text file: its content is binary (another kind of file renamed .csv?). Tria reads .xlsx workbooks and .csv or .txt text files: save the customer file in one of these formats and try again.",
  "error.isFolder": "{file} is a folder: give a .xlsx or .csv file.",
  "error.unsupportedFormat": "Unsupported format: {file}. Tria reads .xlsx, .csv and .txt files.",
  "error.legacyXls": "{file} is an Excel 97-2003 (.xls) file. Open it in Excel and save it as .xlsx.",
  "error.passwordProtected": "{file} is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook) and try again.",
  "error.emptyWorkbook": "The workbook {file} holds no data.",
  "error.emptySheet": 'The sheet "{sheet}" is empty: there is nothing to inspect.',
  "error.sheetNotFound": 'There is no sheet "{sheet}". Sheets in this file: {sheets}.',
  "error.noDataRows":
    'The sheet "{sheet}" has no data rows below its header (row {row}): there is nothing to work on. Check it is the right sheet, or add the customers below the header.',
  "error.tooManyColumns": 'The sheet "{sheet}" would go past Excel\'s last column (XFD) with the added columns.',
  "error.outputIsInput": "The output file {file} is the input file: Tria never modifies the original. Choose another name with -o.",
  "error.badOption": "Invalid option: {reason}.",
  "error.missingColumn": "A column is missing: {reason}",
  "error.unpacksTooBig":
    '{file} is only {packed} MB but unpacks to {unpacked} MB: Tria refuses it (an inflated file, a "zip bomb"). Open it in Excel and save it again, or export it as .csv.',
  "error.csvUnclosedQuote":
    '{file}, line {line}: a quote (") is opened and never closed; every later line would fall into one cell. Fix that line (close or remove the quote) and try again.',
  "error.unsplitCsv":
    'The sheet "{sheet}" holds each line in a single column ("{line}"): a CSV file whose columns, separated by "{delimiter}", were never split. In Excel, select column A, then Data › Text to Columns › Delimited › "{delimiter}", save as .xlsx and try again (or give Tria the original .csv file).',
  "error.featuresNotKept":
    "{file} holds {features}. Tria cannot write these back yet: they would be lost in the written workbook, so nothing was written. Run the command without -o (report only, --report), or copy the customer sheet into a workbook without them.",
  "error.tooBigToRewrite":
    "{file} has {cells} cells and holds features (merged cells, formulas, tables, charts, conditional formats…) that Tria can only write back by loading the whole workbook in memory: that would take about {needed} MB, more than the {available} MB available, so nothing was written. Save a copy of the customer sheet without them (values and formats only) or as .csv and run Tria on that copy; or run the command without -o (report only, --report).",
  "workbookFeature.pivotTable": "a pivot table",
  "workbookFeature.slicer": "a slicer",
  "workbookFeature.timeline": "a timeline",
  "workbookFeature.chartsheet": "a chart sheet",
  "workbookFeature.control": "form or ActiveX controls",
  "workbookFeature.oleObject": "an embedded (OLE) object",
  "workbookFeature.macros": "macros (VBA)",
  "warning.totalRowsLeftOut": "Row {rows} left as it is: a total row under the table, not a customer (neither scored nor marked).",
  "warning.noteRowsLeftOut": "Row {rows} left as it is: a note under the table, not a customer (neither scored nor marked).",
  "error.tooWide":
    'The sheet "{sheet}" has {columns} columns: an Excel workbook holds at most 16,384 (XFD). Keep the columns you need in another file and try again.',
  "error.writeDenied": "Cannot write {file}: permission denied. Choose a folder you can write to, with -o.",
  "error.outputIsFolder": "{file} is a folder: give a file name with -o, e.g. -o {file}/clients.tria.xlsx.",
  "error.cannotWrite": "Cannot write {file} ({reason}). Check the free space and the path, or choose another name with -o.",
  "warning.csvOtherDelimiter":
    'Rows {rows}: separated by "{delimiter}" instead of "{main}" (two exports pasted together?); Tria read them with their own delimiter. Check them.',
  "sheet.legend": "Legend",
  "legend.title": "Tria's flag legend",
  "legend.kind": "Flag",
  "legend.meaning": "Meaning",
  "legend.example": "Look",
  "legend.dataKinds": "Data kinds (descriptive, action, reaction)",
  "legend.column": "Column",
  "legend.dataKind": "Kind",
  "flag.incomplete": "Incomplete",
  "flag.volatile": "Volatile",
  "flag.invalid": "Invalid",
  "flag.typo": "Typo",
  "flag.duplicate": "Duplicate",
  "flag.privacy": "GDPR",
  "flag.incomplete.meaning": "A needed value is missing or truncated: fill it in.",
  "flag.volatile.meaning": "Information that goes stale (phone, e-mail, contact, job title, last purchase…): re-check it regularly.",
  "flag.invalid.meaning": "This value cannot be right (bad checksum, impossible date, postal code that does not exist): correct it.",
  "flag.typo.meaning": "Probably mistyped: the note suggests a fix.",
  "flag.duplicate.meaning": 'This row is the same customer as another row: see the "Duplicate of row" column.',
  "flag.privacy.meaning": "GDPR / CNIL: sensitive data, data kept past its retention period, or e-mail prospecting without consent: the note says what to do.",
};

export type { MessageParams };

/** The engine's shared messages (defineMessages: one placeholder syntax, plural forms). */
export const translate: (lang: Lang, key: MessageKey, params?: MessageParams) => string = defineMessages(FR, EN);
