package bot

import _ "embed"

//go:embed system.txt
var SystemPrompt string
