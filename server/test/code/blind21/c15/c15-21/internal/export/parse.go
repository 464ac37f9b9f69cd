// Package export parses the .txt file produced by WhatsApp's "Export chat" feature.
package export

import (
	"bufio"
	"io"
	"regexp"
	"strings"
)

type Line struct {
	Date, Time, Author, Text string
}

// 12/03/2025, 14:05 - Sipho: Do you deliver to Soweto?
var lineRe = regexp.MustCompile(`^(\d{1,2}/\d{1,2}/\d{2,4}),? (\d{1,2}:\d{2}(?:\s?[ap]m)?) - ([^:]+): (.*)$`)

func Parse(r io.Reader) ([]Line, error) {
	var out []Line
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	for sc.Scan() {
		t := sc.Text()
		if m := lineRe.FindStringSubmatch(t); m != nil {
			out = append(out, Line{m[1], m[2], strings.TrimSpace(m[3]), m[4]})
		} else if len(out) > 0 {
			out[len(out)-1].Text += "\n" + t // continuation of a multi-line message
		}
	}
	return out, sc.Err()
}

// CustomerQuestions keeps messages not written by the business that look like questions.
func CustomerQuestions(lines []Line, businessName string) []string {
	var qs []string
	for _, l := range lines {
		if strings.EqualFold(l.Author, businessName) || l.Text == "<Media omitted>" {
			continue
		}
		if strings.Contains(l.Text, "?") || len(l.Text) > 40 {
			qs = append(qs, l.Text)
		}
	}
	return qs
}
