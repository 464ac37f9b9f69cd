module github.com/jhkim-dev/mulbot

go 1.23

require (
	github.com/mattn/go-sqlite3 v1.14.24
	github.com/mdp/qrterminal/v3 v3.2.0
	github.com/ollama/ollama v0.5.1
	go.mau.fi/whatsmeow v0.0.0-20241215104421-68b0856cce22
	google.golang.org/protobuf v1.35.2
	gopkg.in/yaml.v3 v3.0.1
)
