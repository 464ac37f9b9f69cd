module tanya-apa-saja

go 1.22

require (
	github.com/google/generative-ai-go v0.18.0
	go.mau.fi/whatsmeow v0.0.0-20241001005843-bc1a6d8ea2e3
)
