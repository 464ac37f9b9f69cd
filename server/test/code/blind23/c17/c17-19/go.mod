module github.com/yimsuay-dental/wa-bot

go 1.22

require github.com/openai/openai-go v0.1.0-alpha.38
