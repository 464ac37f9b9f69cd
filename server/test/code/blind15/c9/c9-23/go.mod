module gitlab.com/yatrabus/wa-assistant

go 1.23

require github.com/sashabaranov/go-openai v1.36.1
