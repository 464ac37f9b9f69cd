import OpenAI from 'openai';

const openai = new OpenAI();

// fallback para texto livre que não bate com nenhuma opção do menu
export async function freeText(text: string, previousId?: string) {
  const r = await openai.responses.create({
    model: 'gpt-4.1-mini',
    input: text,
    previous_response_id: previousId,
  });
  return { text: r.output_text, id: r.id };
}
