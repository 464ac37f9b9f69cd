module gitlab.com/kilatexpress/wa-cs

go 1.22

require github.com/tmc/langchaingo v0.1.12
