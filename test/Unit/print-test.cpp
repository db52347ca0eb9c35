// Print: the builtin print/println entry points produce gc Go 1.19's bytes.
//
// Every expected string is what `go run` (go1.19.8, linux/amd64; the 32-bit
// pointer cases from GOARCH=arm under qemu-arm) prints for the Go statement
// quoted beside it. The calls mirror goshim's lowering: printlock, one call
// per argument with printsp between them, printnl for println, printunlock.
#include "Print/Print.h"
#include "goruntime/abi.h"

#include "gtest/gtest.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace print = gort::print;

// ---- capturing output ----

// Appended to only by the sink; the sink runs under the print lock for all
// output made inside sections, which is all the tests' output.
std::string gOut;
void captureSink(const char *s, size_t n) { gOut.append(s, n); }

struct Capture {
  print::Sink prev;
  Capture() {
    gOut.clear();
    prev = print::setSinkForTest(captureSink);
  }
  ~Capture() { print::setSinkForTest(prev); }
};

template <class F> std::string capture(F f) {
  Capture c;
  f();
  return gOut;
}

// ---- the compiler's lowering, one argument at a time ----

using Arg = std::function<void()>;

Arg I(int64_t v) { return [=] { __gort_printint(v); }; }
Arg U(uint64_t v) { return [=] { __gort_printuint(v); }; }
Arg H(uint64_t v) { return [=] { __gort_printhex(v); }; }
Arg F(double v) { return [=] { __gort_printfloat(v); }; }
Arg C(double re, double im) { return [=] { __gort_printcomplex(re, im); }; }
Arg B(bool v) { return [=] { __gort_printbool(v); }; }
Arg S(std::string s) {
  return [=] { __gort_printstring((const uint8_t *)s.data(), (intptr_t)s.size()); };
}
Arg P(uintptr_t p) { return [=] { __gort_printpointer((void *)p); }; }
Arg Sl(uintptr_t data, intptr_t len, intptr_t cap) {
  return [=] { __gort_printslice((void *)data, len, cap); };
}
Arg E(uintptr_t type, uintptr_t data) {
  return [=] { __gort_printeface((const void *)type, (void *)data); };
}
Arg If(uintptr_t itab, uintptr_t data) {
  return [=] { __gort_printiface((const void *)itab, (void *)data); };
}

std::string goPrintln(std::vector<Arg> args) {
  return capture([&] {
    __gort_printlock();
    for (size_t i = 0; i < args.size(); i++) {
      if (i != 0)
        __gort_printsp();
      args[i]();
    }
    __gort_printnl();
    __gort_printunlock();
  });
}

std::string goPrint(std::vector<Arg> args) {
  return capture([&] {
    __gort_printlock();
    for (Arg &a : args)
      a();
    __gort_printunlock();
  });
}

double f64(uint64_t bits) {
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

float f32(uint32_t bits) {
  float f;
  memcpy(&f, &bits, sizeof f);
  return f;
}

bool is64() { return sizeof(void *) == 8; }

// ---- integers ----

TEST(PrintInt, Edges) {
  EXPECT_EQ(goPrintln({I(0), I(-1), I(1)}), "0 -1 1\n");
  EXPECT_EQ(goPrintln({I(INT8_MIN), I(INT8_MAX)}), "-128 127\n");
  EXPECT_EQ(goPrintln({I(INT16_MIN), I(INT16_MAX)}), "-32768 32767\n");
  EXPECT_EQ(goPrintln({I(INT32_MIN), I(INT32_MAX)}), "-2147483648 2147483647\n");
  // println(mn, mx, mn+1) with mn, mx = math.MinInt64, math.MaxInt64
  EXPECT_EQ(goPrintln({I(INT64_MIN), I(INT64_MAX), I(INT64_MIN + 1)}),
            "-9223372036854775808 9223372036854775807 -9223372036854775807\n");
  EXPECT_EQ(goPrintln({I(9), I(10), I(99), I(100), I(-9), I(-10)}), "9 10 99 100 -9 -10\n");
}

TEST(PrintUint, Edges) {
  EXPECT_EQ(goPrintln({U(UINT8_MAX), U(UINT16_MAX), U(UINT32_MAX)}), "255 65535 4294967295\n");
  // println(uint(0), umax, uint64(1)<<63, uint64(10000000000000000000))
  EXPECT_EQ(goPrintln({U(0), U(UINT64_MAX), U(1ull << 63), U(10000000000000000000ull)}),
            "0 18446744073709551615 9223372036854775808 10000000000000000000\n");
}

// runtime.printhex, reached from Go through runtime.hex values.
TEST(PrintHex, Values) {
  EXPECT_EQ(goPrintln({H(0), H(1), H(0xff), H(0xdeadbeef), H(UINT64_MAX), H(1ull << 63)}),
            "0x0 0x1 0xff 0xdeadbeef 0xffffffffffffffff 0x8000000000000000\n");
}

// runtime.minhexdigits = 16: printhex(0x1f), printhex(0xfedcba9876543210);
// then 4: printhex(0), printhex(0x12345).
TEST(PrintHex, MinDigits) {
  std::string out = capture([] {
    print::Section s;
    print::hex(0x1f, 16);
    print::sp();
    print::hex(0xfedcba9876543210ull, 16);
    print::sp();
    print::hex(0, 4);
    print::sp();
    print::hex(0x12345, 4);
  });
  EXPECT_EQ(out, "0x000000000000001f 0xfedcba9876543210 0x0000 0x12345");
}

// ---- floats ----

struct FloatCase {
  uint64_t bits;
  const char *want;
  const char *go; // the Go value printed
};

const FloatCase kFloat64Cases[] = {
    {0x0000000000000000ull, "+0.000000e+000", "0"},
    {0x8000000000000000ull, "-0.000000e+000", "math.Copysign(0, -1)"},
    {0x3ff0000000000000ull, "+1.000000e+000", "1"},
    {0xbff0000000000000ull, "-1.000000e+000", "-1"},
    {0x3ff8000000000000ull, "+1.500000e+000", "1.5"},
    {0xbff8000000000000ull, "-1.500000e+000", "-1.5"},
    {0x3fe0000000000000ull, "+5.000000e-001", "0.5"},
    {0x3fb999999999999aull, "+1.000000e-001", "0.1"},
    {0x3fd5555555555555ull, "+3.333333e-001", "1.0/3"},
    {0x3fe5555555555555ull, "+6.666667e-001", "2.0/3"},
    {0x4059000000000000ull, "+1.000000e+002", "100"},
    {0x412e848000000000ull, "+1.000000e+006", "1e6"},
    {0x419d6f3454000000ull, "+1.234568e+008", "123456789"},
    {0xc19d6f3454000000ull, "-1.234568e+008", "-123456789"},
    {0x40934a456d5cfaadull, "+1.234568e+003", "1234.5678"},
    {0xbf201f31f46ed246ull, "-1.230000e-004", "-0.000123"},
    {0x3ee4f8b588e368f1ull, "+1.000000e-005", "1e-5"},
    {0x4202a05f20000000ull, "+1.000000e+010", "1e10"},
    {0x44b52d02c7e14af6ull, "+1.000000e+023", "1e23"},
    {0x44dfe185ca57c517ull, "+6.022141e+023", "6.02214076e23"},
    {0x4340000000000000ull, "+9.007199e+015", "1 << 53"},
    {0x43e0000000000000ull, "+9.223372e+018", "1 << 63"},
    {0x400921fb54442d18ull, "+3.141593e+000", "math.Pi"},
    {0x4005bf0a8b145769ull, "+2.718282e+000", "math.E"},
    {0x01a56e1fc2f8f359ull, "+1.000000e-300", "1e-300"},
    {0x7e37e43c8800759cull, "+1.000000e+300", "1e300"},
    {0x54b249ad2594c37dull, "+1.000000e+100", "1e100"},
    {0x2b2bff2ee48e0530ull, "+1.000000e-100", "1e-100"},
    {0x7fefffffffffffffull, "+1.797693e+308", "math.MaxFloat64"},
    {0xffefffffffffffffull, "-1.797693e+308", "-math.MaxFloat64"},
    {0x7fb9999999999999ull, "+1.797693e+307", "math.MaxFloat64 / 10"},
    // Rounding carries into the next power of ten, or just fails to.
    {0x4023ffffef39085full, "+1.000000e+001", "9.9999995"},
    {0x4023ffffeee32224ull, "+9.999999e+000", "9.99999949"},
    {0x4023fffff29406b3ull, "+1.000000e+001", "9.9999996"},
    {0x4197d783ec000000ull, "+1.000000e+008", "99999995"},
    {0x3fefffffe5280d65ull, "+1.000000e+000", "0.99999995"},
    {0x3ff000008637bd06ull, "+1.000001e+000", "1.0000005"},
    {0x3ff0000083888b29ull, "+1.000000e+000", "1.00000049"},
    // Smallest normal, denormals.
    {0x0010000000000000ull, "+2.225074e-308", "2.2250738585072014e-308"},
    {0x000fffffffffffffull, "+2.225074e-308", "math.Float64frombits(0x000fffffffffffff)"},
    {0x000012688b70e62bull, "+1.000000e-310", "1e-310"},
    {0x0000000000000001ull, "+4.940656e-324", "5e-324"},
    {0x8000000000000001ull, "-4.940656e-324", "-5e-324"},
    // Specials: any NaN payload or sign prints NaN.
    {0x7ff8000000000001ull, "NaN", "math.NaN()"},
    {0xfff8000000000001ull, "NaN", "math.Float64frombits(0xfff8000000000001)"},
    {0x7ff0000000000000ull, "+Inf", "math.Inf(1)"},
    {0xfff0000000000000ull, "-Inf", "math.Inf(-1)"},
};

TEST(PrintFloat, Float64) {
  for (const FloatCase &c : kFloat64Cases)
    EXPECT_EQ(goPrintln({F(f64(c.bits))}), std::string(c.want) + "\n") << "println(" << c.go << ")";
}

// gc does not round correctly: it scales by repeated *10 or /10 and peels
// digits with *10, rounding at each step. These come from a sweep of a
// million values where gc differs from strconv's correctly rounded digits
// (given in the trailing comments).
TEST(PrintFloat, NotCorrectlyRounded) {
  const FloatCase cases[] = {
      {0x00000000000007e8ull, "+9.999889e-321", "1e-320"},                   // +1.000000e-320
      {0x3c66592be6da1fd3ull, "+9.692041e-018", "9.692041500000003e-18"},    // +9.692042e-018
      {0x3e86cba399ddccb7ull, "+1.698395e-007", "1.6983944999999998e-07"},   // +1.698394e-007
      {0x407b8bfe28240b78ull, "+4.407496e+002", "440.74955"},                // +4.407495e+002
      {0x3f75c49eb39271bbull, "+5.314464e-003", "0.0053144645"},             // +5.314465e-003
      {0x1dc688838a79b6c2ull, "+3.057007e-165", "3.0570064999999987e-165"},  // +3.057006e-165
      {0x6e86ee869c790be3ull, "+2.652551e+224", "2.652551500000001e+224"},   // +2.652552e+224
  };
  for (const FloatCase &c : cases)
    EXPECT_EQ(goPrintln({F(f64(c.bits))}), std::string(c.want) + "\n") << "println(" << c.go << ")";
}

// float32 arguments reach printfloat widened to float64.
TEST(PrintFloat, Float32Widened) {
  const struct {
    uint32_t bits;
    const char *want;
    const char *go;
  } cases[] = {
      {0x3dcccccdu, "+1.000000e-001", "float32(0.1)"},
      {0x3e99999au, "+3.000000e-001", "float32(0.3)"},
      {0x3eaaaaabu, "+3.333333e-001", "float32(1.0/3)"},
      {0xc0200000u, "-2.500000e+000", "float32(-2.5)"},
      {0x4b800000u, "+1.677722e+007", "float32(16777216)"},
      {0x7f7fffffu, "+3.402823e+038", "float32(math.MaxFloat32)"},
      {0x00800000u, "+1.175494e-038", "float32(1.1754944e-38)"},
      {0x000116c2u, "+9.999946e-041", "float32(1e-40)"},
      {0x00000001u, "+1.401298e-045", "float32(math.SmallestNonzeroFloat32)"},
      {0x80000000u, "-0.000000e+000", "-float32(0)"},
      {0x40490fdbu, "+3.141593e+000", "float32(math.Pi)"},
      {0x501502f9u, "+1.000000e+010", "float32(1e10)"},
      {0x7f800000u, "+Inf", "float32(math.Inf(1))"},
      {0xff800000u, "-Inf", "float32(math.Inf(-1))"},
      {0x7fc00000u, "NaN", "float32(math.NaN())"},
  };
  for (const auto &c : cases)
    EXPECT_EQ(goPrintln({F((double)f32(c.bits))}), std::string(c.want) + "\n") << "println(" << c.go << ")";
}

TEST(PrintFloat, FormatFloatLength) {
  char buf[print::kFloatChars];
  EXPECT_EQ(print::formatFloat(1.5, buf), print::kFloatChars);
  EXPECT_EQ(std::string(buf, print::kFloatChars), "+1.500000e+000");
  EXPECT_EQ(print::formatFloat(f64(0x7ff8000000000001ull), buf), 3u);
  EXPECT_EQ(print::formatFloat(-f64(0x7ff0000000000000ull), buf), 4u);
}

// ---- complex ----

TEST(PrintComplex, Values) {
  const double nan = f64(0x7ff8000000000001ull), inf = f64(0x7ff0000000000000ull);
  EXPECT_EQ(goPrintln({C(1, 2)}), "(+1.000000e+000+2.000000e+000i)\n");
  // complex(-1.5, math.Copysign(0, -1))
  EXPECT_EQ(goPrintln({C(-1.5, f64(0x8000000000000000ull))}), "(-1.500000e+000-0.000000e+000i)\n");
  EXPECT_EQ(goPrintln({C(nan, inf)}), "(NaN+Infi)\n");
  EXPECT_EQ(goPrintln({C(-inf, 1e-300)}), "(-Inf+1.000000e-300i)\n");
  // complex64(complex(0.1, 0.2)), widened part by part
  EXPECT_EQ(goPrintln({C((double)0.1f, (double)0.2f)}), "(+1.000000e-001+2.000000e-001i)\n");
  // print(complex(0, 0), "|", complex(3, -4), "\n")
  EXPECT_EQ(goPrint({C(0, 0), S("|"), C(3, -4), S("\n")}),
            "(+0.000000e+000+0.000000e+000i)|(+3.000000e+000-4.000000e+000i)\n");
}

// ---- bools, strings ----

TEST(PrintBool, Values) {
  EXPECT_EQ(goPrintln({B(true), B(false)}), "true false\n");
  EXPECT_EQ(goPrint({B(true), B(false), S("\n")}), "truefalse\n");
  // Any nonzero byte is true.
  EXPECT_EQ(capture([] { __gort_printbool(2); }), "true");
}

TEST(PrintString, Values) {
  EXPECT_EQ(goPrintln({S(""), S("x"), S("")}), " x \n");
  EXPECT_EQ(goPrintln({S("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c \xe2\x98\x83")}),
            "h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c \xe2\x98\x83\n"); // "héllo, 世界 ☃"
  EXPECT_EQ(goPrintln({S(std::string("a\0b", 3))}), std::string("a\0b\n", 4));
  EXPECT_EQ(goPrint({S("no"), S("space"), S("\n")}), "nospace\n");
  // A nil data pointer with length 0 (the zero string).
  EXPECT_EQ(capture([] { __gort_printstring(nullptr, 0); }), "");
}

// println() and print() with no arguments.
TEST(PrintString, NoArguments) {
  EXPECT_EQ(goPrintln({}), "\n");
  EXPECT_EQ(goPrint({}), "");
}

// println("x =", 42, "y =", 1.5, true, nil == np)
TEST(PrintLine, Mixed) {
  EXPECT_EQ(goPrintln({S("x ="), I(42), S("y ="), F(1.5), B(true), B(true)}),
            "x = 42 y = +1.500000e+000 true true\n");
}

// ---- pointers, slices, interfaces ----

TEST(PrintPointer, Values) {
  // var np *int; println(np, unsafe.Pointer(uintptr(1)), unsafe.Pointer(uintptr(0xdeadbeef)))
  EXPECT_EQ(goPrintln({P(0), P(1), P(0xdeadbeef)}), "0x0 0x1 0xdeadbeef\n");
  // var m map[int]int; var ch chan int; var f func(); println(m, ch, f)
  EXPECT_EQ(goPrintln({P(0), P(0), P(0)}), "0x0 0x0 0x0\n");
  // unsafe.Pointer(^uintptr(0))
  EXPECT_EQ(goPrintln({P(~(uintptr_t)0)}), is64() ? "0xffffffffffffffff\n" : "0xffffffff\n");
}

TEST(PrintPointer, Wide) {
  if (!is64())
    GTEST_SKIP() << "64-bit addresses";
  EXPECT_EQ(goPrintln({P((uintptr_t)0xc000012345ull)}), "0xc000012345\n");
}

TEST(PrintSlice, Values) {
  const uintptr_t addr = is64() ? (uintptr_t)0xc000012345ull : 0x12345;
  const char *addrStr = is64() ? "0xc000012345" : "0x12345";
  // var ns []int
  EXPECT_EQ(goPrintln({Sl(0, 0, 0)}), "[0/0]0x0\n");
  EXPECT_EQ(goPrintln({Sl(0x1000, 3, 5)}), "[3/5]0x1000\n");
  EXPECT_EQ(goPrintln({Sl(addr, 0, INT32_MAX)}), "[0/2147483647]" + std::string(addrStr) + "\n");
}

TEST(PrintSlice, HugeLength) {
  if (!is64())
    GTEST_SKIP() << "64-bit int";
  EXPECT_EQ(goPrintln({Sl(0x1000, (intptr_t)(INT64_C(1) << 40), INTPTR_MAX)}),
            "[1099511627776/9223372036854775807]0x1000\n");
}

TEST(PrintIface, Values) {
  const uintptr_t addr = is64() ? (uintptr_t)0xc000012345ull : 0x12345;
  const std::string addrStr = is64() ? "0xc000012345" : "0x12345";
  // var e interface{}; var er error; println(e, er)
  EXPECT_EQ(goPrintln({E(0, 0), If(0, 0)}), "(0x0,0x0) (0x0,0x0)\n");
  EXPECT_EQ(goPrintln({E(0x4a5b60, addr)}), "(0x4a5b60," + addrStr + ")\n");
  EXPECT_EQ(goPrintln({If(0x4a5b60, addr)}), "(0x4a5b60," + addrStr + ")\n");
}

// ---- locking and buffering ----

// A section's output is written by the outermost unlock, in order.
TEST(PrintLock, Recursive) {
  Capture c;
  __gort_printlock();
  __gort_printint(1);
  __gort_printlock();
  __gort_printint(2);
  __gort_printunlock();
  EXPECT_EQ(gOut, "");
  __gort_printint(3);
  __gort_printunlock();
  EXPECT_EQ(gOut, "123");
}

// flush() (fatal paths) writes what the section has so far.
TEST(PrintLock, FlushInsideSection) {
  Capture c;
  print::lock();
  print::str("before crash");
  print::flush();
  EXPECT_EQ(gOut, "before crash");
  print::nl();
  print::unlock();
  EXPECT_EQ(gOut, "before crash\n");
}

// Without the lock, output goes straight through.
TEST(PrintLock, UnlockedWritesThrough) {
  Capture c;
  print::str("abc");
  EXPECT_EQ(gOut, "abc");
  print::dec(-5);
  EXPECT_EQ(gOut, "abc-5");
}

// Sections longer than the buffer arrive whole and in order.
TEST(PrintLock, LongerThanBuffer) {
  std::string big(5000, 'x');
  for (size_t i = 0; i < big.size(); i += 7)
    big[i] = (char)('a' + i % 26);
  std::string want;
  std::vector<Arg> args;
  for (int i = 0; i < 300; i++) {
    args.push_back(I(i));
    want += (i ? " " : "") + std::to_string(i);
  }
  args.push_back(S(big));
  want += " " + big + "\n";
  EXPECT_EQ(goPrintln(args), want);
}

// println lines from several threads do not interleave, even when a line is
// longer than the buffer and leaves in several writes.
TEST(PrintLock, ConcurrentLinesDoNotInterleave) {
  constexpr int kThreads = 4, kLines = 300;
  const std::string filler(700, '.');
  Capture c;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++)
    threads.emplace_back([t, &filler] {
      for (int i = 0; i < kLines; i++) {
        const std::string &tail = (i % 3 == 0) ? filler : std::string("short");
        __gort_printlock();
        __gort_printstring((const uint8_t *)"T", 1);
        __gort_printint(t);
        __gort_printsp();
        __gort_printint(i);
        __gort_printsp();
        __gort_printstring((const uint8_t *)tail.data(), (intptr_t)tail.size());
        __gort_printnl();
        __gort_printunlock();
      }
    });
  for (std::thread &th : threads)
    th.join();

  std::vector<int> next(kThreads, 0);
  size_t pos = 0, lines = 0;
  while (pos < gOut.size()) {
    size_t end = gOut.find('\n', pos);
    ASSERT_NE(end, std::string::npos);
    std::string line = gOut.substr(pos, end - pos);
    pos = end + 1;
    int t = -1, i = -1, used = 0;
    ASSERT_EQ(sscanf(line.c_str(), "T%d %d %n", &t, &i, &used), 2) << line;
    ASSERT_TRUE(t >= 0 && t < kThreads) << line;
    EXPECT_EQ(i, next[t]) << line;
    next[t] = i + 1;
    EXPECT_EQ(line.substr(used), (i % 3 == 0) ? filler : "short") << line;
    lines++;
  }
  EXPECT_EQ(lines, (size_t)kThreads * kLines);
}

} // namespace
