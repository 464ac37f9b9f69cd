package main

import (
	"os"

	"gopkg.in/yaml.v3"
)

type Config struct {
	Ollama struct {
		Host        string  `yaml:"host"`
		Model       string  `yaml:"model"`
		Temperature float64 `yaml:"temperature"`
	} `yaml:"ollama"`
	Bot struct {
		Name            string `yaml:"name"`
		TriggerInGroups string `yaml:"trigger_in_groups"`
		History         int    `yaml:"history"`
		SystemPrompt    string `yaml:"system_prompt"`
	} `yaml:"bot"`
}

func loadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	return &c, yaml.Unmarshal(b, &c)
}
