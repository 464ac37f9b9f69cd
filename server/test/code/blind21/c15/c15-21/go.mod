module github.com/thandiwe-dev/wa-faq

go 1.22

require github.com/ollama/ollama v0.5.7
