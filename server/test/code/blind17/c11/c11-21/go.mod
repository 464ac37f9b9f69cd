module github.com/dwakolka/serwis-bot

go 1.22
