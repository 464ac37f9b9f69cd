module github.com/tavomx/chispa-bot

go 1.23

require (
	github.com/mattn/go-sqlite3 v1.14.24
	github.com/mdp/qrterminal/v3 v3.2.0
	go.mau.fi/whatsmeow v0.0.0-20250102150205-7bc1d1c5dc3a
	google.golang.org/protobuf v1.36.1
)
