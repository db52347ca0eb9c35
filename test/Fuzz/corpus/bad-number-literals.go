package main

var a = 0x
var b = 0b102
var c = 09
var d = 1e
var e = 0x1.0
var f = 1__0
var g = 1_
var h = 0_x1
var i = 0o8
