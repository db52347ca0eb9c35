module goshimstd

go 1.19
