module github.com/example/wa-relay

go 1.22
