module github.com/ruimarques/zapassistente

go 1.23

require (
	github.com/twilio/twilio-go v1.23.2
	google.golang.org/genai v0.4.0
)
