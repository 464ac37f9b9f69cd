import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';

const tpl = Handlebars.compile(fs.readFileSync(path.join(__dirname, '..', 'templates', 'system.hbs'), 'utf8'));

export type Tenant = {
  twilioNumber: string;
  clinic: Record<string, unknown> & { name: string };
  reception: { whatsapp: string; name: string };
};

const tenants = new Map<string, Tenant>();
for (const f of fs.readdirSync(path.join(__dirname, '..', 'tenants'))) {
  const t = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'tenants', f), 'utf8')) as Tenant;
  tenants.set(t.twilioNumber, t);
}

export const tenantFor = (to: string) => tenants.get(to);
export const renderSystem = (t: Tenant) => tpl({ clinic: t.clinic });
