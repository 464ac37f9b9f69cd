module github.com/kobotrust/wa-support

go 1.22
