create table tenants (
  id              serial primary key,
  slug            text unique not null,
  business_name   text not null,
  evolution_instance text unique not null,
  system_prompt   text,            -- null = pakai DEFAULT_SYSTEM_PROMPT
  model           text,
  chatwoot_inbox_id int,
  created_at      timestamptz default now()
);

insert into tenants (slug, business_name, evolution_instance, system_prompt, chatwoot_inbox_id) values
  ('laundry-bersih', 'Laundry Bersih Jaya', 'laundrybersih', null, 4),
  ('kopi-tuku-bsd', 'Kedai Kopi Bumi BSD', 'kopibumi', null, 7),
  ('klinik-gigi-senyum', 'Klinik Gigi Senyum', 'senyum',
   'Kamu CS Klinik Gigi Senyum. Bantu jadwal konsultasi dan info harga scaling/tambal saja.', 9);
