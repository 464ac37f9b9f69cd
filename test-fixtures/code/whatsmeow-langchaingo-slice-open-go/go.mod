module github.com/barbeariatito/zap

go 1.22

require (
	github.com/tmc/langchaingo v0.1.13
	go.mau.fi/whatsmeow v0.0.0-20250610084155-2b2b1f1d8b28
)
