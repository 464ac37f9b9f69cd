module github.com/saathi-labs/saathi-wa

go 1.22
