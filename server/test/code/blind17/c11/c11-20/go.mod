module naniwa-hikkoshi/wa-estimate-bot

go 1.23
