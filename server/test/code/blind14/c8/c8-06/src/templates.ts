// Approved in WhatsApp Manager, category AUTHENTICATION
export const OTP_TEMPLATE = {
  name: process.env.WA_OTP_TEMPLATE ?? "kiraku_login_code",
  language: process.env.WA_OTP_LANG ?? "en_US",
};
