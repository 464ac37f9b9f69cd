module fitncore.kr/wabot

go 1.23

require (
	github.com/anthropics/anthropic-sdk-go v1.4.0
	github.com/mattn/go-sqlite3 v1.14.24
	github.com/mdp/qrterminal/v3 v3.2.0
	go.mau.fi/whatsmeow v0.0.0-20250610101114-0a8a2a6c1d3a
	google.golang.org/protobuf v1.36.6
)
