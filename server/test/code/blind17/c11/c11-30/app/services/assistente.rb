class Assistente
  TOOLS = [
    {
      name: "buscar_imoveis",
      description: "Busca imóveis da carteira",
      input_schema: {
        type: "object",
        properties: {
          finalidade: { type: "string", enum: %w[venda aluguel] },
          bairro: { type: "string" },
          quartos: { type: "integer" },
          valor_max: { type: "number" }
        },
        required: %w[finalidade]
      }
    },
    {
      name: "agendar_visita",
      description: "Agenda visita a um imóvel",
      input_schema: {
        type: "object",
        properties: { codigo: { type: "string" }, data_hora: { type: "string" }, nome: { type: "string" } },
        required: %w[codigo data_hora nome]
      }
    }
  ].freeze

  def initialize
    @client = Anthropic::Client.new(api_key: ENV.fetch("ANTHROPIC_API_KEY"))
  end

  def responder(conversa, texto)
    conversa.mensagens << { role: "user", content: texto }
    4.times do
      resp = @client.messages.create(
        model: "claude-3-5-haiku-latest",
        max_tokens: 700,
        system: PromptBuilder.system_prompt,
        tools: TOOLS,
        messages: conversa.mensagens.last(16)
      )
      conversa.mensagens << { role: "assistant", content: resp.content.map(&:to_h) }
      usos = resp.content.select { |b| b.type.to_s == "tool_use" }
      if usos.empty?
        conversa.save!
        return resp.content.select { |b| b.type.to_s == "text" }.map(&:text).join
      end
      conversa.mensagens << {
        role: "user",
        content: usos.map { |u| { type: "tool_result", tool_use_id: u.id, content: executar(u.name, u.input, conversa) } }
      }
    end
    "Desculpe, tive um probleminha aqui. Pode repetir?"
  end

  private

  def executar(nome, input, conversa)
    case nome
    when "buscar_imoveis" then Imovel.buscar(**input.symbolize_keys).first(3).map(&:resumo).to_json
    when "agendar_visita" then Visita.create!(input.merge(telefone: conversa.telefone)).confirmacao
    else "ferramenta desconhecida"
    end
  end
end
