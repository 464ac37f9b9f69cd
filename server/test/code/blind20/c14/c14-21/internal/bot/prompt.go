package bot

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// LoadPrompt concatenates prompts/*.txt in filename order.
func LoadPrompt(dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	parts := make([]string, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		parts = append(parts, strings.TrimSpace(string(b)))
	}
	return strings.Join(parts, "\n\n"), nil
}
