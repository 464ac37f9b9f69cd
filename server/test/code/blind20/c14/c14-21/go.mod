module github.com/baankhanompang/line-free-wa-bot

go 1.23

require (
	github.com/twilio/twilio-go v1.23.4
	google.golang.org/genai v1.10.0
)
