module github.com/bodaexpress/wa-assistant

go 1.22

require (
	github.com/tmc/langchaingo v0.1.12
	gopkg.in/yaml.v3 v3.0.1
)
