module github.com/statecraft/bilateral

go 1.26.0
