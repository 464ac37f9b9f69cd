module github.com/kstepien/wa-asystent

go 1.23

require (
	github.com/mattn/go-sqlite3 v1.14.24
	github.com/sashabaranov/go-openai v1.36.1
	go.mau.fi/whatsmeow v0.0.0-20250122123618-6f1ebd2b9a2c
	google.golang.org/protobuf v1.36.3
	gopkg.in/yaml.v3 v3.0.1
)
