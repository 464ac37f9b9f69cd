module github.com/fedeluna/mate-bot

go 1.22

require (
	github.com/mattn/go-sqlite3 v1.14.24
	github.com/mdp/qrterminal/v3 v3.2.0
	github.com/sashabaranov/go-openai v1.32.0
	go.mau.fi/whatsmeow v0.0.0-20241001005843-e5a4b4d8d2cd
	google.golang.org/protobuf v1.34.2
)
