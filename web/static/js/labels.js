// French labels for the closed sets of the API (docs/api.md): filters, sources, plurals.

export const JOB_TYPES = ['CDI', 'CDD', 'Stage', 'Alternance', 'Freelance', 'Intérim'];

export const WORKING_TIMES = ['Temps plein', 'Temps partiel'];

export const DATE_RANGES = [
  ['all', 'Toutes les dates'],
  ['1day', 'Dernières 24 heures'],
  ['1week', '7 derniers jours'],
  ['1month', '30 derniers jours'],
  ['3months', '3 derniers mois'],
  ['thisyear', 'Cette année'],
];

const SOURCE_NAMES = {
  france_travail: 'France Travail',
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  glassdoor: 'Glassdoor',
  google_jobs: 'Google Jobs',
  the_muse: 'The Muse',
  adzuna: 'Adzuna',
  rekrute: 'ReKrute',
  bayt: 'Bayt',
  emploi: 'Emploi.ma',
  offres_marocannonces: 'Marocannonces',
  keejob: 'Keejob',
  'jobi.tn': 'Jobi.tn',
  emploitunisie: 'Emploi Tunisie',
  welcome_to_the_jungle: 'Welcome to the Jungle',
  apec: 'APEC',
};

/** Display name of a platform id ("france_travail" → "France Travail"); unknown ids are shown as given. */
export function source_label(source) {
  if (!source) return 'Source inconnue';
  return SOURCE_NAMES[source] ?? source;
}

/** "0 offre" / "1 offre" / "12 offres" with a French-formatted number. */
export function count_offers(count, formatted) {
  return `${formatted} ${count > 1 ? 'offres' : 'offre'}`;
}
