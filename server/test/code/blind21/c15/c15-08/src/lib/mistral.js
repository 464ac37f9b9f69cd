import { Mistral } from "@mistralai/mistralai";

export const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
export const MODEL = process.env.MISTRAL_MODEL ?? "mistral-small-latest";
