package internal

import (
	"encoding/json"
	"os"
	"strings"
)

type Assistente struct {
	Nome        string   `json:"nome"`
	Modelo      string   `json:"modelo"`
	Temperatura float32  `json:"temperatura"`
	Idioma      string   `json:"idioma"`
	Instrucoes  []string `json:"instrucoes"`
	Saudacao    string   `json:"saudacao"`
}

func Carregar(path string) (*Assistente, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var a Assistente
	return &a, json.Unmarshal(b, &a)
}

// SystemPrompt junta as instruções numa só string.
func (a *Assistente) SystemPrompt() string { return strings.Join(a.Instrucoes, "\n") }
