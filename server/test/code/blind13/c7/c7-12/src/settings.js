export const BOUTIQUE = {
  nom: 'Maison Garnier – Boulangerie Pâtisserie',
  adresse: '14 rue Saint-Jean, 69005 Lyon',
  horaires: 'du mardi au dimanche, 7h–19h30 (fermé le lundi)',
  telephoneSupport: process.env.SUPPORT_PHONE || '04 00 00 00 00',
};
