module github.com/viniciusm/zapia

go 1.22
