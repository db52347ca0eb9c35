package main

var s = "\q \x4 \u00 \U0011ffff \uD800"
