export const config = {
  waToken: process.env.WA_TOKEN ?? "",
  phoneNumberId: process.env.WA_PHONE_NUMBER_ID ?? "",
  verifyToken: process.env.WA_VERIFY_TOKEN ?? "",
  // default false — lihat catatan di .env.example
  humanHandoff: (process.env.ENABLE_HUMAN_HANDOFF ?? "false") === "true",
  model: "claude-3-5-haiku-latest",
};
