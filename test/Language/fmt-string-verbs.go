// fmt: strings, byte slices and byte arrays with %v %s %q %x %X, width and precision
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type Name string
type Bytes []byte
type Arr [3]byte

func main() {
	ss := []interface{}{"", "hello", "héllo, 世界", "tab\there\n", "`back`", Name("bob"), []byte("bytes"), []byte(nil), Bytes("nb"), Arr{65, 66, 67}, [2]byte{1, 2}}
	verbs := []string{"%v", "%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%#x", "%# X", "%10s|", "%-10s|", "%.3s", "%.2q", "%8.2s|", "%010s", "%#v", "%d", "%T", "%c", "%.1x", "%5x|", "%-7q|"}
	for _, v := range verbs {
		for _, x := range ss {
			fmt.Printf(v+"|", x)
		}
		fmt.Println()
	}
	fmt.Printf("%s|%v|%d\n", []string{"a", "b"}, [2]string{"x", "y"}, []string{"z"})
	fmt.Printf("%q %x %X\n", []string{"a\n", "b"}, []string{"hi", "yo"}, "héllo")
	fmt.Printf("%q %+q %x % X %#q\n", "\x00\xff", "\x00\xff", "\x00\xff", "\x00\xff", "a\x00")
	fmt.Printf("%5t|%-6t|%q\n", true, false, 'x')
	fmt.Printf("%s %v\n", []interface{}{"a", 1}, [][]byte{[]byte("ab"), nil})
	fmt.Printf("%x %X % X %#x\n", []byte{1, 171, 255}, []byte{1, 171}, []byte{1, 2, 3}, []byte{})
}

// CHECK:|hello|héllo, 世界|tab	here
// CHECK-NEXT:|`back`|bob|[98 121 116 101 115]|[]|[110 98]|[65 66 67]|[1 2]|
// CHECK-NEXT:|hello|héllo, 世界|tab	here
// CHECK-NEXT:|`back`|bob|bytes||nb|ABC||
// CHECK-NEXT:""|"hello"|"héllo, 世界"|"tab\there\n"|"`back`"|"bob"|"bytes"|""|"nb"|"ABC"|"\x01\x02"|
// CHECK-NEXT:""|"hello"|"h\u00e9llo, \u4e16\u754c"|"tab\there\n"|"`back`"|"bob"|"bytes"|""|"nb"|"ABC"|"\x01\x02"|
// CHECK-NEXT:``|`hello`|`héllo, 世界`|"tab\there\n"|"`back`"|`bob`|`bytes`|``|`nb`|`ABC`|"\x01\x02"|
// CHECK-NEXT:|68656c6c6f|68c3a96c6c6f2c20e4b896e7958c|74616209686572650a|606261636b60|626f62|6279746573||6e62|414243|0102|
// CHECK-NEXT:|68656C6C6F|68C3A96C6C6F2C20E4B896E7958C|74616209686572650A|606261636B60|626F62|6279746573||6E62|414243|0102|
// CHECK-NEXT:|68 65 6c 6c 6f|68 c3 a9 6c 6c 6f 2c 20 e4 b8 96 e7 95 8c|74 61 62 09 68 65 72 65 0a|60 62 61 63 6b 60|62 6f 62|62 79 74 65 73||6e 62|41 42 43|01 02|
// CHECK-NEXT:|0x68656c6c6f|0x68c3a96c6c6f2c20e4b896e7958c|0x74616209686572650a|0x606261636b60|0x626f62|0x6279746573||0x6e62|0x414243|0x0102|
// CHECK-NEXT:|0X68 0X65 0X6C 0X6C 0X6F|0X68 0XC3 0XA9 0X6C 0X6C 0X6F 0X2C 0X20 0XE4 0XB8 0X96 0XE7 0X95 0X8C|0X74 0X61 0X62 0X09 0X68 0X65 0X72 0X65 0X0A|0X60 0X62 0X61 0X63 0X6B 0X60|0X62 0X6F 0X62|0X62 0X79 0X74 0X65 0X73||0X6E 0X62|0X41 0X42 0X43|0X01 0X02|
// CHECK-NEXT:          ||     hello|| héllo, 世界|| tab	here
// CHECK-NEXT:||    `back`||       bob||     bytes||          ||        nb||       ABC||        ||
// CHECK-NEXT:          ||hello     ||héllo, 世界 ||tab	here
// CHECK-NEXT: ||`back`    ||bob       ||bytes     ||          ||nb        ||ABC       ||        ||
// CHECK-NEXT:|hel|hél|tab|`ba|bob|byt||nb|ABC||
// CHECK-NEXT:""|"he"|"hé"|"ta"|"`b"|"bo"|"by"|""|"nb"|"AB"|"\x01\x02"|
// CHECK-NEXT:        ||      he||      hé||      ta||      `b||      bo||      by||        ||      nb||      AB||      ||
// CHECK-NEXT:0000000000|00000hello|0héllo, 世界|0tab	here
// CHECK-NEXT:|0000`back`|0000000bob|00000bytes|0000000000|00000000nb|0000000ABC|00000000|
// CHECK-NEXT:""|"hello"|"héllo, 世界"|"tab\there\n"|"`back`"|"bob"|[]byte{0x62, 0x79, 0x74, 0x65, 0x73}|[]byte(nil)|main.Bytes{0x6e, 0x62}|main.Arr{0x41, 0x42, 0x43}|[2]uint8{0x1, 0x2}|
// CHECK-NEXT:%!d(string=)|%!d(string=hello)|%!d(string=héllo, 世界)|%!d(string=tab	here
// CHECK-NEXT:)|%!d(string=`back`)|%!d(main.Name=bob)|[98 121 116 101 115]|[]|[110 98]|[65 66 67]|[1 2]|
// CHECK-NEXT:string|string|string|string|string|main.Name|[]uint8|[]uint8|main.Bytes|main.Arr|[2]uint8|
// CHECK-NEXT:%!c(string=)|%!c(string=hello)|%!c(string=héllo, 世界)|%!c(string=tab	here
// CHECK-NEXT:)|%!c(string=`back`)|%!c(main.Name=bob)|[b y t e s]|[]|[n b]|[A B C]|[ ]|
// CHECK-NEXT:|68|68|74|60|62|62||6e|41|01|
// CHECK-NEXT:     ||68656c6c6f||68c3a96c6c6f2c20e4b896e7958c||74616209686572650a||606261636b60||626f62||6279746573||     || 6e62||414243|| 0102||
// CHECK-NEXT:""     ||"hello"||"héllo, 世界"||"tab\there\n"||"`back`"||"bob"  ||"bytes"||""     ||"nb"   ||"ABC"  ||"\x01\x02"||
// CHECK-NEXT:[a b]|[x y]|[%!d(string=z)]
// CHECK-NEXT:["a\n" "b"] [6869 796f] 68C3A96C6C6F
// CHECK-NEXT:"\x00\xff" "\x00\xff" 00ff 00 FF "a\x00"
// CHECK-NEXT: true|false |'x'
// CHECK-NEXT:[a %!s(int=1)] {{\[\[}}97 98] []]
// CHECK-NEXT:01abff 01AB 01 02 03 
