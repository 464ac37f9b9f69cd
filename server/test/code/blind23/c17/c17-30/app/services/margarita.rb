class Margarita
  def initialize(cliente = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_API_KEY")))
    @cliente = cliente
  end

  def prompt
    partes = [Ajuste.valor("prompt_base")]
    partes << Ajuste.valor("prompt_fuera_de_tema") if ActiveModel::Type::Boolean.new.cast(ENV.fetch("ALLOW_OFFTOPIC", "false"))
    partes << "Catálogo:\n" + Producto.activos.map { |p| "- #{p.nombre}: $#{p.precio}" }.join("\n")
    partes.join("\n\n")
  end

  def responder(historial)
    r = @cliente.chat(parameters: {
      model: "gpt-4o-mini",
      messages: [{ role: "system", content: prompt }] + historial,
      temperature: 0.5
    })
    r.dig("choices", 0, "message", "content").to_s
  end
end
