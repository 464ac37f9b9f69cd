import Handlebars from 'handlebars';
import { readFileSync } from 'fs';
import { join } from 'path';

const tpl = Handlebars.compile(readFileSync(join(__dirname, '..', 'templates', 'system.hbs'), 'utf8'));

export interface PromptContext {
  slots: string[];
  prices: { name: string; price: string }[];
  repair?: { id: string; status: string; eta: string };
}

export function renderSystem(ctx: PromptContext): string {
  return tpl({
    shop: { name: 'Radhaus Kessler', city: 'Freiburg-Wiehre', hours: 'Mo–Fr 9–18:30, Sa 10–14 Uhr' },
    today: new Date().toLocaleDateString('de-DE', { weekday: 'long', day: 'numeric', month: 'long' }),
    ...ctx,
  });
}
