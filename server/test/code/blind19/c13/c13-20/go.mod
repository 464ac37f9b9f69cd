module github.com/kwikdrop-ng/wa-tracker

go 1.22

require (
	go.mau.fi/whatsmeow v0.0.0-20241001005843-bb1e11b7a9ef
	github.com/mattn/go-sqlite3 v1.14.23
	google.golang.org/protobuf v1.34.2
)
