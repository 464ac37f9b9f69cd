module github.com/rumahbaca-ops/groupdigest

go 1.22

require (
	github.com/mattn/go-sqlite3 v1.14.22
	github.com/ollama/ollama v0.3.12
	go.mau.fi/whatsmeow v0.0.0-20240927131301-71e9b3b8c0d4
)
