export const config = {
  port: Number(process.env.PORT ?? 8080),
  twilio: {
    sid: process.env.TWILIO_ACCOUNT_SID ?? "",
    token: process.env.TWILIO_AUTH_TOKEN ?? "",
    from: process.env.TWILIO_WHATSAPP_FROM ?? "",
  },
  model: process.env.CLAUDE_MODEL ?? "claude-sonnet-4-5",
  // TODO(mk): erst auf true, wenn Zammad-Gruppe "Serviceannahme" eingerichtet ist (geplant Q3).
  // Bis dahin KEINE Übergabe anbieten – sonst landen Tickets im Nirgendwo.
  handoffEnabled: process.env.HANDOFF_ENABLED === "true",
};
