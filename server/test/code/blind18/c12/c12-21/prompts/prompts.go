package prompts

import _ "embed"

//go:embed concierge.md
var Concierge string
