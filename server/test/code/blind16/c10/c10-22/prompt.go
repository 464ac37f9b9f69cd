package main

import _ "embed"

//go:embed prompts/system.txt
var systemPrompt string
