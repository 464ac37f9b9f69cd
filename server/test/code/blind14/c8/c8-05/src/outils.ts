import fs from "node:fs";

const FICHIER = process.env.RESA_DB ?? "./reservations.json";
const CAPACITE = 42;

type Resa = { nom: string; date: string; heure: string; couverts: number; tel: string };

function lire(): Resa[] {
  return fs.existsSync(FICHIER) ? JSON.parse(fs.readFileSync(FICHIER, "utf8")) : [];
}

export function verifierDispo(date: string, heure: string, couverts: number) {
  const deja = lire().filter((r) => r.date === date && r.heure === heure).reduce((s, r) => s + r.couverts, 0);
  return { disponible: deja + couverts <= CAPACITE, placesRestantes: CAPACITE - deja };
}

export function creerReservation(r: Resa) {
  const toutes = lire();
  toutes.push(r);
  fs.writeFileSync(FICHIER, JSON.stringify(toutes, null, 2));
  return { ok: true };
}
