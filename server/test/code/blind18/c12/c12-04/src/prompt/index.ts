import * as p from "./parts";

export const SYSTEM_PROMPT = [p.identite, p.infosEspace, p.perimetre, p.ton, p.escalade].join("\n\n");
