package main

var r = 'ab'
var e = ''
var u = '\u12'
var x = '\400'
var q = 'x
