module github.com/warungmakan/wabot

go 1.22

require github.com/ollama/ollama v0.5.7
