// Used when a tenant hasn't filled in their own instructions in the dashboard yet.
export const DEFAULT_SYSTEM_PROMPT =
  'You are a helpful assistant. Answer the user\'s questions clearly and concisely. ' +
  'Reply in the same language the user writes in.';

export const HANDOFF_ACK = 'One moment, I\'m connecting you with a member of the team.';
