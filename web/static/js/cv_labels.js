// French labels for the closed sets of the CV profile (GET /api/cv/profile) and date helpers.

const SECTION_KINDS = {
  summary: 'Profil',
  experience: 'Expérience',
  education: 'Formation',
  skills: 'Compétences',
  languages: 'Langues',
  certifications: 'Certifications',
  projects: 'Projets',
  interests: "Centres d'intérêt",
  references: 'Références',
  contact: 'Coordonnées',
  other: 'Autre',
};

const EDUCATION_LEVELS = {
  bac: 'Bac',
  'bac+2': 'Bac+2 (BTS, DUT)',
  'bac+3': 'Bac+3 (Licence, Bachelor, BUT)',
  'bac+4': 'Bac+4 (Maîtrise, M1)',
  'bac+5': 'Bac+5 (Master, Ingénieur)',
  'bac+8': 'Bac+8 (Doctorat)',
};

const LANGUAGE_LEVELS = {
  natif: 'Langue maternelle',
  bilingue: 'Bilingue',
  courant: 'Courant',
  professionnel: 'Professionnel',
  intermédiaire: 'Intermédiaire',
  notions: 'Notions',
};

const DOCUMENT_TYPES = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  txt: 'Texte brut (TXT)',
  png: 'Image PNG',
  jpeg: 'Image JPEG',
  tiff: 'Image TIFF',
};

/** "experience" → "Expérience"; unknown kinds → "Autre". */
export function section_kind_label(kind) {
  return SECTION_KINDS[kind] ?? SECTION_KINDS.other;
}

/** "bac+5" → "Bac+5 (Master, Ingénieur)"; unknown levels are shown as given. */
export function education_level_label(level) {
  return EDUCATION_LEVELS[level] ?? String(level ?? '');
}

/** "courant" → "Courant" ("" when unknown). */
export function language_level_label(level) {
  return LANGUAGE_LEVELS[level] ?? (level ? String(level) : '');
}

/** A language of the CV or of a posting: "anglais (C1)", its name or code, else "langue". */
export function language_text(language) {
  const name = language?.name || language?.code || 'langue';
  return language?.cefr ? `${name} (${language.cefr})` : name;
}

/** "pdf" → "PDF"; unknown types upper-cased. */
export function document_type_label(type) {
  return DOCUMENT_TYPES[type] ?? String(type ?? '').toUpperCase();
}

const one_decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const month_format = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const moment_format = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** 4.5 → "4,5 ans", 1 → "1 an", 0.4 → "moins d'un an". */
export function format_years(years) {
  const value = Number(years) || 0;
  if (value < 1) return "moins d'un an";
  const rounded = Math.round(value * 10) / 10;
  return `${one_decimal.format(rounded)} ${rounded < 2 ? 'an' : 'ans'}`;
}

/** "2019-03" → "mars 2019", "2019" → "2019", anything else as given. */
export function format_month(value) {
  const text = String(value ?? '');
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return text;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return Number.isNaN(date.getTime()) ? text : month_format.format(date);
}

/** ISO date-time → "3 mars 2025 à 14:05" in the visitor's time zone ("" when unusable). */
export function format_moment(iso) {
  const date = new Date(String(iso ?? ''));
  return Number.isNaN(date.getTime()) ? '' : moment_format.format(date);
}

/** "1 page" / "3 pages". */
export function count_pages(count) {
  const value = Number(count) || 0;
  return `${value} ${value > 1 ? 'pages' : 'page'}`;
}
