module github.com/bartek-dev/bella-napoli-bot

go 1.22
