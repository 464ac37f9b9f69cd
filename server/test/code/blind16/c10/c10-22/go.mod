module github.com/mvargas/preguntale

go 1.22

require (
	github.com/mattn/go-sqlite3 v1.14.22
	github.com/mdp/qrterminal/v3 v3.2.0
	github.com/sashabaranov/go-openai v1.32.0
	go.mau.fi/whatsmeow v0.0.0-20240927131301-71e9b3b8c0d4
	google.golang.org/protobuf v1.34.2
)
