import { PERSONA } from "./persona.js";
import { CATALOGO } from "./catalogo.js";
import { REGLAS } from "./reglas.js";

export const SYSTEM_PROMPT = [PERSONA, CATALOGO, REGLAS].join("\n\n");
