package prompt

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Load skleja wszystkie pliki *.txt z katalogu w kolejności alfabetycznej.
func Load(dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	var parts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		parts = append(parts, strings.TrimSpace(string(b)))
	}
	return strings.Join(parts, "\n\n"), nil
}
