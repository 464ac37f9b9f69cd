package prompt

import (
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

type Config struct {
	Firma      string `yaml:"firma"`
	Zakres     string `yaml:"zakres"`
	Ton        string `yaml:"ton"`
	MaxZdan    int    `yaml:"max_zdan"`
	Przekazane string `yaml:"przekazanie"`
	Ania       struct {
		Wlaczona bool   `yaml:"wlaczona"`
		Prompt   string `yaml:"prompt"`
	} `yaml:"ania"`
}

func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	if err := yaml.Unmarshal(b, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// Glowny buduje prompt systemowy głównego asystenta z pliku konfiguracyjnego.
func (c *Config) Glowny() string {
	var sb strings.Builder
	if c.Firma != "" {
		fmt.Fprintf(&sb, "Jesteś asystentem WhatsApp firmy %s.\n", c.Firma)
	} else {
		sb.WriteString("Jesteś pomocnym asystentem na WhatsAppie.\n")
	}
	if c.Zakres != "" {
		fmt.Fprintf(&sb, "Odpowiadasz wyłącznie na pytania dotyczące: %s. Inne tematy grzecznie odrzucasz.\n", c.Zakres)
	} else {
		sb.WriteString("Pomagasz we wszystkim, o co zapyta rozmówca.\n")
	}
	fmt.Fprintf(&sb, "Styl: %s. Maksymalnie %d zdań.\n", c.Ton, c.MaxZdan)
	if c.Ania.Wlaczona {
		sb.WriteString(c.Przekazane)
	}
	return sb.String()
}
