// wa-faq reads exported WhatsApp chats of a small business and drafts an FAQ page
// for the OWNER to review. It never sends anything to WhatsApp.
//
//	wa-faq -business "Mama Thandi's Kitchen" -model llama3.1 chats/*.txt > FAQ_DRAFT.md
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/ollama/ollama/api"

	"github.com/thandiwe-dev/wa-faq/internal/export"
)

const instructions = `You help a small-business owner turn real customer WhatsApp questions into an FAQ draft.
The owner will read and edit your output before publishing it; customers never see this text directly.

Given a list of customer questions:
1. Group duplicates and near-duplicates.
2. Write each group as one clear FAQ question.
3. Under each question write "Answer: TODO (owner)" unless the answer is stated by the business in the input.
4. Sort by how often the question came up, most frequent first, and show the count.
Output Markdown only.`

func main() {
	business := flag.String("business", "", "name the business uses in the chat export (its own messages are skipped)")
	model := flag.String("model", "llama3.1", "ollama model")
	max := flag.Int("max", 400, "max questions sent to the model")
	flag.Parse()
	if flag.NArg() == 0 || *business == "" {
		fmt.Fprintln(os.Stderr, "usage: wa-faq -business NAME export1.txt [export2.txt...]")
		os.Exit(2)
	}

	var qs []string
	for _, path := range flag.Args() {
		f, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		lines, err := export.Parse(f)
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
		qs = append(qs, export.CustomerQuestions(lines, *business)...)
	}
	if len(qs) > *max {
		qs = qs[:*max]
	}
	log.Printf("%d customer questions found", len(qs))

	client, err := api.ClientFromEnvironment()
	if err != nil {
		log.Fatal(err)
	}
	stream := false
	req := &api.ChatRequest{
		Model:  *model,
		Stream: &stream,
		Messages: []api.Message{
			{Role: "system", Content: instructions},
			{Role: "user", Content: "- " + strings.Join(qs, "\n- ")},
		},
	}
	err = client.Chat(context.Background(), req, func(r api.ChatResponse) error {
		fmt.Print(r.Message.Content)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println()
}
