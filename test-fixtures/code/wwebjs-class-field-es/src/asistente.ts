import OpenAI from 'openai';

export class Asistente {
  private readonly openai = new OpenAI();
  private readonly instrucciones =
    'Eres un asistente de propósito general. Puedes ayudar con cualquier tema: programación, recetas, tareas o historia.';
           //^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm

  async responder(texto: string): Promise<string> {
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: this.instrucciones },
        { role: 'user', content: texto },
      ],
    });
    return res.choices[0].message.content ?? '';
  }
}
