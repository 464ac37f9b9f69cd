// Approved authentication template in WhatsApp Manager: "login_code" (en, ha, yo)
export const AUTH_TEMPLATE = {
  name: 'login_code',
  languageByCountry: { NG: 'en', GH: 'en' } as Record<string, string>,
  ttlSeconds: 300,
};
