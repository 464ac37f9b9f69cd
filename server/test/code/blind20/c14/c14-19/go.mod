module github.com/brightpath-labs/wa-gpt-relay

go 1.22

require github.com/sashabaranov/go-openai v1.32.5
