module github.com/rafaelmendes-dev/buddy-wa

go 1.22

require (
	github.com/mattn/go-sqlite3 v1.14.24
	github.com/mdp/qrterminal/v3 v3.2.0
	github.com/tmc/langchaingo v0.1.12
	go.mau.fi/whatsmeow v0.0.0-20241215090121-3f1d1b5b7e7d
	google.golang.org/protobuf v1.35.2
)
