package export

import (
	"os"
	"testing"
)

func TestParseSample(t *testing.T) {
	f, err := os.Open("../../testdata/sample_export.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 5 {
		t.Fatalf("want 5 lines, got %d", len(lines))
	}
	qs := CustomerQuestions(lines, "Mama Thandi's Kitchen")
	if len(qs) != 4 {
		t.Fatalf("want 4 customer questions, got %d", len(qs))
	}
}
