CREATE TABLE tenants (
  id            SERIAL PRIMARY KEY,
  name          TEXT NOT NULL,
  d360_api_key  TEXT NOT NULL,
  wa_number     TEXT UNIQUE NOT NULL,
  system_prompt TEXT,            -- optional, set later from the dashboard
  created_at    TIMESTAMPTZ DEFAULT now()
);
