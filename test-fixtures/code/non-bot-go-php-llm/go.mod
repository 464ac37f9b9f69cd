module github.com/acme/backoffice

go 1.22

require github.com/sashabaranov/go-openai v1.32.0
