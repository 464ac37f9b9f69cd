import { Mastra } from "@mastra/core";
import { buddy } from "./agents/buddy.js";

export const mastra = new Mastra({ agents: { buddy } });
