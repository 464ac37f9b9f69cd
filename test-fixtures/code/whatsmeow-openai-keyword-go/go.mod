module github.com/padaria-bela-vista/atendente

go 1.22

require (
	github.com/sashabaranov/go-openai v1.32.0
	go.mau.fi/whatsmeow v0.0.0-20241001005843-bc1a6d8ea2e3
)
