module github.com/shubhgas/wa-sahayak

go 1.22

require github.com/openai/openai-go v1.8.2
