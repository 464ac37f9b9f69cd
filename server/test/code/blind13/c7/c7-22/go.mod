module github.com/tidewater-labs/maxbot

go 1.22

require (
	github.com/mattn/go-sqlite3 v1.14.22
	github.com/mdp/qrterminal/v3 v3.2.0
	github.com/tmc/langchaingo v0.1.12
	go.mau.fi/whatsmeow v0.0.0-20240726212104-f2e6f8a42b5d
	google.golang.org/protobuf v1.34.2
)
