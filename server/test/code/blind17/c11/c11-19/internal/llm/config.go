package llm

import "os"

const defaultSystemPrompt = `Sos un asistente útil y con buena onda. Respondé en castellano rioplatense (voseo),
claro y cortito porque esto es WhatsApp. Si no sabés algo, decilo.`

// SystemPrompt devuelve el prompt de sistema; se puede pisar con la variable de entorno SYSTEM_PROMPT.
func SystemPrompt() string {
	if p := os.Getenv("SYSTEM_PROMPT"); p != "" {
		return p
	}
	return defaultSystemPrompt
}

func Model() string {
	if m := os.Getenv("OPENAI_MODEL"); m != "" {
		return m
	}
	return "gpt-4o-mini"
}
