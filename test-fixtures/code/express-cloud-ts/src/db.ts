export const db = {
  async tenantFor(_phone: string): Promise<{ systemPrompt: string }> {
    return { systemPrompt: '' };
  },
};
