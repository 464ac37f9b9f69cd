create table if not exists tenants (
  instance      text primary key,          -- имя инстанса в Evolution API
  title         text not null,
  system_prompt text not null,
  managers_jid  text,                      -- группа менеджеров (…@g.us)
  handoff_words text[] default '{оператор,менеджер,человек,мастер}'
);
create table if not exists chats (
  instance    text references tenants(instance),
  jid         text,
  history     jsonb default '[]',
  paused_till timestamptz,
  primary key (instance, jid)
);
