// Liest Slots und Aufträge aus der Werkstatt-Software (CSV-Export, alle 10 min per cron)
import { readFileSync, existsSync } from 'fs';

const EXPORT = process.env.WERKSTATT_EXPORT ?? '/srv/radhaus/export';

export function freeSlots(): string[] {
  const f = `${EXPORT}/slots.csv`;
  if (!existsSync(f)) return [];
  return readFileSync(f, 'utf8').trim().split('\n').slice(1).map((l) => l.replace(';', ' um '));
}

export function prices() {
  return [
    { name: 'Inspektion Citybike', price: '59' },
    { name: 'Inspektion E-Bike inkl. Software-Update', price: '89' },
    { name: 'Schlauch wechseln (inkl. Schlauch)', price: '18' },
    { name: 'Bremsbeläge hinten/vorn je', price: '24' },
  ];
}

export function findRepair(text: string) {
  const m = text.match(/\bRK-\d{5}\b/);
  if (!m) return undefined;
  const f = `${EXPORT}/auftraege.csv`;
  if (!existsSync(f)) return undefined;
  const row = readFileSync(f, 'utf8').split('\n').find((l) => l.startsWith(m[0]));
  if (!row) return undefined;
  const [id, status, eta] = row.split(';');
  return { id, status, eta };
}
