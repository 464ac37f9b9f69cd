create table tenants (
  id serial primary key,
  slug text unique not null,
  wati_endpoint text not null,
  wati_token text not null,
  display_name text not null,
  system_prompt text,           -- null = use DEFAULT_PROMPT
  operator_email text
);
