package main

// Summarises exported support tickets (a CSV file) for the weekly report. Runs from cron; no chat transport.

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

func main() {
	f, _ := os.Open(os.Args[1])
	rows, _ := csv.NewReader(f).ReadAll()
	client := openai.NewClient(os.Getenv("OPENAI_API_KEY"))
	for _, row := range rows {
		resp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
			Model:    openai.GPT4oMini,
			Messages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "Summarise this ticket in one line: " + row[2]}},
		})
		if err == nil {
			fmt.Println(row[0], resp.Choices[0].Message.Content)
		}
	}
}
