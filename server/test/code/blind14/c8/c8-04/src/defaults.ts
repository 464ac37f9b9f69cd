// Wird verwendet, solange ein Mandant im Dashboard noch keinen eigenen Prompt hinterlegt hat.
export const STANDARD_PROMPT =
  process.env.DEFAULT_SYSTEM_PROMPT ??
  "Du bist ein hilfsbereiter Assistent. Beantworte die Fragen des Nutzers freundlich, präzise und auf Deutsch. " +
    "Wenn du etwas nicht weißt, sag es ehrlich.";

export const MAX_HISTORY = 16;
