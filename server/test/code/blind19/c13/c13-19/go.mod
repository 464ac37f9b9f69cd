module github.com/segurosalbora/wa-asistente

go 1.22

require github.com/sashabaranov/go-openai v1.32.0
